// A pose of the side-view figure: where its hips are, how its pelvis is
// tilted, and the angle of every joint; and the figure's points that follow.
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

struct Pose {
  Point hip;                 // the hip joint
  double pelvis = 0;         // the pelvis's direction from the hip, degrees from straight up, forward positive
  std::array<double, kJoints> joints{};  // degrees, by Joint; 0 is the anatomical position

  double& operator[](Joint joint) { return joints[static_cast<std::size_t>(joint)]; }
  double operator[](Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
};

// Where each segment starts (its joint) and ends, and the direction it
// points, in degrees from straight up, forward positive.
struct Skeleton {
  std::array<Point, kSegments> start;
  std::array<Point, kSegments> end;
  std::array<double, kSegments> direction;

  Point from(Segment s) const { return start[static_cast<std::size_t>(s)]; }
  Point to(Segment s) const { return end[static_cast<std::size_t>(s)]; }
};

Skeleton skeleton(const Pose& pose);

// The joints outside their normal range, each said as "knee at 150 degrees,
// beyond 0 to 135"; empty when the pose is one a body can take.
std::vector<std::string> out_of_range(const Pose& pose);

}  // namespace regimen::figure
