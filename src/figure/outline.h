// The body's surface and its centre of mass, for putting a pose on a
// support and for checking that nothing passes through one.
#pragma once

#include <vector>

#include "figure/pose.h"

namespace regimen::figure {

// A point on the body's surface, and the segment it belongs to.
struct SurfacePoint {
  Point at;
  Segment segment;
  Side side;
};

// Points around every segment's capsule (and the head's circle), dense
// enough that the lowest of them is within a millimetre of the surface's.
std::vector<SurfacePoint> surface(const Skeleton& skeleton);

// The centre of mass, with Dempster's segment masses (Winter, table 4.1)
// placed at the middle of each segment.
Point centre_of_mass(const Skeleton& skeleton);

// The head is drawn as a circle on the head segment's middle.
Point head_centre(const Skeleton& skeleton);
double head_radius();

}  // namespace regimen::figure
