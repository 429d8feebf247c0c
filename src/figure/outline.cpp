#include "figure/outline.h"

#include "figure/geometry.h"

namespace regimen::figure {
namespace {

constexpr int kAround = 24;  // points around a capsule's end or the head

constexpr std::array<Segment, kSegments> kAllSegments{Segment::Pelvis,   Segment::Chest,   Segment::Neck,
                                                      Segment::Head,     Segment::UpperArm, Segment::Forearm,
                                                      Segment::Hand,     Segment::Thigh,    Segment::Shank,
                                                      Segment::Foot};

double mass(Segment segment) {
  switch (segment) {
    case Segment::Pelvis: return 0.250;
    case Segment::Chest: return 0.247;
    case Segment::Neck: return 0.011;
    case Segment::Head: return 0.070;
    case Segment::UpperArm: return 0.028;
    case Segment::Forearm: return 0.016;
    case Segment::Hand: return 0.006;
    case Segment::Thigh: return 0.100;
    case Segment::Shank: return 0.0465;
    case Segment::Foot: return 0.0145;
  }
  return 0;
}

}  // namespace

Point head_centre(const Skeleton& skeleton) {
  const Point a = skeleton.from(Segment::Head);
  const Point b = skeleton.to(Segment::Head);
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

double head_radius() { return length(Segment::Head) / 2; }

std::vector<SurfacePoint> surface(const Skeleton& skeleton) {
  std::vector<SurfacePoint> out;
  for (Side side : kBothSides) {
    for (Segment segment : kAllSegments) {
      if (!of_limb(segment) && side == Side::Far) continue;
      if (segment == Segment::Head) {
        for (int i = 0; i < kAround; ++i) {
          out.push_back({along(head_centre(skeleton), 360.0 * i / kAround, head_radius()), segment, side});
        }
        continue;
      }
      const Point a = skeleton.from(segment, side);
      const Point b = skeleton.to(segment, side);
      const double r = half_width(segment, skeleton.view);
      // Both ends' circles, and the sides between them every few centimetres.
      for (int i = 0; i < kAround; ++i) {
        out.push_back({along(a, 360.0 * i / kAround, r), segment, side});
        out.push_back({along(b, 360.0 * i / kAround, r), segment, side});
      }
      const double d = skeleton.towards(segment, side);
      const int steps = 8;
      for (int k = 1; k < steps; ++k) {
        const Point m{a.x + (b.x - a.x) * k / steps, a.y + (b.y - a.y) * k / steps};
        out.push_back({along(m, d + 90, r), segment, side});
        out.push_back({along(m, d - 90, r), segment, side});
      }
    }
  }
  return out;
}

Point centre_of_mass(const Skeleton& skeleton) {
  double total = 0;
  Point sum;
  for (Side side : kBothSides) {
    for (Segment segment : kAllSegments) {
      // The trunk and head are one body, counted once.
      if (!of_limb(segment) && side == Side::Far) continue;
      const Point a = skeleton.from(segment, side);
      const Point b = skeleton.to(segment, side);
      const double m = mass(segment);
      sum.x += m * (a.x + b.x) / 2;
      sum.y += m * (a.y + b.y) / 2;
      total += m;
    }
  }
  return {sum.x / total, sum.y / total};
}

}  // namespace regimen::figure
