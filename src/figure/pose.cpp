#include "figure/pose.h"

#include <fmt/format.h>

#include <cmath>

#include "figure/geometry.h"

namespace regimen::figure {

bool of_limb(Segment segment) {
  switch (segment) {
    case Segment::Pelvis:
    case Segment::Chest:
    case Segment::Neck:
    case Segment::Head: return false;
    case Segment::UpperArm:
    case Segment::Forearm:
    case Segment::Hand:
    case Segment::Thigh:
    case Segment::Shank:
    case Segment::Foot: return true;
  }
  return false;
}

Skeleton skeleton(const Pose& pose) {
  Skeleton out{};
  auto place = [&](Side side, Segment s, Point from, double direction) {
    const auto i = static_cast<std::size_t>(s);
    const auto k = Skeleton::index(side);
    out.start[k][i] = from;
    out.direction[k][i] = direction;
    out.end[k][i] = along(from, direction, length(s));
    return out.end[k][i];
  };
  // Each segment's direction is its parent's turned by the joint between
  // them. A limb hangs straight down (180) at 0; flexion swings an arm or a
  // thigh forward and up, a forearm forward, a shank back; dorsiflexion
  // lifts the toes, which point forward (90) from a vertical shank at 0.
  // The hand is drawn palm back, as when it pushes or rests on a support:
  // flexion curls it back, extension lifts it forward.
  for (Side side : kBothSides) {
    const Point waist = place(side, Segment::Pelvis, pose.hip, pose.pelvis);
    const double chest = pose.pelvis + pose.angle(Joint::Spine);
    const Point shoulder = place(side, Segment::Chest, waist, chest);
    const double neck = chest + pose.angle(Joint::NeckJoint);
    const Point chin = place(side, Segment::Neck, shoulder, neck);
    place(side, Segment::Head, chin, neck + pose.angle(Joint::HeadNod));
    const double upper_arm = chest + 180 - pose.angle(Joint::Shoulder, side);
    const Point elbow = place(side, Segment::UpperArm, shoulder, upper_arm);
    const double forearm = upper_arm - pose.angle(Joint::Elbow, side);
    const Point wrist = place(side, Segment::Forearm, elbow, forearm);
    place(side, Segment::Hand, wrist, forearm + pose.angle(Joint::Wrist, side));
    const double thigh = pose.pelvis + 180 - pose.angle(Joint::Hip, side);
    const Point knee = place(side, Segment::Thigh, pose.hip, thigh);
    const double shank = thigh + pose.angle(Joint::Knee, side);
    const Point ankle = place(side, Segment::Shank, knee, shank);
    place(side, Segment::Foot, ankle, shank - 90 - pose.angle(Joint::Ankle, side));
  }
  return out;
}

std::vector<std::string> out_of_range(const Pose& pose) {
  std::vector<std::string> out;
  for (Joint joint : kAllJoints) {
    const Range range = range_of_motion(joint);
    for (Side side : kBothSides) {
      if (!of_limb(joint) && side == Side::Far) continue;
      const double degrees = pose.angle(joint, side);
      if (range.contains(degrees)) continue;
      const std::string_view which = !of_limb(joint) ? "" : side == Side::Near ? "near " : "far ";
      out.push_back(fmt::format("{}{} at {:g} degrees, beyond {:g} to {:g}", which, name(joint), degrees, range.least,
                                range.most));
    }
  }
  return out;
}

}  // namespace regimen::figure
