// What the body's drawing (drawing.cpp) and the hand's close-up
// (hand_drawing.cpp) draw alike: the widths of their lines, the movement's
// arrow, and the drawing's bounds.
#pragma once

#include <vector>

#include "figure/drawing.h"

namespace regimen::figure {

inline constexpr double kEdge = 0.009;  // the body's outline, in statures
inline constexpr double kPropLine = 0.008;
inline constexpr double kArrowLine = 0.010;

// A line along `path` with a head at its end.
void arrow(const std::vector<Point>& path, std::vector<Mark>& out);
// Sets the drawing's bounds round its marks, with their widths.
void bounds(Drawing& d);

}  // namespace regimen::figure
