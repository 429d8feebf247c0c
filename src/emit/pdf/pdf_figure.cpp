#include "emit/pdf/pdf_figure.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace regimen::pdf {
namespace {

void ink(cairo_t* cr, figure::Ink ink) {
  const std::uint32_t c = figure::rgb(ink);
  cairo_set_source_rgb(cr, ((c >> 16) & 0xff) / 255.0, ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0);
}

}  // namespace

void draw_figure(cairo_t* cr, const figure::Drawing& drawing, double x, double y, double w, double h) {
  const double dw = drawing.high.x - drawing.low.x;
  const double dh = drawing.high.y - drawing.low.y;
  if (dw <= 0 || dh <= 0) return;
  const double scale = std::min(w / dw, h / dh);
  const double left = x + (w - dw * scale) / 2;
  const double bottom = y + h;
  auto to_page = [&](figure::Point p) {
    return std::pair{left + (p.x - drawing.low.x) * scale, bottom - (p.y - drawing.low.y) * scale};
  };
  cairo_save(cr);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  for (const figure::Mark& mark : drawing.marks) {
    std::visit(
        [&](const auto& m) {
          using T = std::decay_t<decltype(m)>;
          if constexpr (std::is_same_v<T, figure::Line>) {
            if (m.points.empty()) return;
            cairo_new_path(cr);
            for (const auto& p : m.points) {
              auto [px, py] = to_page(p);
              cairo_line_to(cr, px, py);
            }
            ink(cr, m.ink);
            cairo_set_line_width(cr, m.width * scale);
            cairo_stroke(cr);
          } else if constexpr (std::is_same_v<T, figure::Dot>) {
            auto [px, py] = to_page(m.centre);
            cairo_new_path(cr);
            cairo_arc(cr, px, py, m.radius * scale, 0, 2 * M_PI);
            ink(cr, m.ink);
            cairo_fill(cr);
          } else {
            if (m.points.empty()) return;
            cairo_new_path(cr);
            for (const auto& p : m.points) {
              auto [px, py] = to_page(p);
              cairo_line_to(cr, px, py);
            }
            cairo_close_path(cr);
            ink(cr, m.fill);
            cairo_fill_preserve(cr);
            ink(cr, m.edge);
            cairo_set_line_width(cr, m.width * scale);
            cairo_stroke(cr);
          }
        },
        mark);
  }
  cairo_restore(cr);
}

}  // namespace regimen::pdf
