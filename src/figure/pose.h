// A pose of the figure: where its hips are, how its body is turned on the
// page, and the angle of every joint on both sides; and the points of the
// figure, seen from the pose's view, that follow from them.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "figure/body.h"

namespace regimen::figure {

// On the page's plane, in statures: x forward (the way the figure faces),
// y up.
struct Point {
  double x = 0;
  double y = 0;
};

// How a standing body held by a support stands on its feet: soles flat
// (an ankle bent up leans the body forward, as into a wall), or on the
// heels (an ankle bent up lifts the toes, the body upright). A pointed
// foot stands on its toes either way.
enum class Stance { Flat, OnHeels };

// The near limbs are drawn in front of the body, the far ones behind it.
enum class Side { Near, Far };
inline constexpr std::array<Side, 2> kBothSides{Side::Far, Side::Near};

struct Pose {
  View view = View::Side;
  Point hip;          // the middle between the hip joints
  // The pelvis's direction from the hip on the page, degrees from straight
  // up, clockwise positive: from the side, 90 lies face down with the head
  // to the right; from the front, 90 lies on the left side, head to the right.
  double pelvis = 0;
  // From the front, how far the whole body leans forward out of the page:
  // 90 is face down (on all fours, seen from ahead). From the side the lean
  // is the pelvis's turn on the page, and this stays 0.
  double lean = 0;
  Stance stance = Stance::Flat;
  // Degrees, by Joint; 0 is the anatomical position. The head's and trunk's
  // joints are read from the near side's array and kept equal on the far.
  std::array<std::array<double, kJoints>, 2> joints{};

  double angle(Joint joint, Side side = Side::Near) const {
    return joints[of_limb(joint) ? static_cast<std::size_t>(side) : 0][static_cast<std::size_t>(joint)];
  }
  void set(Joint joint, Side side, double degrees) {
    if (!of_limb(joint)) {
      joints[0][static_cast<std::size_t>(joint)] = degrees;
      joints[1][static_cast<std::size_t>(joint)] = degrees;
    } else {
      joints[static_cast<std::size_t>(side)][static_cast<std::size_t>(joint)] = degrees;
    }
  }
  void set(Joint joint, double degrees) {
    set(joint, Side::Near, degrees);
    set(joint, Side::Far, degrees);
  }
};

// Where each segment starts (its joint) and ends, and the direction it
// points, in degrees from straight up, forward positive; for the trunk and
// head both sides hold the same.
struct Skeleton {
  View view = View::Side;
  std::array<std::array<Point, kSegments>, 2> start;
  std::array<std::array<Point, kSegments>, 2> end;
  std::array<std::array<double, kSegments>, 2> direction;
  // How far the segment's middle is toward the viewer, for drawing the
  // nearer over the farther.
  std::array<std::array<double, kSegments>, 2> depth;

  Point from(Segment s, Side side = Side::Near) const { return start[index(side)][static_cast<std::size_t>(s)]; }
  Point to(Segment s, Side side = Side::Near) const { return end[index(side)][static_cast<std::size_t>(s)]; }
  double towards(Segment s, Side side = Side::Near) const {
    return direction[index(side)][static_cast<std::size_t>(s)];
  }
  double nearness(Segment s, Side side = Side::Near) const { return depth[index(side)][static_cast<std::size_t>(s)]; }
  static std::size_t index(Side side) { return static_cast<std::size_t>(side); }
};

bool of_limb(Segment segment);
bool of_arm(Segment segment);  // the upper arm, forearm or hand

Skeleton skeleton(const Pose& pose);

// The joints outside their normal range, each said as "near knee at 150
// degrees, beyond 0 to 135"; empty when the pose is one a body can take.
std::vector<std::string> out_of_range(const Pose& pose);

}  // namespace regimen::figure
