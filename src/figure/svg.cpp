// The SVG writer of a drawing: one element per mark, in order, with fixed
// precision so that the same figure gives the same bytes.
#include <fmt/format.h>

#include <string>

#include "base/markup.h"
#include "figure/drawing.h"

namespace regimen::figure {
namespace {

constexpr double kScale = 1000;   // user units per stature
constexpr double kMargin = 0.02;  // statures around the marks

std::string colour(Ink ink) { return fmt::format("#{:06x}", rgb(ink)); }

double x(Point p) { return p.x * kScale; }
double y(Point p) { return -p.y * kScale; }

std::string points(const std::vector<Point>& ps) {
  std::string out;
  for (const Point& p : ps) {
    if (!out.empty()) out += ' ';
    out += fmt::format("{:.1f},{:.1f}", x(p), y(p));
  }
  return out;
}

}  // namespace

std::string svg(const Drawing& drawing, double width_mm, const std::string& title) {
  const double left = (drawing.low.x - kMargin) * kScale;
  const double top = -(drawing.high.y + kMargin) * kScale;
  const double w = (drawing.high.x - drawing.low.x + 2 * kMargin) * kScale;
  const double h = (drawing.high.y - drawing.low.y + 2 * kMargin) * kScale;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{:.1f}mm\" height=\"{:.1f}mm\" "
      "viewBox=\"{:.1f} {:.1f} {:.1f} {:.1f}\">\n<title>{}</title>\n"
      "<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n",
      width_mm, width_mm * h / w, left, top, w, h, markup::escape(title));
  for (const Mark& mark : drawing.marks) {
    std::visit(
        [&](const auto& m) {
          using T = std::decay_t<decltype(m)>;
          if constexpr (std::is_same_v<T, Line>) {
            if (m.points.size() == 2) {
              out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"{:.1f}\"/>\n",
                                 x(m.points[0]), y(m.points[0]), x(m.points[1]), y(m.points[1]), colour(m.ink),
                                 m.width * kScale);
            } else {
              out += fmt::format("<polyline points=\"{}\" stroke=\"{}\" stroke-width=\"{:.1f}\"/>\n", points(m.points),
                                 colour(m.ink), m.width * kScale);
            }
          } else if constexpr (std::is_same_v<T, Dot>) {
            out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" fill=\"{}\"/>\n", x(m.centre),
                               y(m.centre), m.radius * kScale, colour(m.ink));
          } else {
            out += fmt::format("<polygon points=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{:.1f}\"/>\n",
                               points(m.points), colour(m.fill), colour(m.edge), m.width * kScale);
          }
        },
        mark);
  }
  out += "</g>\n</svg>\n";
  return out;
}

}  // namespace regimen::figure
