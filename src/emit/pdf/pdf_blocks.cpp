#include "emit/pdf/pdf_blocks.h"

#include <algorithm>
#include <numbers>

namespace regimen::pdf {
namespace {
constexpr double kPi = std::numbers::pi;
}

void add_lines(Block& block, const Paragraph& paragraph, double x, double space_before, bool keep_with_next) {
  const auto& lines = paragraph.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Item item;
    item.space_before = i == 0 ? space_before : 0;
    item.height = lines[i].height;
    item.keep_with_next = keep_with_next;
    item.draw = [paragraph, i, x, line_top = lines[i].top](cairo_t* cr, double top) {
      paragraph.draw_line(cr, i, x, top - line_top);
    };
    block.items.push_back(std::move(item));
  }
}

void add_heading(Block& block, const Kit& kit, const std::string& text, const TextStyle& style, double x,
                 double width, double space_before, bool underline) {
  const Paragraph heading = kit.type.set(text, style, width);
  add_lines(block, heading, x, space_before, true);
  if (underline) {
    Item rule;
    rule.height = kit.theme.unit * 0.45;
    rule.keep_with_next = true;
    rule.draw = [x, width, colour = style.colour, w = kit.theme.rule_width * 1.5](cairo_t* cr, double top) {
      set_colour(cr, colour);
      cairo_set_line_width(cr, w);
      cairo_move_to(cr, x, top + w);
      cairo_line_to(cr, x + width, top + w);
      cairo_stroke(cr);
    };
    block.items.push_back(std::move(rule));
  }
}

void add_marked(Block& block, const Paragraph& marker, double marker_x, const Paragraph& body, double body_x,
                double space_before) {
  const std::size_t first = block.items.size();
  add_lines(block, body, body_x, space_before);
  if (marker.lines().empty() || body.lines().empty()) return;
  // The marker rides on the body's first line, sharing its baseline.
  Item& item = block.items[first];
  const double shift = body.lines()[0].baseline - body.lines()[0].top - marker.lines()[0].baseline;
  item.draw = [line = item.draw, marker, marker_x, shift](cairo_t* cr, double top) {
    line(cr, top);
    marker.draw_line(cr, 0, marker_x, top + shift);
  };
}

void add_bullet(Block& block, const Kit& kit, const std::vector<Span>& text, const TextStyle& style,
                const Colour& colour, double x, double width, double space_before) {
  TextStyle bullet_style = style;
  bullet_style.colour = colour;
  bullet_style.bold = true;
  const double hang = style.size * 1.2;
  const Paragraph bullet = kit.type.set("\u2022", bullet_style, hang);
  const Paragraph body = kit.type.set(text, style, width - hang);
  add_marked(block, bullet, x, body, x + hang, space_before);
}

void rounded_rectangle(cairo_t* cr, double x, double y, double w, double h, double radius) {
  const double r = std::min({radius, w / 2, h / 2});
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -kPi / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, kPi / 2);
  cairo_arc(cr, x + r, y + h - r, r, kPi / 2, kPi);
  cairo_arc(cr, x + r, y + r, r, kPi, 3 * kPi / 2);
  cairo_close_path(cr);
}

}  // namespace regimen::pdf
