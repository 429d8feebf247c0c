#include "figure/marks.h"

#include <cmath>
#include <limits>

#include "figure/geometry.h"

namespace regimen::figure {
namespace {

Shape arrowhead(Point tip, double direction, double size, Ink ink) {
  const Point back = along(tip, direction + 180, size);
  return Shape{{tip, along(back, direction + 90, size * 0.5), along(back, direction - 90, size * 0.5)}, ink, ink, 0.002};
}

double heading(Point from, Point to) { return std::atan2(to.x - from.x, to.y - from.y) * 180 / kPi; }

}  // namespace

void arrow(const std::vector<Point>& path, std::vector<Mark>& out) {
  if (path.size() < 2) return;
  const double size = 0.035;
  // Stop the line short of the tip so the head's point stays sharp.
  std::vector<Point> line = path;
  const Point tip = path.back();
  const double dir = heading(path[path.size() - 2], tip);
  line.back() = along(tip, dir + 180, size * 0.7);
  out.push_back(Line{line, kArrowLine, Ink::Arrow});
  out.push_back(arrowhead(tip, dir, size, Ink::Arrow));
}

void bounds(Drawing& d) {
  double inf = std::numeric_limits<double>::infinity();
  d.low = {inf, inf};
  d.high = {-inf, -inf};
  auto add = [&](Point p, double r) {
    d.low.x = std::min(d.low.x, p.x - r);
    d.low.y = std::min(d.low.y, p.y - r);
    d.high.x = std::max(d.high.x, p.x + r);
    d.high.y = std::max(d.high.y, p.y + r);
  };
  for (const Mark& m : d.marks) {
    std::visit(
        [&](const auto& s) {
          using T = std::decay_t<decltype(s)>;
          if constexpr (std::is_same_v<T, Line>) {
            for (Point p : s.points) add(p, s.width / 2);
          } else if constexpr (std::is_same_v<T, Dot>) {
            add(s.centre, s.radius);
          } else {
            for (Point p : s.points) add(p, s.width / 2);
          }
        },
        m);
  }
}

}  // namespace regimen::figure
