// The side-view figure: its proportions, its joints' ranges, and the points
// a pose puts its segments at.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "figure/body.h"
#include "figure/pose.h"

namespace f = regimen::figure;

namespace {

double distance(f::Point a, f::Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Standing in the anatomical position, hips at their height above the floor.
f::Pose standing() {
  f::Pose pose;
  pose.hip = {0, 0.530};
  return pose;
}

}  // namespace

TEST_CASE("figure: standing, the landmarks are at Drillis and Contini's heights", "[figure]") {
  const f::Skeleton s = f::skeleton(standing());
  CHECK(s.to(f::Segment::Head).y == Approx(1.000));
  CHECK(s.to(f::Segment::Neck).y == Approx(0.870));
  CHECK(s.from(f::Segment::UpperArm).y == Approx(0.818));
  CHECK(s.to(f::Segment::UpperArm).y == Approx(0.630));
  CHECK(s.to(f::Segment::Forearm).y == Approx(0.485));
  CHECK(s.to(f::Segment::Hand).y == Approx(0.377));
  CHECK(s.to(f::Segment::Thigh).y == Approx(0.285));
  CHECK(s.to(f::Segment::Shank).y == Approx(0.039));
  // The foot points forward from the ankle, level.
  CHECK(s.to(f::Segment::Foot).x == Approx(0.152));
  CHECK(s.to(f::Segment::Foot).y == Approx(0.039));
  // Everything stands in one vertical line but the foot.
  CHECK(s.to(f::Segment::Hand).x == Approx(0).margin(1e-12));
  CHECK(s.to(f::Segment::Head).x == Approx(0).margin(1e-12));
}

TEST_CASE("figure: every joint's range holds the anatomical position and is ordered", "[figure]") {
  for (f::Joint joint : f::kAllJoints) {
    INFO(f::name(joint));
    const f::Range range = f::range_of_motion(joint);
    CHECK(range.least < range.most);
    CHECK(range.contains(0));
    // The fingers and thumb move within the hand, the toes within the foot,
    // drawn only in their close-ups (hand.h, foot.h).
    if (!f::of_fingers(joint) && !f::of_toes(joint)) CHECK(f::moved(joint) != f::parent(joint));
  }
  CHECK(f::out_of_range(standing()).empty());
}

TEST_CASE("figure: joint angles move the segments the way their names say", "[figure]") {
  f::Pose pose = standing();
  pose.set(f::Joint::Shoulder, 90);  // the arm straight forward
  f::Skeleton s = f::skeleton(pose);
  const f::Point shoulder = s.from(f::Segment::UpperArm);
  const double arm = f::length(f::Segment::UpperArm) + f::length(f::Segment::Forearm) + f::length(f::Segment::Hand);
  CHECK(s.to(f::Segment::Hand).x == Approx(shoulder.x + arm));
  CHECK(s.to(f::Segment::Hand).y == Approx(shoulder.y));

  pose = standing();
  pose.set(f::Joint::Hip, 90);   // the thigh forward, level
  pose.set(f::Joint::Knee, 90);  // the shank straight down again
  s = f::skeleton(pose);
  CHECK(s.to(f::Segment::Thigh).x == Approx(f::length(f::Segment::Thigh)));
  CHECK(s.to(f::Segment::Thigh).y == Approx(0.530));
  CHECK(s.to(f::Segment::Shank).x == Approx(f::length(f::Segment::Thigh)));
  CHECK(s.to(f::Segment::Shank).y == Approx(0.530 - f::length(f::Segment::Shank)));

  pose = standing();
  pose.set(f::Joint::Spine, 45);  // bent forward at the middle of the back
  s = f::skeleton(pose);
  CHECK(s.to(f::Segment::Chest).x > 0);
  CHECK(s.to(f::Segment::Chest).y < 0.818);

  pose = standing();
  pose.set(f::Joint::Ankle, 20);  // toes lifted
  s = f::skeleton(pose);
  CHECK(s.to(f::Segment::Foot).y > 0.039);
}

TEST_CASE("figure: a joint beyond its range is named with the range", "[figure]") {
  f::Pose pose = standing();
  pose.set(f::Joint::Knee, 150);
  pose.set(f::Joint::Elbow, -10);
  const auto problems = f::out_of_range(pose);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == "far elbow at -10 degrees, beyond 0 to 150");
  CHECK(problems[1] == "near elbow at -10 degrees, beyond 0 to 150");
  CHECK(problems[2] == "far knee at 150 degrees, beyond 0 to 135");
  CHECK(problems[3] == "near knee at 150 degrees, beyond 0 to 135");
}

// Sets each joint `chosen` picks, on both sides, to an angle drawn at random
// within its range of motion.
template <typename Choice>
void set_at_random(f::Pose& pose, std::mt19937& random, Choice chosen) {
  for (f::Joint joint : f::kAllJoints) {
    if (!chosen(joint)) continue;
    const f::Range range = f::range_of_motion(joint);
    for (f::Side side : f::kBothSides) {
      pose.set(joint, side, std::uniform_real_distribution<double>(range.least, range.most)(random));
    }
  }
}

TEST_CASE("figure: from the side, any pose in the page's plane keeps every segment's length and joins it to its parent", "[figure]") {
  std::mt19937 random(7);
  for (int n = 0; n < 500; ++n) {
    f::Pose pose;
    pose.hip = {std::uniform_real_distribution<double>(-1, 1)(random), std::uniform_real_distribution<double>(0, 1)(random)};
    pose.pelvis = std::uniform_real_distribution<double>(-180, 180)(random);
    // The shoulder girdle's joints move the shoulder off the chest's end,
    // and turning the arm across the chest takes a raised arm out of the
    // page (both tested below).
    set_at_random(pose, random, [](f::Joint joint) {
      return f::in_plane(joint, f::View::Side) && joint != f::Joint::BladeUp && joint != f::Joint::BladeForward &&
             joint != f::Joint::ShoulderAcross;
    });
    const f::Skeleton s = f::skeleton(pose);
    for (f::Side side : f::kBothSides) {
      for (f::Joint joint : f::kAllJoints) {
        const f::Segment child = f::moved(joint);
        INFO(f::name(joint));
        CHECK(distance(s.from(child, side), s.to(child, side)) == Approx(f::length(child)));
      }
      // The limbs and the neck start where their parent says.
      CHECK(distance(s.from(f::Segment::UpperArm, side), s.to(f::Segment::Chest)) == Approx(0).margin(1e-12));
      CHECK(distance(s.from(f::Segment::Thigh, side), pose.hip) == Approx(0).margin(1e-12));
      CHECK(distance(s.from(f::Segment::Foot, side), s.to(f::Segment::Shank, side)) == Approx(0).margin(1e-12));
    }
    CHECK(f::out_of_range(pose).empty());
  }
}

TEST_CASE("figure: a shrug lifts the shoulder and protraction brings it forward, on the collarbone", "[figure]") {
  f::Pose rest;
  rest.hip = {0, 0.530};
  const f::Skeleton still = f::skeleton(rest);
  const f::Point top = still.to(f::Segment::Chest);
  CHECK(distance(still.from(f::Segment::UpperArm), top) == Approx(0).margin(1e-12));

  f::Pose shrug = rest;
  shrug.set(f::Joint::BladeUp, f::Side::Near, 30);
  const f::Skeleton up = f::skeleton(shrug);
  CHECK(up.from(f::Segment::UpperArm, f::Side::Near).y - top.y == Approx(f::kShoulderOffset * 0.5).margin(1e-9));
  CHECK(up.from(f::Segment::UpperArm, f::Side::Near).x == Approx(top.x).margin(1e-9));
  CHECK(up.from(f::Segment::UpperArm, f::Side::Far).y == Approx(top.y).margin(1e-9));  // one side only
  // The arm hangs from the raised shoulder, its length unchanged.
  CHECK(distance(up.from(f::Segment::UpperArm, f::Side::Near), up.to(f::Segment::UpperArm, f::Side::Near)) ==
        Approx(f::length(f::Segment::UpperArm)));

  f::Pose reach = rest;
  reach.set(f::Joint::BladeForward, 30);
  const f::Skeleton forward = f::skeleton(reach);
  for (f::Side side : f::kBothSides) {
    CHECK(forward.from(f::Segment::UpperArm, side).x - top.x == Approx(f::kShoulderOffset * 0.5).margin(1e-9));
  }
  f::Pose squeeze = rest;
  squeeze.set(f::Joint::BladeForward, -20);
  CHECK(f::skeleton(squeeze).from(f::Segment::UpperArm).x < top.x);

  // From the front a shrug is seen, the shoulder lifted at the side.
  shrug.view = f::View::Front;
  const f::Skeleton front = f::skeleton(shrug);
  CHECK(front.from(f::Segment::UpperArm, f::Side::Near).y > front.from(f::Segment::UpperArm, f::Side::Far).y + 0.05);
  CHECK(f::in_plane(f::Joint::BladeUp, f::View::Front));
  CHECK_FALSE(f::in_plane(f::Joint::BladeForward, f::View::Front));
}

TEST_CASE("figure: turning the arm across the chest swings a raised arm forward about the trunk", "[figure]") {
  f::Pose out;
  out.hip = {0, 0.530};
  out.set(f::Joint::ShoulderOut, 90);  // a T: the arms point straight out of the page from the side
  const f::Skeleton t = f::skeleton(out);
  const f::Point shoulder = t.from(f::Segment::UpperArm, f::Side::Near);
  CHECK(distance(shoulder, t.to(f::Segment::UpperArm, f::Side::Near)) == Approx(0).margin(1e-9));
  f::Pose across = out;
  across.set(f::Joint::ShoulderAcross, 90);  // now pointing straight ahead
  const f::Skeleton a = f::skeleton(across);
  for (f::Side side : f::kBothSides) {
    CHECK(a.to(f::Segment::UpperArm, side).x - a.from(f::Segment::UpperArm, side).x ==
          Approx(f::length(f::Segment::UpperArm)).margin(1e-9));
  }
  f::Pose back = out;
  back.set(f::Joint::ShoulderAcross, -30);  // behind the shoulder: horizontal abduction
  const f::Skeleton b = f::skeleton(back);
  CHECK(b.to(f::Segment::UpperArm).x - b.from(f::Segment::UpperArm).x ==
        Approx(-f::length(f::Segment::UpperArm) * 0.5).margin(1e-9));
}

TEST_CASE("figure: a movement out of the page's plane shortens a segment on the page, never lengthens it", "[figure]") {
  std::mt19937 random(11);
  for (f::View view : {f::View::Side, f::View::Front}) {
    for (int n = 0; n < 300; ++n) {
      f::Pose pose;
      pose.view = view;
      pose.lean = std::uniform_real_distribution<double>(-90, 90)(random);
      set_at_random(pose, random, [](f::Joint) { return true; });
      const f::Skeleton s = f::skeleton(pose);
      for (f::Side side : f::kBothSides) {
        for (f::Joint joint : f::kAllJoints) {
          const f::Segment child = f::moved(joint);
          CHECK(distance(s.from(child, side), s.to(child, side)) <= f::length(child) + 1e-9);
        }
      }
    }
  }
}

TEST_CASE("figure: from the front, the limbs lift out to their own sides", "[figure]") {
  f::Pose pose;
  pose.view = f::View::Front;
  pose.hip = {0, 0.530};
  pose.set(f::Joint::ShoulderOut, 90);
  pose.set(f::Joint::HipOut, 30);
  const f::Skeleton s = f::skeleton(pose);
  // The near (right) side is on the left of the page, as facing someone.
  CHECK(s.to(f::Segment::Hand, f::Side::Near).x < -0.4);
  CHECK(s.to(f::Segment::Hand, f::Side::Far).x > 0.4);
  CHECK(s.to(f::Segment::Hand, f::Side::Near).y == Approx(0.818).margin(0.01));
  CHECK(s.to(f::Segment::Shank, f::Side::Near).x < -0.2);
  CHECK(s.to(f::Segment::Shank, f::Side::Far).x > 0.2);
  // Seen from the side, the same arms point at the viewer and away.
  pose.view = f::View::Side;
  const f::Skeleton side = f::skeleton(pose);
  CHECK(side.to(f::Segment::Hand, f::Side::Near).x == Approx(0).margin(1e-9));
  CHECK(side.nearness(f::Segment::Hand, f::Side::Near) > 0.4);
  CHECK(side.nearness(f::Segment::Hand, f::Side::Far) < -0.4);
}
