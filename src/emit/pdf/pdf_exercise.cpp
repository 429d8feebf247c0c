// An exercise as one block: its number in a badge, the name, the dose, when
// and how often, the numbered steps, tips, cautions, notes, variants and the
// dose by week; and a section's heading kept with its first exercise.
#include <algorithm>

#include <fmt/format.h>

#include "emit/pdf/pdf_parts.h"
#include "emit/pdf/pdf_pictures.h"

namespace regimen::pdf {
namespace {

// The name, with the exercise's number in a filled circle to its left.
void add_name(Block& block, const handout::Exercise& e, const Kit& kit) {
  const Theme& t = kit.theme;
  const double x = t.left() + t.indent;
  const Paragraph name = kit.type.set(e.name, t.exercise_name, t.measure() - t.indent);
  const std::size_t first = block.items.size();
  add_lines(block, name, x, 0, true);
  const double radius = t.exercise_name.size * 0.82;
  const Paragraph number = kit.type.set(std::to_string(e.number), t.number, radius * 2.6);
  const double centre_y = name.lines()[0].baseline - name.lines()[0].top - t.exercise_name.size * 0.36;
  Item& item = block.items[first];
  item.draw = [line = item.draw, number, radius, centre_y, cx = t.left() + radius, accent = t.accent](cairo_t* cr, double top) {
    set_colour(cr, accent);
    cairo_new_sub_path(cr);
    cairo_arc(cr, cx, top + centre_y, radius, 0, 6.283185307179586);
    cairo_fill(cr);
    number.draw(cr, cx - radius * 1.3, top + centre_y - number.height() / 2);
    line(cr, top);
  };
}

// A line that starts with a bold label: "Tip: keep your back still".
void add_labelled(Block& block, const std::string& label, const Colour& colour, const std::string& text,
                  const Kit& kit, double space_before) {
  const Theme& t = kit.theme;
  const Paragraph p = kit.type.set({Span{label + " ", true, &colour}, Span{text}}, t.body, t.measure() - t.indent);
  add_lines(block, p, t.left() + t.indent, space_before);
}

// Weeks (or days) against dose, in a small ruled table under a tinted header,
// as wide as its text needs and no wider than the column.
void add_dose_table(Block& block, const handout::Exercise& e, const Kit& kit) {
  const std::vector<handout::DoseRow>& rows = e.dose_by_week;
  const Theme& t = kit.theme;
  const double x = t.left() + t.indent;
  const double room = t.measure() - t.indent;
  const double pad = t.unit * 0.25;
  TextStyle head = t.small;
  head.italic = false;
  head.bold = true;
  head.colour = t.accent;
  TextStyle cell = t.body;
  cell.line_spacing = 1.0;
  double weeks_width = kit.type.set(e.dose_by_week_heading, head, room).width();
  double dose_width = kit.type.set("Dose", head, room).width();
  for (const auto& r : rows) {
    weeks_width = std::max(weeks_width, kit.type.set(r.weeks, cell, room).width());
    dose_width = std::max(dose_width, kit.type.set(r.dose, cell, room).width());
  }
  weeks_width = std::min(weeks_width + 2 * pad + t.unit, room * 0.4);
  const double width = std::min(weeks_width + dose_width + 2 * pad + t.unit, room);
  auto row = [&](const std::string& weeks, const std::string& dose, const TextStyle& style, bool header) {
    const Paragraph a = kit.type.set(weeks, style, weeks_width - 2 * pad);
    const Paragraph b = kit.type.set(dose, style, width - weeks_width - 2 * pad);
    Item item;
    item.space_before = header ? t.unit * 0.5 : 0;
    item.height = std::max(a.height(), b.height()) + 2 * pad;
    item.keep_with_next = header;
    item.draw = [a, b, x, width, weeks_width, pad, header, h = item.height, t](cairo_t* cr, double top) {
      if (header) {
        set_colour(cr, t.accent_tint);
        cairo_rectangle(cr, x, top, width, h);
        cairo_fill(cr);
      }
      set_colour(cr, t.rule);
      cairo_set_line_width(cr, t.rule_width);
      cairo_move_to(cr, x, top + h);
      cairo_line_to(cr, x + width, top + h);
      cairo_stroke(cr);
      a.draw(cr, x + pad, top + pad);
      b.draw(cr, x + weeks_width + pad, top + pad);
    };
    block.items.push_back(std::move(item));
  };
  row(e.dose_by_week_heading, "Dose", head, true);
  for (const auto& r : rows) row(r.weeks, r.dose, cell, false);
}

Block exercise_block(const handout::Exercise& e, const Kit& kit) {
  const Theme& t = kit.theme;
  const double x = t.left() + t.indent;
  const double width = t.measure() - t.indent;
  Block block;
  block.space_before = t.unit * 1.5;
  add_name(block, e, kit);
  add_lines(block, kit.type.set(e.dose, t.dose, width), x, t.unit * 0.3);
  if (!e.when.empty()) add_lines(block, kit.type.set(e.when, t.small, width), x, t.unit * 0.15);
  if (!e.how_often.empty()) add_labelled(block, "How often:", t.ink, e.how_often, kit, t.unit * 0.15);
  add_pictures(block, e, kit, x, width, t.unit * 0.55);

  if (e.steps.empty()) {
    if (!e.no_steps.empty()) add_lines(block, kit.type.set(e.no_steps, t.small, width), x, t.unit * 0.5);
  } else {
    TextStyle number_style = t.body;
    number_style.bold = true;
    number_style.colour = t.accent;
    const double hang = t.body.size * 1.7;
    for (std::size_t i = 0; i < e.steps.size(); ++i) {
      const Paragraph number = kit.type.set(fmt::format("{}.", i + 1), number_style, hang);
      const Paragraph step = kit.type.set(e.steps[i], t.body, width - hang);
      add_marked(block, number, x, step, x + hang, t.unit * (i == 0 ? 0.55 : 0.25));
    }
  }

  double gap = t.unit * 0.55;  // before the first extra, then tighter
  auto next_gap = [&]() {
    const double g = gap;
    gap = t.unit * 0.25;
    return g;
  };
  for (const auto& cue : e.cues) add_labelled(block, "Tip:", t.accent, cue, kit, next_gap());
  for (const auto& caution : e.cautions) add_labelled(block, "\u26A0 Take care:", t.caution, caution, kit, next_gap());
  for (const auto& note : e.notes) add_labelled(block, "Note:", t.muted, note, kit, next_gap());
  for (const auto& v : e.variants) add_labelled(block, v.label + ":", t.ink, v.text, kit, next_gap());
  if (!e.dose_by_week.empty()) add_dose_table(block, e, kit);
  return block;
}

}  // namespace

std::vector<Block> section_blocks(const handout::Section& section, const Kit& kit) {
  const Theme& t = kit.theme;
  std::vector<Block> blocks;
  Block heading;
  heading.space_before = t.unit * 2.0;
  heading.bookmark = section.title.empty() ? "Exercises" : section.title;
  add_heading(heading, kit, heading.bookmark, t.heading, t.left(), t.measure(), 0, true);
  for (const auto& note : section.notes) {
    add_lines(heading, kit.type.set(note, t.small, t.measure()), t.left(), t.unit * 0.15, true);
  }
  for (const auto& e : section.exercises) blocks.push_back(exercise_block(e, kit));
  if (blocks.empty()) {
    blocks.push_back(std::move(heading));
    return blocks;
  }
  // The heading joins the first exercise, so that it never ends a page alone.
  Block& first = blocks.front();
  first.space_before = heading.space_before;
  first.bookmark = heading.bookmark;
  if (!first.items.empty()) first.items.front().space_before = t.unit * 0.6;
  first.items.insert(first.items.begin(), heading.items.begin(), heading.items.end());
  return blocks;
}

}  // namespace regimen::pdf
