// The close-up of the foot: every shape on the floor, curled toes that grip
// the floor or hold a marble, a domed arch, spread toes, and the checks that
// catch a foot that does not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "figure/figure.h"
#include "figure/geometry.h"

namespace f = regimen::figure;

namespace {

f::Spec foot(f::CloseUpShape end, std::vector<f::PropSpec> props = {}, f::View view = f::View::Side) {
  f::Spec spec;
  spec.view = view;
  spec.start.position = f::Position::Foot;
  spec.end = f::PoseSpec{};
  spec.end->shape = end;
  spec.props = std::move(props);
  return spec;
}

}  // namespace

TEST_CASE("figure: every shape of the foot rests on the floor, in either view", "[figure][foot]") {
  for (f::View view : {f::View::Side, f::View::Above}) {
    for (f::CloseUpShape shape : f::kAllCloseUpShapes) {
      if (!f::shape_drawn_in(shape, f::Position::Foot)) continue;
      INFO(f::name(shape) << " from " << f::name(view));
      const f::FootScene scene = f::foot_scene(foot(shape, {}, view));
      CHECK(f::problems(scene).empty());
      CHECK(scene.end->shape == shape);
      CHECK(scene.end->skeleton.lowest == Approx(0).margin(1e-6));
    }
  }
}

TEST_CASE("figure: curled toes grip the floor, or lift a marble off it", "[figure][foot]") {
  const f::FootScene floor = f::foot_scene(foot(f::CloseUpShape::Curl, {{f::Prop::Towel, f::Placement::Default}}));
  CHECK(f::problems(floor).empty());
  // The toes' own joints bend as far as they go; at the ball of the foot
  // they bend just so far that the tips rest on the floor, the foot flat.
  CHECK(floor.end->angles.toe_joints == f::range_of_motion(f::Joint::ToeJoints).most);
  CHECK(floor.end->lift == 0);
  double lowest_tip = 1;
  for (const f::FootBone& b : floor.end->skeleton.bones) {
    if (b.part != f::FootPart::Shin) lowest_tip = std::min(lowest_tip, b.to.y - b.radius);
  }
  CHECK(lowest_tip == Approx(0).margin(1e-6));
  // Straight toes lying on the floor bend no further than that.
  CHECK(floor.end->angles.toes < 20);

  const f::FootScene marble = f::foot_scene(foot(f::CloseUpShape::Curl, {{f::Prop::Ball, f::Placement::Default}}));
  CHECK(f::problems(marble).empty());
  REQUIRE(marble.end->marble.has_value());
  // The forefoot lifts about the heel, as the toes bend as far as they go,
  // the marble at or just off the floor.
  CHECK(marble.end->lift > 0);
  CHECK(marble.end->angles.toes == f::range_of_motion(f::Joint::Toes).most);
  CHECK(marble.end->marble->y >= f::marble_radius() - 1e-6);
  CHECK(marble.end->marble->y < 2 * f::marble_radius());
  // A marble the toes do not reach is said.
  f::FootScene dropped = marble;
  dropped.end->marble = f::Point{marble.end->marble->x + f::foot_length() * 0.3, marble.end->marble->y};
  const auto said = f::problems(dropped);
  CHECK(std::find(said.begin(), said.end(), "end pose: the toes do not hold the marble") != said.end());
  // Flat toes leave it on the floor ahead: the start holds nothing.
  CHECK_FALSE(marble.start.marble.has_value());
}

TEST_CASE("figure: a domed arch rises and draws the ball of the foot toward the heel", "[figure][foot]") {
  const f::FootScene scene = f::foot_scene(foot(f::CloseUpShape::Dome));
  CHECK(f::problems(scene).empty());
  auto highest_sole = [](const f::FootSkeleton& s) {
    // The profile's underside, between the heel and the ball: its arch.
    double y = 0;
    for (std::size_t i = 1; i < 6; ++i) y = std::max(y, s.outline[i].y);
    return y;
  };
  CHECK(highest_sole(scene.end->skeleton) > highest_sole(scene.start.skeleton) + 0.02 * f::foot_length());
  CHECK(scene.end->skeleton.toe_tips[0].x < scene.start.skeleton.toe_tips[0].x);
}

TEST_CASE("figure: spread toes fan out, seen from above", "[figure][foot]") {
  const f::FootScene scene = f::foot_scene(foot(f::CloseUpShape::Spread, {}, f::View::Above));
  auto span = [](const f::FootSkeleton& s) { return f::distance(s.toe_tips[0], s.toe_tips[4]); };
  CHECK(span(scene.end->skeleton) > span(scene.start.skeleton) + 0.03 * f::foot_length());
  CHECK(scene.motion.size() > 1);
  // The drawing is the same bytes every time.
  CHECK(f::svg(f::draw(f::figure_of(foot(f::CloseUpShape::Spread, {}, f::View::Above))), 40, "spread") ==
        f::svg(f::draw(f::figure_of(foot(f::CloseUpShape::Spread, {}, f::View::Above))), 40, "spread"));
}

TEST_CASE("figure: against a wall ahead, the big toe lifts until its pad rests on it", "[figure][foot]") {
  f::Spec spec;
  spec.start.position = f::Position::Foot;
  spec.props = {{f::Prop::Wall, f::Placement::Default}};
  const f::FootScene scene = f::foot_scene(spec);
  CHECK(f::problems(scene).empty());
  CHECK(scene.wall);
  // Lifted, but no further than its range; the lesser toes stay on the floor.
  CHECK(scene.start.angles.big_toe < -20);
  CHECK(scene.start.angles.big_toe >= f::range_of_motion(f::Joint::BigToe).least);
  CHECK(scene.start.angles.toes == 0);
  // Both the big toe and the lesser toes reach the wall.
  auto reach = [&](bool big) {
    double x = -1;
    for (const f::FootBone& b : scene.start.skeleton.bones) {
      if (b.part == f::FootPart::Shin || (b.part == f::FootPart::BigToe) != big) continue;
      x = std::max({x, b.from.x + b.radius, b.to.x + b.radius});
    }
    return x;
  };
  CHECK(reach(true) == Approx(f::wall_at(scene.start.skeleton)).margin(1e-6));
  CHECK(reach(false) == Approx(f::wall_at(scene.start.skeleton)).margin(1e-6));
  // An angle the pose writes is kept.
  spec.start.changes = {{f::Joint::BigToe, f::Limbs::Both, -30}};
  CHECK(f::foot_scene(spec).start.angles.big_toe == -30);
}
