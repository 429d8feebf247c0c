// Points and directions in three dimensions, for the models that pose a
// body, a hand or a foot in space before the view flattens it onto the page.
// Each model says what its axes mean.
#pragma once

#include <cmath>

#include "figure/geometry.h"

namespace regimen::figure {

struct Vec {
  double x = 0, y = 0, z = 0;
};
inline Vec operator+(Vec a, Vec b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline Vec operator-(Vec a, Vec b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Vec operator*(Vec a, double k) { return {a.x * k, a.y * k, a.z * k}; }
inline double dot(Vec a, Vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline double norm(Vec a) { return std::sqrt(dot(a, a)); }
inline Vec unit(Vec a) { return a * (1 / norm(a)); }
inline double radians(double degrees) { return degrees * kPi / 180; }

}  // namespace regimen::figure
