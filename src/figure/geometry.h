// Plane geometry the figure's model shares: points along a direction,
// rotations, distances.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

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

// The smallest convex polygon round `points`, counter-clockwise (Andrew's
// monotone chain).
inline std::vector<Point> convex_hull(std::vector<Point> points) {
  std::sort(points.begin(), points.end(), [](Point a, Point b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  auto cross = [](Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
  std::vector<Point> out(2 * points.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    while (k >= 2 && cross(out[k - 2], out[k - 1], points[i]) <= 0) --k;
    out[k++] = points[i];
  }
  for (std::size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(out[k - 2], out[k - 1], points[i - 1]) <= 0) --k;
    out[k++] = points[i - 1];
  }
  out.resize(k > 0 ? k - 1 : 0);
  return out;
}

}  // namespace regimen::figure
