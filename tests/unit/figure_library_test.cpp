// Every built-in exercise's figure, checked as the geometry it draws: a
// body can take both poses, rests where its position says, and passes
// through nothing; and its drawing is the same bytes every time.
#include <catch2/catch.hpp>

#include "figure/figure.h"
#include "library/library.h"
#include "stdlib/builtin.h"

namespace f = regimen::figure;

TEST_CASE("figure: every built-in exercise has a figure a body can take, resting on its support", "[figure][stdlib]") {
  regimen::Library library;
  regimen::add_builtin_library(library);
  std::size_t drawn = 0;
  for (const auto& [id, exercise] : library.exercises()) {
    INFO(id);
    CHECK(exercise.figure.has_value());
    if (!exercise.figure) continue;
    const f::Figure figure = f::figure_of(*exercise.figure);
    CHECK(f::problems(figure) == std::vector<std::string>{});
    if (const auto* scene = std::get_if<f::Scene>(&figure)) {
      // The figure shows the position the library says the exercise is done
      // in, at its start or its end.
      // The library's `seated` is any sitting, on a chair or on the floor.
      if (auto position = f::position_named(exercise.position)) {
        auto is = [&](f::Position p) {
          return p == *position || (*position == f::Position::Seated && p == f::Position::LongSitting);
        };
        CHECK((is(scene->position) || is(scene->end_position)));
      }
    } else if (std::holds_alternative<f::HandScene>(figure)) {
      // The close-up of the hand is for the wrist, the fingers and the thumb.
      CHECK(exercise.region == "elbow_hand");
    } else {
      // The close-up of the foot, for the toes and the arch.
      CHECK(exercise.region == "ankle_foot");
    }
    CHECK(f::svg(f::draw(figure), 40, id) == f::svg(f::draw(f::figure_of(*exercise.figure)), 40, id));
    ++drawn;
  }
  CHECK(drawn == library.exercises().size());
}
