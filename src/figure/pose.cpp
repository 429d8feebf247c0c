#include "figure/pose.h"

#include <fmt/format.h>

#include <cmath>

namespace regimen::figure {
namespace {

constexpr double kPi = 3.14159265358979323846;

Point along(Point from, double degrees, double length) {
  const double radians = degrees * kPi / 180;
  return {from.x + std::sin(radians) * length, from.y + std::cos(radians) * length};
}

}  // namespace

Skeleton skeleton(const Pose& pose) {
  Skeleton out{};
  auto place = [&](Segment s, Point from, double direction) {
    const auto i = static_cast<std::size_t>(s);
    out.start[i] = from;
    out.direction[i] = direction;
    out.end[i] = along(from, direction, length(s));
    return out.end[i];
  };
  // Each segment's direction is its parent's turned by the joint between
  // them. A limb hangs straight down (180) at 0; flexion swings an arm or a
  // thigh forward and up, a forearm forward, a shank back; dorsiflexion
  // lifts the toes, which point forward (90) from a vertical shank at 0.
  const Point waist = place(Segment::Pelvis, pose.hip, pose.pelvis);
  const double chest = pose.pelvis + pose[Joint::Spine];
  const Point shoulder = place(Segment::Chest, waist, chest);
  const double neck = chest + pose[Joint::NeckJoint];
  const Point chin = place(Segment::Neck, shoulder, neck);
  place(Segment::Head, chin, neck + pose[Joint::HeadNod]);
  const double upper_arm = chest + 180 - pose[Joint::Shoulder];
  const Point elbow = place(Segment::UpperArm, shoulder, upper_arm);
  const double forearm = upper_arm - pose[Joint::Elbow];
  const Point wrist = place(Segment::Forearm, elbow, forearm);
  place(Segment::Hand, wrist, forearm - pose[Joint::Wrist]);
  const double thigh = pose.pelvis + 180 - pose[Joint::Hip];
  const Point knee = place(Segment::Thigh, pose.hip, thigh);
  const double shank = thigh + pose[Joint::Knee];
  const Point ankle = place(Segment::Shank, knee, shank);
  place(Segment::Foot, ankle, shank - 90 - pose[Joint::Ankle]);
  return out;
}

std::vector<std::string> out_of_range(const Pose& pose) {
  std::vector<std::string> out;
  for (Joint joint : kAllJoints) {
    const Range range = range_of_motion(joint);
    if (!range.contains(pose[joint])) {
      out.push_back(fmt::format("{} at {:g} degrees, beyond {:g} to {:g}", name(joint), pose[joint], range.least,
                                range.most));
    }
  }
  return out;
}

}  // namespace regimen::figure
