// The tick-box tracker: for each week a grid with a row per session slot and
// a column per day, the days without a session shaded; a week's grid always
// stays on one page.
#include <algorithm>

#include <fmt/format.h>

#include "emit/pdf/pdf_parts.h"

namespace regimen::pdf {
namespace {

struct Grid {
  double x = 0;
  double label_width = 0;
  double day_width = 0;
  double pad = 0;
  std::vector<bool> planned;
};

void stroke_cell(cairo_t* cr, double x, double y, double w, double h, const Theme& t) {
  set_colour(cr, t.rule);
  cairo_set_line_width(cr, t.rule_width);
  cairo_rectangle(cr, x, y, w, h);
  cairo_stroke(cr);
}

Item day_row(const handout::Tracker& tracker, const Grid& g, const Kit& kit) {
  const Theme& t = kit.theme;
  TextStyle style = t.label;
  style.align = PANGO_ALIGN_CENTER;
  std::vector<Paragraph> days;
  double height = 0;
  for (const auto& d : tracker.days) {
    days.push_back(kit.type.set(d, style, g.day_width - 2 * g.pad));
    height = std::max(height, days.back().height());
  }
  Item item;
  item.space_before = kit.theme.unit * 0.3;
  item.height = height + 2 * g.pad;
  item.keep_with_next = true;
  item.draw = [days, g, h = item.height, t](cairo_t* cr, double top) {
    for (std::size_t i = 0; i < days.size(); ++i) {
      const double x = g.x + g.label_width + static_cast<double>(i) * g.day_width;
      set_colour(cr, g.planned[i] ? t.accent_tint : t.shade);
      cairo_rectangle(cr, x, top, g.day_width, h);
      cairo_fill(cr);
      stroke_cell(cr, x, top, g.day_width, h, t);
      days[i].draw(cr, x + g.pad, top + g.pad);
    }
  };
  return item;
}

Item slot_row(const handout::TrackerRow& row, const Grid& g, std::size_t days, const Kit& kit) {
  const std::string& slot = row.label;
  const Theme& t = kit.theme;
  const Paragraph label = kit.type.set(slot, t.body, g.label_width - 2 * g.pad);
  Item item;
  item.height = std::max(label.height() + 2 * g.pad, t.unit * 2.4);
  item.draw = [label, g, days, planned = row.planned, h = item.height, t](cairo_t* cr, double top) {
    stroke_cell(cr, g.x, top, g.label_width, h, t);
    label.draw(cr, g.x + g.pad, top + (h - label.height()) / 2);
    const double box = std::min(h, g.day_width) * 0.42;
    for (std::size_t i = 0; i < days; ++i) {
      const double x = g.x + g.label_width + static_cast<double>(i) * g.day_width;
      if (i < planned.size() && !planned[i]) {
        set_colour(cr, t.shade);
        cairo_rectangle(cr, x, top, g.day_width, h);
        cairo_fill(cr);
      } else {
        set_colour(cr, t.muted);
        cairo_set_line_width(cr, 1.0);
        rounded_rectangle(cr, x + (g.day_width - box) / 2, top + (h - box) / 2, box, box, 2);
        cairo_stroke(cr);
      }
      stroke_cell(cr, x, top, g.day_width, h, t);
    }
  };
  return item;
}

}  // namespace

std::vector<Block> tracker_blocks(const handout::Tracker& tracker, const Kit& kit) {
  const Theme& t = kit.theme;
  Block intro;
  intro.space_before = t.unit * 2.0;
  intro.bookmark = "Tracker";
  add_heading(intro, kit, "Tracker", t.heading, t.left(), t.measure(), 0, true);
  if (!tracker.instruction.empty()) add_lines(intro, kit.type.set(tracker.instruction, t.body, t.measure()), t.left(), 0, true);
  if (tracker.days.empty() || tracker.rows.empty() || tracker.weeks < 1) {
    for (auto& item : intro.items) item.keep_with_next = false;
    return {intro};
  }

  Grid g;
  g.x = t.left();
  g.pad = t.unit * 0.3;
  double widest = 0;
  for (const auto& row : tracker.rows) widest = std::max(widest, kit.type.set(row.label, t.body, t.measure()).width());
  g.label_width = std::clamp(widest + 2 * g.pad + 2, t.measure() * 0.16, t.measure() * 0.3);
  g.day_width = (t.measure() - g.label_width) / static_cast<double>(tracker.days.size());
  for (std::size_t i = 0; i < tracker.days.size(); ++i) g.planned.push_back(i >= tracker.planned_days.size() || tracker.planned_days[i]);

  std::vector<Block> blocks;
  TextStyle week_style = t.body;
  week_style.bold = true;
  week_style.line_spacing = 1.0;
  for (int week = 1; week <= tracker.weeks; ++week) {
    Block block = week == 1 ? intro : Block{};
    block.space_before = week == 1 ? intro.space_before : t.unit * 1.2;
    add_lines(block, kit.type.set(fmt::format("Week {}", week), week_style, t.measure()), t.left(),
              week == 1 ? t.unit * 0.7 : 0, true);
    block.items.push_back(day_row(tracker, g, kit));
    for (const auto& row : tracker.rows) block.items.push_back(slot_row(row, g, tracker.days.size(), kit));
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace regimen::pdf
