// The `figure` notation of exercise definitions: what the checker makes of
// it, where it points when something is wrong, and the notation written back
// by `lib show`.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compile_fixture.h"
#include "emit/text/library_text.h"

using namespace regimen;
using regimen::testing::Compiled;
namespace f = regimen::figure;

namespace {

std::string defined(const std::string& figure) {
  return "exercise drawn \"Drawn\" {\n  kind reps\n  " + figure + "\n}\ndrawn reps 10\n";
}

// The figure of `drawn` after checking, or none.
std::optional<f::Spec> figure_of(const Compiled& c) {
  const Exercise* ex = c.result.library->find("drawn");
  REQUIRE(ex != nullptr);
  return ex->figure;
}

// The text each diagnostic points at, with its code.
std::vector<std::pair<std::string, std::string>> pointed_at(const Compiled& c, const std::string& routine) {
  const std::string text = testing::kTestExercises + routine;
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : c.result.diagnostics.all()) {
    out.emplace_back(diagnostic_code(d), text.substr(d.span.begin, d.span.end - d.span.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("figure: the notation becomes its checked form", "[figure][check]") {
  Compiled c(defined("figure quadruped spine -20 -> spine 30"));
  REQUIRE(c.result.diagnostics.all().empty());
  f::Spec expected;
  expected.start = {f::Position::Quadruped, {{f::Joint::Spine, f::Limbs::Both, -20}}, std::nullopt, std::nullopt};
  expected.end = f::PoseSpec{std::nullopt, {{f::Joint::Spine, f::Limbs::Both, 30}}, std::nullopt, std::nullopt};
  CHECK(figure_of(c) == expected);

  Compiled props(defined("figure standing -> near_hip 90 far_knee 12.5 with table ahead, dumbbell, step near_toes"));
  REQUIRE(props.result.diagnostics.all().empty());
  auto spec = figure_of(props);
  REQUIRE(spec);
  CHECK(spec->start == f::PoseSpec{f::Position::Standing, {}, std::nullopt, std::nullopt});
  REQUIRE(spec->end);
  CHECK(spec->end->changes == std::vector<f::JointChange>{{f::Joint::Hip, f::Limbs::Near, 90},
                                                          {f::Joint::Knee, f::Limbs::Far, 12.5}});
  CHECK(spec->props == std::vector<f::PropSpec>{{f::Prop::Table, f::Placement::Ahead},
                                                {f::Prop::Dumbbell, f::Placement::Default},
                                                {f::Prop::Step, f::Placement::NearToes}});

  Compiled front(defined("figure side_lying -> near_hip_out 30 from front with ball"));
  REQUIRE(front.result.diagnostics.all().empty());
  REQUIRE(figure_of(front));
  CHECK(figure_of(front)->view == f::View::Front);
  CHECK(figure_of(front)->props == std::vector<f::PropSpec>{{f::Prop::Ball, f::Placement::Default}});

  Compiled heels(defined("figure standing -> ankle 15 on_heels with table"));
  REQUIRE(heels.result.diagnostics.all().empty());
  REQUIRE(figure_of(heels));
  CHECK_FALSE(figure_of(heels)->start.stance);
  REQUIRE(figure_of(heels)->end);
  CHECK(figure_of(heels)->end->stance == f::Stance::OnHeels);

  Compiled held(defined("figure long_sitting"));
  REQUIRE(held.result.diagnostics.all().empty());
  CHECK(figure_of(held) == f::Spec{f::View::Side, {f::Position::LongSitting, {}, std::nullopt, std::nullopt}, std::nullopt, {}});

  Compiled none(defined("step \"Sit tall\""));
  CHECK_FALSE(figure_of(none).has_value());
}

TEST_CASE("figure: each problem points at the word or number at fault", "[figure][check]") {
  using Pointed = std::vector<std::pair<std::string, std::string>>;
  auto check = [](const std::string& figure, const Pointed& expected) {
    const std::string routine = defined(figure);
    Compiled c(routine);
    INFO(figure);
    CHECK(pointed_at(c, routine) == expected);
    CHECK_FALSE(figure_of(c).has_value());
  };
  check("figure standin kne 20 from frnt with wal behnd",
        {{"E0611", "standin"}, {"E0611", "kne"}, {"E0611", "frnt"}, {"E0611", "wal"}, {"E0611", "behnd"}});
  // The end pose's angles are the joint's, checked as such: 0 is within the
  // knee's range, -10 is not, whatever the start said.
  // A placement is a word of its prop's: a step goes under a foot, a wall
  // behind or ahead, and a chair where the position needs it.
  check("figure standing with step ahead, wall near, chair behind", {{"E0611", "ahead"}, {"E0611", "near"}, {"E0611", "behind"}});
  // A prop the position has no place for: a step under a seated figure, a
  // towel under the knee of a standing one. Either position of the two
  // may have it (sitting down from standing on a step).
  check("figure seated with chair, step", {{"E0616", "step"}});
  check("figure standing with towel under_knee, ball under_back", {{"E0616", "towel under_knee"}, {"E0616", "ball under_back"}});
  // Seen from above, the body lies on its back or front, in both poses,
  // and only a bed and what the hands hold are drawn.
  check("figure side_lying -> near_hip_out 30 from above", {{"E0617", "above"}});
  check("figure supine -> seated from above", {{"E0617", "above"}});
  check("figure supine from above with towel under_neck, bed, stick", {{"E0616", "towel under_neck"}});
  check("figure seated knee 90 -> knee -10", {{"E0612", "-10"}});
  check("figure standing knee 136", {{"E0612", "136"}});
  check("figure seated -> near_spine 10", {{"E0613", "near_spine"}});
  check("figure standing hip 20 near_hip 90 -> hip 0 with chair, chair", {{"E0614", "near_hip"}, {"E0614", "chair"}});
  check("figure knee 90", {{"E0615", "knee"}});
  check("figure", {{"E0615", "figure"}});
  check("figure seated ->", {{"E0615", "->"}});
  // A word or number out of place is the parser's to report; what only
  // follows from it (an arrow to nothing) is not reported again.
  check("figure seated -> 30", {{"E0001", "30"}});
  check("figure standing knee with wall behind ahead", {{"E0001", "knee"}, {"E0001", "ahead"}});
  check("figure seated from", {{"E0001", "from"}});
  // The close-up of the hand draws the wrist, the forearm's turn, the
  // fingers and the thumb of the near hand; the whole body draws no finger.
  check("figure seated knuckles 90", {{"E0618", "knuckles"}});
  check("figure seated -> fist", {{"E0618", "fist"}});
  check("figure standing pinch", {{"E0618", "pinch"}});
  check("figure hand knee 90 -> far_knuckles 30", {{"E0618", "knee"}, {"E0618", "far_knuckles"}});
  check("figure hand on_heels", {{"E0618", "on_heels"}});
  check("figure hand -> seated", {{"E0618", "seated"}});
  check("figure hand -> fist from front", {{"E0617", "front"}});
  check("figure hand with step, band, towel", {{"E0616", "step"}, {"E0616", "band"}, {"E0616", "towel"}});
  check("figure seated with band round_fingers", {{"E0616", "band round_fingers"}});
  // A pillow under the knee is the top knee's, in front of a body lying on its side.
  check("figure supine with pillow under_knee", {{"E0616", "pillow under_knee"}});
  check("figure side_lying with pillow under_knee", {{"E0616", "pillow under_knee"}});
  check("figure seated with pillow under_hips", {{"E0616", "pillow under_hips"}});
  check("figure prone from above with pillow under_hips", {{"E0616", "pillow under_hips"}});
  check("figure hand knuckles 95", {{"E0612", "95"}});
  check("figure hand -> fits", {{"E0611", "fits"}});
  // The close-up of the foot draws the toes and the foot's shapes.
  check("figure seated toes 30 -> curl", {{"E0618", "toes"}, {"E0618", "curl"}});
  check("figure foot -> fist", {{"E0618", "fist"}});
  check("figure hand -> curl", {{"E0618", "curl"}});
  check("figure foot ankle 10 -> hand", {{"E0618", "hand"}});
  check("figure foot knuckles 30", {{"E0618", "knuckles"}});
  check("figure foot with table, ball", {{"E0616", "table"}});
  check("figure foot -> dome from back", {{"E0617", "back"}});
  check("figure foot with wall behind", {{"E0616", "wall behind"}});
}

TEST_CASE("figure: the close-up of the hand takes shapes, finger joints and its props", "[figure][check]") {
  Compiled c(defined("figure hand forearm 80 -> fist thumb_tip 10 from above with table, band round_fingers"));
  REQUIRE(c.result.diagnostics.all().empty());
  const auto spec = figure_of(c);
  REQUIRE(spec.has_value());
  CHECK(spec->start.position == f::Position::Hand);
  CHECK(spec->start.shape == std::nullopt);
  REQUIRE(spec->end.has_value());
  CHECK(spec->end->position == std::nullopt);
  CHECK(spec->end->shape == f::CloseUpShape::Fist);
  CHECK(spec->end->changes == std::vector<f::JointChange>{{f::Joint::ThumbTip, f::Limbs::Both, 10}});
  CHECK(spec->view == f::View::Above);
  CHECK(spec->props == std::vector<f::PropSpec>{{f::Prop::Table, f::Placement::Default}, {f::Prop::Band, f::Placement::RoundFingers}});
  // A shape may follow the position in the start too.
  Compiled held(defined("figure hand grip with ball"));
  REQUIRE(held.result.diagnostics.all().empty());
  CHECK(figure_of(held)->start.shape == f::CloseUpShape::Grip);
}

TEST_CASE("figure: a prop is placed where either of its positions has a place for it", "[figure][check]") {
  for (const char* figure : {"figure standing -> seated with chair, step",
                             "figure side_lying near_hip 60 near_knee 90 from front with pillow under_knee",
                             "figure prone -> near_hip 0 with pillow under_hips",
                             "figure long_sitting with towel under_heel, foam_roller under_knee",
                             "figure supine with bed, ball under_back"}) {
    INFO(figure);
    Compiled c(defined(figure));
    CHECK(c.result.diagnostics.all().empty());
    CHECK(figure_of(c).has_value());
  }
}

TEST_CASE("figure: the end pose may set again what the start set", "[figure][check]") {
  Compiled c(defined("figure supine hip 45 knee 90 -> hip 0 knee 0"));
  CHECK(c.result.diagnostics.all().empty());
  CHECK(figure_of(c).has_value());
}

TEST_CASE("figure: a second figure is reported and the first kept", "[figure][check]") {
  Compiled c(defined("figure standing\n  figure seated"));
  REQUIRE(c.result.diagnostics.all().size() == 1);
  CHECK(c.has(DiagCode::DuplicateClause));
  CHECK(figure_of(c) == f::Spec{f::View::Side, {f::Position::Standing, {}, std::nullopt, std::nullopt}, std::nullopt, {}});
}

TEST_CASE("figure: the notation written back reads back the same", "[figure][check]") {
  for (std::string figure : {"quadruped spine -20 -> spine 30", "standing with wall behind",
                             "seated knee 90 -> near_knee 0 with chair", "supine hip 45 knee 90 -> hip 0",
                             "standing -> near_hip 90 near_knee 90 with table ahead, dumbbell",
                             "half_kneeling far_knee 90 spine -12.5 -> prone neck_turn 22.25",
                             "side_lying -> near_hip_out 30 from front", "quadruped from back with towel",
                             "prone shoulder_out 90 -> shoulder_across -20 from above with bed, dumbbell near"}) {
    Compiled c(defined("figure " + figure));
    REQUIRE(c.result.diagnostics.all().empty());
    auto spec = figure_of(c);
    REQUIRE(spec);
    std::string written = figure_as_regimen(*spec);
    CHECK(written == figure);
    Compiled again(defined("figure " + written));
    CHECK(figure_of(again) == spec);
  }
}
