// Plane geometry the figure's model shares: points along a direction,
// rotations, distances.
#pragma once

#include <cmath>

#include "figure/pose.h"

namespace regimen::figure {

inline constexpr double kPi = 3.14159265358979323846;

// The point `length` from `from` in the direction `degrees` from straight
// up, forward positive.
inline Point along(Point from, double degrees, double length) {
  const double radians = degrees * kPi / 180;
  return {from.x + std::sin(radians) * length, from.y + std::cos(radians) * length};
}

// `p` turned by `degrees` about `centre`, clockwise on the page (the same
// sense as directions: forward from straight up is positive).
inline Point turned(Point p, Point centre, double degrees) {
  const double r = degrees * kPi / 180;
  const double dx = p.x - centre.x;
  const double dy = p.y - centre.y;
  return {centre.x + dx * std::cos(r) + dy * std::sin(r), centre.y - dx * std::sin(r) + dy * std::cos(r)};
}

inline double distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The point a fraction `t` of the way from `a` to `b`.
inline Point partway(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// The distance from `p` to the segment from `a` to `b`.
inline double distance_to_segment(Point p, Point a, Point b) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 == 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return distance(p, {a.x + t * dx, a.y + t * dy});
}

}  // namespace regimen::figure
