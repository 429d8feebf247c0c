// Figures put on their supports: every base position rests as its name
// says, props stand where the body meets them, and the drawing is the same
// bytes every time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "figure/drawing.h"
#include "figure/geometry.h"

namespace f = regimen::figure;

namespace {

f::Spec held(f::Position position, std::vector<f::PropSpec> props = {}) {
  f::Spec spec;
  spec.start.position = position;
  spec.props = std::move(props);
  return spec;
}

double lowest(const f::Skeleton& s) {
  double y = 1e9;
  for (const auto& p : f::surface(s)) y = std::min(y, p.at.y);
  return y;
}

}  // namespace

TEST_CASE("figure: every base position rests on its support, within its ranges", "[figure]") {
  for (f::Position position : f::kAllPositions) {
    INFO(f::name(position));
    if (f::close_up(position)) continue;  // the hand's close-up rests on nothing (figure_hand_test.cpp)
    std::vector<f::PropSpec> props;
    if (position == f::Position::Seated) props.push_back({f::Prop::Chair, f::Placement::Default});
    const f::Scene scene = f::scene(held(position, props));
    CHECK(f::problems(scene).empty());
    CHECK(lowest(scene.start.skeleton) == Approx(0).margin(1e-9));
  }
}

TEST_CASE("figure: seen from the front or behind, the positions a leaflet draws that way rest on their support", "[figure]") {
  for (f::View view : {f::View::Front, f::View::Back}) {
    for (f::Position position : {f::Position::Standing, f::Position::Seated, f::Position::Kneeling,
                                 f::Position::HalfKneeling, f::Position::SideLying, f::Position::Plank,
                                 f::Position::Quadruped, f::Position::LongSitting}) {
      INFO(f::name(view) << " " << f::name(position));
      f::Spec spec = held(position);
      spec.view = view;
      if (position == f::Position::Seated) spec.props.push_back({f::Prop::Chair, f::Placement::Default});
      const f::Scene scene = f::scene(spec);
      CHECK(f::problems(scene).empty());
      CHECK(lowest(scene.start.skeleton) == Approx(0).margin(1e-9));
    }
  }
  // Lying on the side, the right (near) side is up, so a near leg lifts.
  f::Spec lift = held(f::Position::SideLying);
  lift.view = f::View::Front;
  lift.end = f::PoseSpec{std::nullopt, {{f::Joint::HipOut, f::Limbs::Near, 40}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(lift);
  CHECK(f::problems(scene).empty());
  CHECK(scene.end->skeleton.to(f::Segment::Shank, f::Side::Near).y >
        scene.start.skeleton.to(f::Segment::Shank, f::Side::Near).y + 0.2);
}

TEST_CASE("figure: standing is upright, feet flat, with its weight over them", "[figure]") {
  const f::Scene scene = f::scene(held(f::Position::Standing));
  CHECK(scene.start.pose.pelvis == Approx(0).margin(1e-9));
  CHECK(scene.start.skeleton.to(f::Segment::Head).y == Approx(1.0).margin(0.02));
  const f::Point com = f::centre_of_mass(scene.start.skeleton);
  CHECK(com.x >= scene.start.skeleton.from(f::Segment::Foot).x - 0.03);
  CHECK(com.x <= scene.start.skeleton.to(f::Segment::Foot).x);
}

TEST_CASE("figure: held by a support, standing leans or bends over flat feet, or stands on toes or heels", "[figure]") {
  auto standing = [](std::vector<f::JointChange> changes, f::Prop prop, std::optional<f::Stance> stance = std::nullopt) {
    f::Spec spec = held(f::Position::Standing, {{prop, f::Placement::Ahead}});
    spec.start.changes = std::move(changes);
    spec.start.stance = stance;
    return f::scene(spec);
  };
  auto sole_level = [](const f::Scene& scene, f::Side side) {
    return std::abs(scene.start.skeleton.towards(f::Segment::Foot, side) - 90) < 1e-6;
  };
  // An ankle bent up with the hands on a wall: the body leans in by as much.
  const f::Scene lean = standing({{f::Joint::Ankle, f::Limbs::Both, 20}, {f::Joint::Shoulder, f::Limbs::Both, 90}}, f::Prop::Wall);
  CHECK(sole_level(lean, f::Side::Near));
  CHECK(lean.start.pose.pelvis == Approx(20).margin(1e-6));
  CHECK(f::problems(lean).empty());
  // Bending at the hips over a table: the legs stay upright, the trunk tips.
  const f::Scene bend = standing({{f::Joint::Hip, f::Limbs::Both, 60}}, f::Prop::Table);
  CHECK(sole_level(bend, f::Side::Near));
  CHECK(bend.start.skeleton.towards(f::Segment::Thigh) == Approx(180).margin(1e-6));
  CHECK(bend.start.pose.pelvis == Approx(60).margin(1e-6));
  // On the toes or, when the pose says so, on the heels: upright.
  const f::Scene toes = standing({{f::Joint::Ankle, f::Limbs::Both, -30}}, f::Prop::Table);
  CHECK(toes.start.pose.pelvis == Approx(0).margin(1e-6));
  // The toes (the foot's end, a capsule's radius above its surface) on the ground.
  CHECK(toes.start.skeleton.to(f::Segment::Foot).y == Approx(f::half_width(f::Segment::Foot)).margin(0.005));
  const f::Scene heels = standing({{f::Joint::Ankle, f::Limbs::Both, 15}}, f::Prop::Table, f::Stance::OnHeels);
  CHECK(heels.start.pose.pelvis == Approx(0).margin(1e-6));
  CHECK(heels.start.skeleton.to(f::Segment::Foot).y > lowest(heels.start.skeleton) + 0.03);
  // One knee lifted: the body stands on the other foot, upright.
  const f::Scene one = standing({{f::Joint::Hip, f::Limbs::Near, 90}, {f::Joint::Knee, f::Limbs::Near, 90}}, f::Prop::Table);
  CHECK(one.start.pose.pelvis == Approx(0).margin(1e-6));
  CHECK(sole_level(one, f::Side::Far));
}

TEST_CASE("figure: on all fours the trunk is near level, hands and knees down", "[figure]") {
  const f::Scene scene = f::scene(held(f::Position::Quadruped));
  const f::Skeleton& s = scene.start.skeleton;
  const double trunk = std::atan2(s.to(f::Segment::Chest).y - s.from(f::Segment::Pelvis).y,
                                  s.to(f::Segment::Chest).x - s.from(f::Segment::Pelvis).x) * 180 / f::kPi;
  CHECK(std::abs(trunk) < 25);
  CHECK(s.to(f::Segment::Chest).x > s.from(f::Segment::Pelvis).x);  // the head is ahead
}

TEST_CASE("figure: lying on the back faces up, on the front faces down", "[figure]") {
  const f::Scene up = f::scene(held(f::Position::Supine));
  // The nose side: forward of the head is up when lying on the back.
  CHECK(std::abs(up.start.skeleton.towards(f::Segment::Chest) + 90) < 10);
  const f::Scene down = f::scene(held(f::Position::Prone));
  CHECK(std::abs(down.start.skeleton.towards(f::Segment::Chest) - 90) < 10);
}

TEST_CASE("figure: seated, the pelvis is on the chair and the feet on the floor", "[figure]") {
  const f::Scene scene = f::scene(held(f::Position::Seated, {{f::Prop::Chair, f::Placement::Default}}));
  CHECK(f::problems(scene).empty());
  double feet = 1e9;
  for (const auto& p : f::surface(scene.start.skeleton)) {
    if (p.segment == f::Segment::Foot) feet = std::min(feet, p.at.y);
  }
  CHECK(feet == Approx(0).margin(0.003));
}

TEST_CASE("figure: a bed or a step raises the support, and the body rests on it", "[figure]") {
  const f::Scene bed = f::scene(held(f::Position::Supine, {{f::Prop::Bed, f::Placement::Default}}));
  CHECK(bed.ground.height > 0.2);
  CHECK(lowest(bed.start.skeleton) == Approx(bed.ground.height).margin(1e-9));
  CHECK(f::problems(bed).empty());
  const f::Scene step = f::scene(held(f::Position::Standing, {{f::Prop::Step, f::Placement::Default}}));
  CHECK(lowest(step.start.skeleton) == Approx(step.ground.height).margin(1e-9));
  CHECK(f::problems(step).empty());
}

namespace {

double lowest_of(const f::Skeleton& s, f::Segment segment, f::Side side) {
  double y = 1e9;
  for (const auto& p : f::surface(s)) {
    if (p.segment == segment && p.side == side) y = std::min(y, p.at.y);
  }
  return y;
}

double x_of(const f::Skeleton& s, f::Segment segment, f::Side side, bool most) {
  double x = most ? -1e9 : 1e9;
  for (const auto& p : f::surface(s)) {
    if (p.segment == segment && p.side == side) x = most ? std::max(x, p.at.x) : std::min(x, p.at.x);
  }
  return x;
}

}  // namespace

TEST_CASE("figure: a step under one foot lifts that foot, the other stands on the floor beside it", "[figure]") {
  // A foot up on a stair: the step is as high as the pose lifts the foot.
  f::Spec spec = held(f::Position::Standing, {{f::Prop::Step, f::Placement::Near}});
  spec.start.changes = {{f::Joint::Hip, f::Limbs::Far, -10}, {f::Joint::Ankle, f::Limbs::Far, 10},
                        {f::Joint::Hip, f::Limbs::Near, 55}, {f::Joint::Knee, f::Limbs::Near, 65},
                        {f::Joint::Ankle, f::Limbs::Near, 10}};
  spec.end = f::PoseSpec{f::Position::Standing, {}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(spec);
  REQUIRE(scene.ground.block);
  const double height = scene.ground.block->height;
  CHECK(height > 0.06);
  CHECK(height < 0.16);
  CHECK(scene.ground.height == 0);
  CHECK(lowest_of(scene.start.skeleton, f::Segment::Foot, f::Side::Near) == Approx(height).margin(0.003));
  CHECK(lowest_of(scene.start.skeleton, f::Segment::Foot, f::Side::Far) == Approx(0).margin(0.003));
  // Stepped up: both feet at the step's height, the foot on it where it was.
  REQUIRE(scene.end);
  CHECK(lowest_of(scene.end->skeleton, f::Segment::Foot, f::Side::Near) == Approx(height).margin(0.003));
  CHECK(lowest_of(scene.end->skeleton, f::Segment::Foot, f::Side::Far) == Approx(height).margin(0.003));
  CHECK(x_of(scene.end->skeleton, f::Segment::Foot, f::Side::Near, false) ==
        Approx(x_of(scene.start.skeleton, f::Segment::Foot, f::Side::Near, false)).margin(0.01));
  // The step's box is under the near foot and clear of the far one on the floor.
  REQUIRE(scene.props.size() == 1);
  const auto& box = std::get<f::Box>(scene.props[0].shapes[0]);
  CHECK(box.high.y == Approx(height));
  CHECK(box.low.x < x_of(scene.start.skeleton, f::Segment::Foot, f::Side::Near, false));
  CHECK(box.low.x > x_of(scene.start.skeleton, f::Segment::Foot, f::Side::Far, true));
  CHECK(f::problems(scene).empty());
}

TEST_CASE("figure: on a step's edge the ball of the foot rests, the heel drops below it", "[figure]") {
  f::Spec spec = held(f::Position::Standing, {{f::Prop::Step, f::Placement::NearToes}, {f::Prop::Table, f::Placement::Ahead}});
  spec.start.changes = {{f::Joint::Knee, f::Limbs::Far, 70}, {f::Joint::Shoulder, f::Limbs::Both, 40},
                        {f::Joint::Elbow, f::Limbs::Both, 30}, {f::Joint::Ankle, f::Limbs::Near, -35}};
  spec.end = f::PoseSpec{std::nullopt, {{f::Joint::Ankle, f::Limbs::Near, 15}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(spec);
  REQUIRE(scene.ground.block);
  REQUIRE(scene.end);
  const double height = scene.ground.block->height;
  const auto& step = std::get<f::Box>(scene.props[0].shapes[0]);
  const f::Skeleton& dropped = scene.end->skeleton;
  // The heel is below the step's top, behind its edge; the ball is on it.
  CHECK(x_of(dropped, f::Segment::Foot, f::Side::Near, false) < step.low.x);
  CHECK(lowest_of(dropped, f::Segment::Foot, f::Side::Near) < height - 0.01);
  // Held by the table the body stays upright, and the heel rose in the start.
  CHECK(scene.end->pose.pelvis == Approx(scene.start.pose.pelvis));
  CHECK(scene.start.skeleton.from(f::Segment::Foot, f::Side::Near).y > height);
  CHECK(f::problems(scene).empty());
}

TEST_CASE("figure: a roll under the knee or heel lifts that part of the near leg and rests on the bed", "[figure]") {
  for (f::Placement placement : {f::Placement::UnderKnee, f::Placement::UnderHeel}) {
    INFO(f::name(placement));
    f::Spec spec = held(f::Position::Supine, {{f::Prop::Bed, f::Placement::Default}, {f::Prop::Towel, placement}});
    // The model bends the hip just so far that the leg lies on the roll.
    const f::Scene scene = f::scene(spec);
    CHECK(scene.start.pose.angle(f::Joint::Hip, f::Side::Near) > 3);
    CHECK(scene.start.pose.angle(f::Joint::Hip, f::Side::Far) == 0);
    REQUIRE(scene.ground.cushions.size() == 1);
    const f::Cushion& towel = scene.ground.cushions[0];
    CHECK(towel.segment == (placement == f::Placement::UnderKnee ? f::Segment::Thigh : f::Segment::Shank));
    // The roll is drawn where the model puts it: on the bed, under the leg.
    const auto& drawn = scene.props[1];
    REQUIRE(drawn.prop == f::Prop::Towel);
    CHECK(drawn.under_near_limb);
    const auto& roll = std::get<f::Roll>(drawn.shapes.at(0));
    CHECK(roll.centre.y - roll.radius == Approx(scene.ground.height).margin(0.006));
    const f::Skeleton& s = scene.start.skeleton;
    CHECK(roll.centre.y < s.to(towel.segment).y);
    // The near leg is lifted there by about the roll's thickness; the far
    // leg lies as it does without the roll.
    const f::Scene plain = f::scene(held(f::Position::Supine, {{f::Prop::Bed, f::Placement::Default}}));
    const f::Skeleton& flat = plain.start.skeleton;
    CHECK(s.to(towel.segment).y - flat.to(towel.segment).y > towel.thickness * 0.6);
    CHECK(lowest_of(s, f::Segment::Foot, f::Side::Far) == Approx(lowest_of(flat, f::Segment::Foot, f::Side::Far)).margin(0.003));
    CHECK(f::problems(scene).empty());
  }
  // A knee bent over a roller: the leg lies on the roll, the heel on the
  // bed and the body flat, not tipped back onto the head by the foot.
  f::Spec arc = held(f::Position::Supine, {{f::Prop::Bed, f::Placement::Default}, {f::Prop::FoamRoller, f::Placement::UnderKnee}});
  arc.start.changes = {{f::Joint::Knee, f::Limbs::Near, 40}};
  const f::Scene on_roll = f::scene(arc);
  CHECK(f::problems(on_roll).empty());
  const f::Scene lying = f::scene(held(f::Position::Supine, {{f::Prop::Bed, f::Placement::Default}}));
  CHECK(on_roll.start.pose.pelvis == Approx(lying.start.pose.pelvis).margin(1));
  CHECK(lowest_of(on_roll.start.skeleton, f::Segment::Foot, f::Side::Near) == Approx(on_roll.ground.height).margin(0.01));
  CHECK(on_roll.start.pose.angle(f::Joint::Hip, f::Side::Near) > 10);
  // A tennis ball under the upper back lifts the back off the floor.
  const f::Scene ball = f::scene(held(f::Position::Supine, {{f::Prop::Ball, f::Placement::UnderBack}}));
  REQUIRE(ball.ground.cushions.size() == 1);
  CHECK(lowest_of(ball.start.skeleton, f::Segment::Chest, f::Side::Near) > 0.02);
  CHECK(f::problems(ball).empty());
  // Lying face down over a Swiss ball, the feet on the floor brace the body
  // on it: the ball on the floor under the hips, the toes on the floor.
  f::Spec over = held(f::Position::Prone, {{f::Prop::SwissBall, f::Placement::Default}});
  over.start.changes = {{f::Joint::Hip, f::Limbs::Both, 45}};
  const f::Scene swiss = f::scene(over);
  REQUIRE(swiss.ground.cushions.size() == 1);
  CHECK(lowest_of(swiss.start.skeleton, f::Segment::Pelvis, f::Side::Near) > 0.35);
  CHECK(lowest_of(swiss.start.skeleton, f::Segment::Foot, f::Side::Near) == Approx(0).margin(0.006));
  CHECK(f::problems(swiss).empty());
  CHECK_FALSE(f::drawn_in(f::Prop::SwissBall, f::Placement::Default, f::Position::Seated, f::View::Side));
  // Standing, nothing lies under the body: the check refuses the spec, and
  // the model has no cushion.
  CHECK_FALSE(f::drawn_in(f::Prop::Towel, f::Placement::UnderKnee, f::Position::Standing, f::View::Side));
  CHECK(f::drawn_in(f::Prop::Towel, f::Placement::UnderKnee, f::Position::LongSitting, f::View::Side));
  CHECK_FALSE(f::drawn_in(f::Prop::Step, f::Placement::Default, f::Position::Seated, f::View::Side));
}

TEST_CASE("figure: a stick runs across both hands, or is seen end on between hands level", "[figure]") {
  f::Spec across = held(f::Position::Standing, {{f::Prop::Stick, f::Placement::Default}});
  across.view = f::View::Front;
  across.start.changes = {{f::Joint::Elbow, f::Limbs::Both, 90}, {f::Joint::ShoulderTurn, f::Limbs::Near, 50}};
  const f::Scene front = f::scene(across);
  REQUIRE(front.props.size() == 1);
  const auto& stick = std::get<f::Strap>(front.props[0].shapes.at(0));
  const f::Point near = front.start.skeleton.to(f::Segment::Hand, f::Side::Near);
  const f::Point far = front.start.skeleton.to(f::Segment::Hand, f::Side::Far);
  // Both hands on the line, inside its ends.
  CHECK(f::distance_to_segment(near, stick.from, stick.to) < 1e-6);
  CHECK(f::distance_to_segment(far, stick.from, stick.to) < 1e-6);
  CHECK(f::distance(stick.from, stick.to) > f::distance(near, far) + 0.1);
  f::Spec side = held(f::Position::Supine, {{f::Prop::Stick, f::Placement::Default}});
  side.start.changes = {{f::Joint::Shoulder, f::Limbs::Both, 90}};
  const f::Scene end_on = f::scene(side);
  const auto& dot = std::get<f::Roll>(end_on.props[0].shapes.at(0));
  CHECK(f::distance(dot.centre, end_on.start.skeleton.to(f::Segment::Hand)) < 1e-9);
}

TEST_CASE("figure: a band looped round the foot ends in the hands, round the knees it joins them", "[figure]") {
  const f::Scene foot = f::scene(held(f::Position::LongSitting, {{f::Prop::Band, f::Placement::RoundFoot}}));
  REQUIRE(foot.props.size() == 1);
  REQUIRE(foot.props[0].shapes.size() == 1);
  const auto& loop = std::get<f::Strap>(foot.props[0].shapes[0]);
  const f::Skeleton& s = foot.start.skeleton;
  CHECK(f::distance(loop.from, s.to(f::Segment::Hand)) < 1e-9);
  CHECK(f::distance_to_segment(loop.to, s.from(f::Segment::Foot), s.to(f::Segment::Foot)) < 1e-9);

  f::Spec knees = held(f::Position::Standing, {{f::Prop::Band, f::Placement::RoundKnees}});
  knees.view = f::View::Front;
  const f::Scene front = f::scene(knees);
  const auto& round = std::get<f::Strap>(front.props[0].shapes.at(0));
  const f::Skeleton& k = front.start.skeleton;
  CHECK(f::distance_to_segment(round.from, k.from(f::Segment::Thigh, f::Side::Near), k.to(f::Segment::Thigh, f::Side::Near)) < 1e-9);
  CHECK(f::distance_to_segment(round.to, k.from(f::Segment::Thigh, f::Side::Far), k.to(f::Segment::Thigh, f::Side::Far)) < 1e-9);
  // From the side, a strap behind the knees to a post holds a body sitting
  // back into it, as a Spanish squat does.
  f::Spec squat = held(f::Position::Standing, {{f::Prop::Band, f::Placement::RoundKnees}});
  squat.start.changes = {{f::Joint::Hip, f::Limbs::Both, 70}, {f::Joint::Knee, f::Limbs::Both, 70}};
  const f::Scene side = f::scene(squat);
  CHECK(side.ground.steadied);
  CHECK(std::get<f::Strap>(side.props[0].shapes.at(0)).to.x > x_of(side.start.skeleton, f::Segment::Foot, f::Side::Near, true));
  CHECK(f::problems(side).empty());

  // From the foot, it runs over the foot's top to a table leg ahead, at
  // the floor: lower than where it leaves the foot, and in front of it.
  f::Spec pull = held(f::Position::Seated, {{f::Prop::Chair, f::Placement::Default}, {f::Prop::Band, f::Placement::FromFoot}});
  pull.start.changes = {{f::Joint::Knee, f::Limbs::Near, 60}};
  const f::Scene seated = f::scene(pull);
  const auto& band = std::get<f::Strap>(seated.props.at(1).shapes.at(0));
  const f::Skeleton& p = seated.start.skeleton;
  CHECK(f::distance_to_segment(band.from, p.from(f::Segment::Foot), p.to(f::Segment::Foot)) ==
        Approx(f::half_width(f::Segment::Foot)).margin(1e-9));
  CHECK(band.from.y > band.to.y);
  CHECK(band.to.y < 0.05);
  CHECK(band.to.x > x_of(p, f::Segment::Foot, f::Side::Near, true));
  CHECK(std::holds_alternative<f::Post>(seated.props.at(1).shapes.at(1)));
}

TEST_CASE("figure: a pillow lies between the knees, over the far leg and under the near one", "[figure]") {
  f::Spec squeeze = held(f::Position::Supine, {{f::Prop::Pillow, f::Placement::Default}});
  squeeze.start.changes = {{f::Joint::Hip, f::Limbs::Both, 45}, {f::Joint::Knee, f::Limbs::Both, 90}};
  const f::Scene side = f::scene(squeeze);
  REQUIRE(side.props.size() == 1);
  const auto& pillow = std::get<f::Roll>(side.props[0].shapes.at(0));
  const f::Skeleton& s = side.start.skeleton;
  // Just above the knee, halfway between the legs (from the side, one behind the other).
  const f::Point near = f::partway(s.from(f::Segment::Thigh, f::Side::Near), s.to(f::Segment::Thigh, f::Side::Near), 0.85);
  const f::Point far = f::partway(s.from(f::Segment::Thigh, f::Side::Far), s.to(f::Segment::Thigh, f::Side::Far), 0.85);
  CHECK(f::distance(pillow.centre, f::partway(near, far, 0.5)) < 1e-9);
  CHECK(pillow.radius > f::half_width(f::Segment::Thigh));  // wider than the leg, so that it shows
  CHECK(f::problems(side).empty());

  // Drawn after the far thigh and before the near one.
  const f::Drawing d = f::draw(side);
  auto index_of = [&](auto match) {
    for (std::size_t i = 0; i < d.marks.size(); ++i) {
      if (match(d.marks[i])) return static_cast<long>(i);
    }
    return -1L;
  };
  // A thigh's fill: from the side the far leg's is shaded (and lies where the near one does).
  auto thigh = [&](f::Side side_of) {
    return [&, side_of](const f::Mark& m) {
      const auto* line = std::get_if<f::Line>(&m);
      const f::Ink fill = side_of == f::Side::Far ? f::Ink::FarSkin : f::Ink::Skin;
      return line != nullptr && line->points.size() == 2 && line->ink == fill &&
             f::distance(line->points[0], s.from(f::Segment::Thigh, side_of)) < 1e-9 &&
             f::distance(line->points[1], s.to(f::Segment::Thigh, side_of)) < 1e-9;
    };
  };
  const long at = index_of([&](const f::Mark& m) {
    const auto* dot = std::get_if<f::Dot>(&m);
    return dot != nullptr && dot->ink == f::Ink::PropFill && f::distance(dot->centre, pillow.centre) < 1e-9;
  });
  REQUIRE(at >= 0);
  CHECK(index_of(thigh(f::Side::Far)) < at);
  CHECK(at < index_of(thigh(f::Side::Near)));

  // From the front, between two knees apart; from above there is no knee to hold it.
  f::Spec apart = held(f::Position::Supine, {{f::Prop::Pillow, f::Placement::BetweenKnees}});
  apart.view = f::View::Front;
  apart.start.changes = {{f::Joint::HipOut, f::Limbs::Both, 20}};
  const f::Scene front = f::scene(apart);
  const f::Skeleton& k = front.start.skeleton;
  const auto& between = std::get<f::Roll>(front.props.at(0).shapes.at(0));
  CHECK(f::distance(between.centre,
                    f::partway(f::partway(k.from(f::Segment::Thigh, f::Side::Near), k.to(f::Segment::Thigh, f::Side::Near), 0.85),
                               f::partway(k.from(f::Segment::Thigh, f::Side::Far), k.to(f::Segment::Thigh, f::Side::Far), 0.85),
                               0.5)) < 1e-9);
  CHECK_FALSE(f::drawn_in(f::Prop::Pillow, f::Placement::Default, f::Position::Supine, f::View::Above));
}

TEST_CASE("figure: an arm hanging off a bed's edge holds nothing up, and the bed is tall enough for it", "[figure]") {
  f::Spec row = held(f::Position::Prone, {{f::Prop::Bed, f::Placement::Default}, {f::Prop::Dumbbell, f::Placement::Near}});
  row.start.changes = {{f::Joint::Shoulder, f::Limbs::Near, 90}};
  row.end = f::PoseSpec{std::nullopt, {{f::Joint::Shoulder, f::Limbs::Near, 0}, {f::Joint::Elbow, f::Limbs::Near, 90}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(row);
  CHECK(f::problems(scene).empty());
  const f::Skeleton& s = scene.start.skeleton;
  // The trunk lies on the bed, not lifted by the arm below its top...
  double trunk = 1e9;
  for (const auto& p : f::surface(s)) {
    if (p.segment == f::Segment::Chest || p.segment == f::Segment::Pelvis) trunk = std::min(trunk, p.at.y);
  }
  CHECK(trunk == Approx(scene.ground.height).margin(1e-6));
  CHECK(s.to(f::Segment::Hand).y < scene.ground.height - 0.2);
  // ...and the bed is raised just so far that the hand clears the floor.
  double hand = 1e9;
  for (const auto& p : f::surface(s)) {
    if (p.side == f::Side::Near && p.segment == f::Segment::Hand) hand = std::min(hand, p.at.y);
  }
  CHECK(hand == Approx(0.04).margin(1e-6));
  CHECK(scene.ground.height > 0.30);
  // One weight, in the near hand (drawn where the movement ends); the
  // arrow follows the arm below the bed.
  const auto& weights = scene.props.at(1).shapes;
  REQUIRE(weights.size() == 1);
  REQUIRE(scene.end);
  CHECK(f::distance(std::get<f::Weight>(weights[0]).centre, scene.end->skeleton.to(f::Segment::Forearm, f::Side::Near)) < 1e-9);
  REQUIRE(scene.motion);
  CHECK(std::any_of(scene.motion->path.begin(), scene.motion->path.end(), [&](f::Point p) { return p.y < scene.ground.height; }));

  // Seen from the front the bed is as it always is: no arm hangs off it.
  f::Spec front = held(f::Position::SideLying, {{f::Prop::Bed, f::Placement::Default}});
  front.view = f::View::Front;
  CHECK(f::scene(front).ground.height == Approx(0.30));
}

TEST_CASE("figure: seen from above, a body lies along the page on its mat and its arms move on the floor", "[figure]") {
  f::Spec t_raise = held(f::Position::Prone, {{f::Prop::Bed, f::Placement::Default}});
  t_raise.view = f::View::Above;
  t_raise.start.changes = {{f::Joint::ShoulderOut, f::Limbs::Both, 90}};
  t_raise.end = f::PoseSpec{std::nullopt, {{f::Joint::ShoulderAcross, f::Limbs::Both, -20}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(t_raise);
  CHECK(f::problems(scene).empty());
  // Face down, the page shows the body from behind, the head to the right.
  const f::Skeleton& s = scene.start.skeleton;
  CHECK(s.view == f::View::Back);
  CHECK(f::head_centre(s).x > s.from(f::Segment::Pelvis).x + 0.3);
  CHECK(f::head_centre(s).y == Approx(s.from(f::Segment::Pelvis).y).margin(1e-9));
  // Out in a T: both arms square to the body, at their full length on the
  // page, one each side of it.
  for (f::Side side : f::kBothSides) {
    const f::Point shoulder = s.from(f::Segment::UpperArm, side);
    const f::Point hand = s.to(f::Segment::Hand, side);
    CHECK(std::abs(hand.y - shoulder.y) == Approx(f::length(f::Segment::UpperArm) + f::length(f::Segment::Forearm) + f::length(f::Segment::Hand)).epsilon(0.01));
    CHECK(hand.x == Approx(shoulder.x).margin(1e-6));
  }
  CHECK((s.to(f::Segment::Hand, f::Side::Near).y - s.from(f::Segment::Pelvis).y) *
            (s.to(f::Segment::Hand, f::Side::Far).y - s.from(f::Segment::Pelvis).y) < 0);
  // Nothing falls: the pelvis stays where it lay, and the bed is no higher
  // than the floor, drawn as the mat round the body.
  REQUIRE(scene.end);
  CHECK(f::distance(scene.end->pose.hip, scene.start.pose.hip) < 1e-12);
  CHECK(scene.ground.height == 0);
  const f::Drawing d = f::draw(scene);
  REQUIRE(!d.marks.empty());
  const auto* mat = std::get_if<f::Shape>(&d.marks.front());
  REQUIRE(mat);
  for (const auto& p : f::surface(s)) {
    CHECK(p.at.x > mat->points[0].x);
    CHECK(p.at.x < mat->points[2].x);
    CHECK(p.at.y > mat->points[0].y);
    CHECK(p.at.y < mat->points[2].y);
  }
  // Lifting the arms toward the viewer is shown by a turning arrow.
  CHECK(std::any_of(scene.turns.begin(), scene.turns.end(), [](const f::Turn& t) { return t.joint == f::Joint::ShoulderAcross; }));
  // On the back, the page shows the body from the front.
  f::Spec supine = held(f::Position::Supine);
  supine.view = f::View::Above;
  CHECK(f::scene(supine).start.skeleton.view == f::View::Front);
}

TEST_CASE("figure: a wall behind touches the back, a band runs from the hand", "[figure]") {
  f::Spec spec = held(f::Position::Standing, {{f::Prop::Wall, f::Placement::Behind}, {f::Prop::Band, f::Placement::Default}});
  spec.start.changes.push_back({f::Joint::Shoulder, f::Limbs::Both, 90});
  const f::Scene scene = f::scene(spec);
  const auto& wall = std::get<f::Post>(scene.props[0].shapes[0]);
  double back = 1e9;
  for (const auto& p : f::surface(scene.start.skeleton)) back = std::min(back, p.at.x);
  CHECK(wall.foot.x == Approx(back));
  const auto& band = std::get<f::Strap>(scene.props[1].shapes[0]);
  CHECK(f::distance(band.from, scene.start.skeleton.to(f::Segment::Hand)) < 1e-9);
}

TEST_CASE("figure: a joint beyond its range and a body through the floor are problems", "[figure]") {
  f::Spec spec = held(f::Position::Standing);
  spec.start.changes.push_back({f::Joint::Knee, f::Limbs::Near, 160});
  const auto problems = f::problems(f::scene(spec));
  REQUIRE(!problems.empty());
  CHECK(problems[0] == "start pose: near knee at 160 degrees, beyond 0 to 135");

  f::Scene sunk = f::scene(held(f::Position::Standing));
  sunk.start.pose.hip.y -= 0.1;
  sunk.start.skeleton = f::skeleton(sunk.start.pose);
  const auto below = f::problems(sunk);
  CHECK(std::any_of(below.begin(), below.end(), [](const std::string& p) { return p.find("below") != std::string::npos; }));
  CHECK(std::any_of(below.begin(), below.end(), [](const std::string& p) { return p.find("does not touch") == std::string::npos; }));
}

TEST_CASE("figure: a movement gets an arrow along the moving part's path, a turn a ring", "[figure]") {
  f::Spec spec = held(f::Position::Seated, {{f::Prop::Chair, f::Placement::Default}});
  spec.end = f::PoseSpec{std::nullopt, {{f::Joint::Knee, f::Limbs::Near, 0}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(spec);
  REQUIRE(scene.motion);
  // The arrow ends ahead of where it starts: the foot swings forward and up.
  CHECK(scene.motion->path.back().x > scene.motion->path.front().x);
  CHECK(scene.motion->path.back().y > scene.motion->path.front().y);
  CHECK(f::problems(scene).empty());

  f::Spec turn = held(f::Position::Seated, {{f::Prop::Chair, f::Placement::Default}});
  turn.end = f::PoseSpec{std::nullopt, {{f::Joint::NeckTurn, f::Limbs::Both, 60}}, std::nullopt, std::nullopt};
  const f::Scene turning = f::scene(turn);
  CHECK(!turning.motion);
  REQUIRE(turning.turns.size() == 1);
  CHECK(turning.turns[0].joint == f::Joint::NeckTurn);
}

TEST_CASE("figure: the SVG is the same bytes every time and draws every mark", "[figure]") {
  f::Spec spec = held(f::Position::Quadruped);
  spec.end = f::PoseSpec{std::nullopt, {{f::Joint::Spine, f::Limbs::Both, 25}}, std::nullopt, std::nullopt};
  const f::Drawing drawing = f::draw(f::scene(spec));
  const std::string a = f::svg(drawing, 40, "Cat & camel");
  const std::string b = f::svg(f::draw(f::scene(spec)), 40, "Cat & camel");
  CHECK(a == b);
  CHECK(a.find("<title>Cat &amp; camel</title>") != std::string::npos);
  CHECK(a.find("width=\"40.0mm\"") != std::string::npos);
  std::size_t elements = 0;
  for (std::string_view tag : {"<line ", "<polyline ", "<circle ", "<polygon "}) {
    for (std::size_t at = a.find(tag); at != std::string::npos; at = a.find(tag, at + 1)) ++elements;
  }
  CHECK(elements == drawing.marks.size());
  CHECK(drawing.low.x < drawing.high.x);
  CHECK(drawing.low.y < 0);  // the floor's line is below 0
}

TEST_CASE("figure: on all fours, a back that rounds or arches keeps the thighs and arms under it", "[figure]") {
  // The angle of a limb to the line from the hips to the shoulders.
  auto against_back = [](const f::Skeleton& s, f::Segment limb) {
    const f::Point hip = s.from(f::Segment::Thigh), shoulder = s.from(f::Segment::UpperArm);
    const double d = s.towards(limb) - std::atan2(shoulder.x - hip.x, shoulder.y - hip.y) * 180 / f::kPi;
    return std::remainder(d, 360.0);
  };
  const f::Scene base = f::scene(held(f::Position::Quadruped));
  f::Spec cat = held(f::Position::Quadruped);
  cat.start.changes = {{f::Joint::Spine, f::Limbs::Both, -25}};
  cat.end = f::PoseSpec{std::nullopt, {{f::Joint::Spine, f::Limbs::Both, 30}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(cat);
  CHECK(f::problems(scene).empty());
  for (const f::Skeleton* s : {&scene.start.skeleton, &scene.end->skeleton}) {
    for (f::Segment limb : {f::Segment::Thigh, f::Segment::UpperArm}) {
      CHECK(against_back(*s, limb) == Approx(against_back(base.start.skeleton, limb)).margin(0.01));
    }
  }
  // The hips bend less as the back rounds, more as it arches.
  CHECK(scene.end->pose.angle(f::Joint::Hip) < base.start.pose.angle(f::Joint::Hip));
  CHECK(scene.start.pose.angle(f::Joint::Hip) > base.start.pose.angle(f::Joint::Hip));
  // A hip the notation sets stays as written, in the end pose too.
  cat.start.changes.push_back({f::Joint::Hip, f::Limbs::Both, 80});
  const f::Scene written = f::scene(cat);
  CHECK(written.start.pose.angle(f::Joint::Hip) == 80);
  CHECK(written.end->pose.angle(f::Joint::Hip) == 80);
}

TEST_CASE("figure: a body leans through a doorway past the frame its forearm rests on", "[figure]") {
  f::Spec stretch = held(f::Position::Standing, {{f::Prop::Doorway, f::Placement::Behind}});
  stretch.start.changes = {{f::Joint::Ankle, f::Limbs::Both, 15},       {f::Joint::ShoulderOut, f::Limbs::Near, 80},
                           {f::Joint::ShoulderTurn, f::Limbs::Near, 90}, {f::Joint::Elbow, f::Limbs::Near, 90},
                           {f::Joint::ShoulderAcross, f::Limbs::Near, -30}};
  const f::Scene scene = f::scene(stretch);
  CHECK(f::problems(scene).empty());
  // Held by the frame, the body leans forward as far as its ankles bend.
  CHECK(scene.start.pose.pelvis == Approx(15).margin(1));
  REQUIRE(scene.props.size() == 1);
  const auto& post = std::get<f::Post>(scene.props[0].shapes.at(0));
  const f::Skeleton& s = scene.start.skeleton;
  // The frame is at the near forearm, behind the chest and head that lean past it.
  CHECK(post.foot.x == Approx(std::max(s.from(f::Segment::Forearm).x, s.to(f::Segment::Forearm).x) +
                              f::half_width(f::Segment::Forearm)).margin(0.01));
  CHECK(post.foot.x < f::head_centre(s).x);
  CHECK_FALSE(scene.props[0].solid);
  // Unplaced, the frame stands ahead of the whole body.
  const f::Scene ahead = f::scene(held(f::Position::Standing, {{f::Prop::Doorway, f::Placement::Default}}));
  CHECK(std::get<f::Post>(ahead.props[0].shapes.at(0)).foot.x > f::head_centre(ahead.start.skeleton).x);
}

TEST_CASE("figure: seen across the body, a door frame stands at the near hand pressing on it", "[figure]") {
  auto frame = [](double turn, f::View view) {
    f::Spec spec = held(f::Position::Standing, {{f::Prop::Doorway, f::Placement::Default}});
    spec.view = view;
    spec.start.changes = {{f::Joint::Elbow, f::Limbs::Near, 90}, {f::Joint::ShoulderTurn, f::Limbs::Near, turn}};
    return f::scene(spec);
  };
  for (f::View view : {f::View::Front, f::View::Back}) {
    INFO(f::name(view));
    for (double turn : {-20.0, 20.0}) {
      INFO("shoulder_turn " << turn);
      const f::Scene scene = frame(turn, view);
      CHECK(f::problems(scene).empty());
      const f::Skeleton& s = scene.start.skeleton;
      const double hand = s.to(f::Segment::Hand).x;
      const double post = std::get<f::Post>(scene.props.at(0).shapes.at(0)).foot.x;
      CHECK(std::abs(post - hand) < 0.03);
      // Turning in, the frame is on the hand's inner side, in front of the
      // trunk; turning out, on its outer side.
      const bool inner = std::abs(post - s.from(f::Segment::Pelvis).x) < std::abs(hand - s.from(f::Segment::Pelvis).x);
      CHECK(inner == (turn < 0));
      CHECK(scene.props[0].under_near_arm == (turn < 0));
    }
  }
}

TEST_CASE("figure: a pillow under the top knee of a body lying on its side rests on the floor and holds the knee", "[figure]") {
  f::Spec spec = held(f::Position::SideLying, {{f::Prop::Pillow, f::Placement::UnderKnee}});
  spec.view = f::View::Front;
  spec.start.changes = {{f::Joint::Hip, f::Limbs::Near, 60}, {f::Joint::Knee, f::Limbs::Near, 90}};
  spec.end = f::PoseSpec{std::nullopt, {{f::Joint::HipOut, f::Limbs::Far, -20}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(spec);
  CHECK(f::problems(scene).empty());
  const auto& pillow = std::get<f::Roll>(scene.props.at(0).shapes.at(0));
  const f::Point knee = scene.end->skeleton.to(f::Segment::Thigh, f::Side::Near);
  CHECK(pillow.centre.y - pillow.radius == Approx(0).margin(1e-9));
  CHECK(pillow.centre.x == Approx(knee.x));
  CHECK(pillow.centre.y + pillow.radius == Approx(knee.y - f::half_width(f::Segment::Thigh, f::View::Front)));
  // Drawn over the far leg and under the near one, as between the knees.
  const f::Drawing d = f::draw(scene);
  CHECK(std::any_of(d.marks.begin(), d.marks.end(), [&](const f::Mark& m) {
    const auto* dot = std::get_if<f::Dot>(&m);
    return dot != nullptr && dot->ink == f::Ink::PropFill && std::abs(dot->centre.x - pillow.centre.x) < 1e-9;
  }));
}

TEST_CASE("figure: a body lying face down on a pillow under its hips drapes over it", "[figure]") {
  f::Spec spec = held(f::Position::Prone, {{f::Prop::Pillow, f::Placement::UnderHips}});
  spec.end = f::PoseSpec{std::nullopt, {{f::Joint::Hip, f::Limbs::Near, 0}}, std::nullopt, std::nullopt};
  const f::Scene scene = f::scene(spec);
  CHECK(f::problems(scene).empty());
  // The pillow lies on the floor, under the hips.
  const auto& pillow = std::get<f::Roll>(scene.props.at(0).shapes.at(0));
  CHECK(pillow.centre.y - pillow.radius == Approx(0).margin(1e-3));
  const f::Skeleton& s = scene.start.skeleton;
  CHECK(std::abs(pillow.centre.x - s.from(f::Segment::Pelvis).x) < 0.05);
  // The hips bend so that the legs reach the floor past it, and the chest
  // or head rests on the floor too.
  CHECK(scene.start.pose.angle(f::Joint::Hip) > 2);
  double legs = 1, trunk = 1;
  for (const auto& p : f::surface(s)) {
    const bool leg = p.segment == f::Segment::Thigh || p.segment == f::Segment::Shank || p.segment == f::Segment::Foot;
    (leg ? legs : trunk) = std::min(leg ? legs : trunk, p.at.y);
  }
  CHECK(legs == Approx(0).margin(0.006));
  CHECK(std::min(trunk, f::head_centre(s).y - f::head_radius()) == Approx(0).margin(0.006));
  // A hip the pose sets is left as written.
  spec.start.changes = {{f::Joint::Hip, f::Limbs::Both, 0}};
  CHECK(f::scene(spec).start.pose.angle(f::Joint::Hip) == 0);
}
