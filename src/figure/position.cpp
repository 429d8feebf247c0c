#include "figure/position.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "figure/geometry.h"

namespace regimen::figure {
namespace {

Pose pose(double pelvis, std::initializer_list<std::pair<Joint, double>> joints) {
  Pose out;
  out.pelvis = pelvis;
  for (auto [joint, degrees] : joints) out.set(joint, degrees);
  return out;
}

PositionInfo side_view(Position position) {
  // The pelvis's direction sets the lie: 0 upright facing right, 90 face
  // down with the head to the right, -90 face up with the head to the left.
  switch (position) {
    case Position::Standing:
      return {pose(0, {}), Support::Feet, {{Segment::Foot, Segment::Shank, "a foot"}}};
    case Position::Seated:
      return {pose(0, {{Joint::Hip, 90}, {Joint::Knee, 90}, {Joint::Shoulder, 25}, {Joint::Elbow, 55}}), Support::Seat, {{Segment::Pelvis, Segment::Pelvis, "the pelvis"}}};
    case Position::LongSitting:
      return {pose(0, {{Joint::Hip, 90}, {Joint::Shoulder, 45}, {Joint::Elbow, 20}}), Support::Rest, {{Segment::Pelvis, Segment::Pelvis, "the pelvis"}}};
    case Position::Quadruped:
      // Thighs and arms straight down, the back rising a little to the
      // shoulders as the arms are longer than the thighs; the shins rise a
      // little from the knees, the feet pointed as the ankle's range allows.
      return {pose(70, {{Joint::Hip, 70}, {Joint::Knee, 115}, {Joint::Ankle, -50}, {Joint::Shoulder, 70}, {Joint::Wrist, -70}}),
              Support::Rest,
              {{Segment::Hand, Segment::Hand, "a hand"}, {Segment::Shank, Segment::Thigh, "a knee"}}};
    case Position::Supine:
      return {pose(-90, {{Joint::Ankle, -20}}), Support::Rest, {{Segment::Chest, Segment::Head, "the upper back or head"}}};
    case Position::Prone:
      return {pose(90, {{Joint::Ankle, -50}, {Joint::NeckJoint, -10}}), Support::Rest,
              {{Segment::Pelvis, Segment::Chest, "the front of the trunk"}}};
    case Position::SideLying:
      // Lying on the side with hips and knees a little bent, seen from the
      // side the legs bend to.
      return {pose(-90, {{Joint::Hip, 30}, {Joint::Knee, 40}, {Joint::Ankle, -20}}),
              Support::Rest,
              {{Segment::Chest, Segment::Pelvis, "the side of the trunk"}}};
    case Position::Kneeling:
      return {pose(0, {{Joint::Knee, 115}, {Joint::Ankle, -50}}), Support::Rest, {{Segment::Shank, Segment::Thigh, "a knee"}}};
    case Position::HalfKneeling: {
      // The near foot forward on the floor, the far knee down.
      Pose p = pose(0, {});
      p.set(Joint::Hip, Side::Near, 90);
      p.set(Joint::Knee, Side::Near, 90);
      p.set(Joint::Knee, Side::Far, 115);
      p.set(Joint::Ankle, Side::Far, -50);
      return {p, Support::Rest, {{Segment::Foot, Segment::Shank, "the front foot"}, {Segment::Shank, Segment::Thigh, "the back knee"}}};
    }
    case Position::Plank:
      return {pose(90, {{Joint::Shoulder, 90}, {Joint::Wrist, -70}}), Support::Rest,
              {{Segment::Hand, Segment::Hand, "a hand"}, {Segment::Foot, Segment::Foot, "a foot"}}};
    case Position::Hand:
      // The hand open, the palm turned to the side as in a handshake.
      return {pose(0, {}), Support::None, {}};
    case Position::Foot:
      // The foot flat on the floor, the toes relaxed; figure/foot.h places it.
      return {pose(0, {}), Support::None, {}};
  }
  return {};
}

}  // namespace

PositionInfo position_info(Position position, View view) {
  PositionInfo info = side_view(position);
  if (close_up(position)) {
    info.base.view = view;
    return info;
  }
  if (view == View::Above) {
    // The floor is behind the page: nothing to rest on or to check touches it.
    info.base.view = position == Position::Prone ? View::Back : View::Front;
    info.base.pelvis = 90;
    info.support = Support::Flat;
    info.contacts.clear();
    return info;
  }
  info.base.view = view;
  if (across(view)) {
    // Lying on the left side, the right side up: the head to the right seen
    // from the front, to the left seen from behind.
    const double on_side = view == View::Front ? 90 : -90;
    if (position == Position::SideLying) {
      // On the left side, the left arm reaching past the head along the
      // floor, the right arm along the body.
      info.base = pose(on_side, {});
      info.base.set(Joint::ShoulderOut, Side::Far, 180);
      info.base.view = view;
      // The lower shoulder sticks out past the chest's width: it, or the
      // hip, rests on the floor.
      info.contacts = {{Segment::Pelvis, Segment::UpperArm, "the hip or the lower shoulder"}};
    } else if (position == Position::Plank) {
      // Seen from the front or behind a plank is on its side: propped on the left
      // forearm, the body straight.
      info.base = pose(on_side, {});
      info.base.set(Joint::ShoulderOut, Side::Far, 90);
      info.base.set(Joint::Elbow, Side::Far, 90);
      info.base.view = view;
      info.contacts = {{Segment::UpperArm, Segment::Forearm, "the lower forearm"}, {Segment::Foot, Segment::Shank, "a foot"}};
    } else {
      info.base.lean = info.base.pelvis;
      info.base.pelvis = 0;
    }
  }
  return info;
}

namespace {

double wrapped(double degrees) {
  while (degrees > 180) degrees -= 360;
  while (degrees <= -180) degrees += 360;
  return degrees;
}

// The limb's direction against the line from the hips to the shoulders.
double against_back(const Pose& pose, Segment limb) {
  const Skeleton s = skeleton(pose);
  const Point hip = s.from(Segment::Thigh), shoulder = s.from(Segment::UpperArm);
  const double back = std::atan2(shoulder.x - hip.x, shoulder.y - hip.y) * 180 / kPi;
  return wrapped(s.towards(limb) - back);
}

}  // namespace

void keep_limbs_under(Pose& pose, bool hips, bool shoulders) {
  const Pose base = position_info(Position::Quadruped, View::Side).base;
  for (auto [joint, limb, wanted] : {std::tuple{Joint::Hip, Segment::Thigh, hips}, std::tuple{Joint::Shoulder, Segment::UpperArm, shoulders}}) {
    if (!wanted) continue;
    const double target = against_back(base, limb);
    // Neither joint moves the hips or the shoulders, so the line between
    // them stays; the limb turns one for one with its joint, and a few
    // steps of Newton's method settle it.
    for (int i = 0; i < 4; ++i) {
      const double off = wrapped(against_back(pose, limb) - target);
      Pose probe = pose;
      probe.set(joint, pose.angle(joint) + 1);
      const double slope = wrapped(against_back(probe, limb) - against_back(pose, limb));
      if (std::abs(slope) < 1e-9) break;
      pose.set(joint, pose.angle(joint) - off / slope);
    }
    const Range range = range_of_motion(joint);
    pose.set(joint, std::clamp(pose.angle(joint), range.least, range.most));
  }
}

}  // namespace regimen::figure
