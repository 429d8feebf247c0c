// The handout's first parts (title, name and date, facts, what you need,
// notes) and the footer on every page.
#include <algorithm>

#include <fmt/format.h>

#include "emit/pdf/pdf_parts.h"

namespace regimen::pdf {
namespace {

// "Name:" and the patient's name, or a line to write it on.
struct Blank {
  Paragraph label;
  Paragraph value;  // no lines when the value is to be written by hand
  double x = 0;
  double width = 0;
};

Blank blank(const std::string& label, const std::string& value, double x, double width, const Kit& kit) {
  TextStyle label_style = kit.theme.body;
  label_style.bold = true;
  label_style.line_spacing = 1.0;
  Blank b{kit.type.set(label, label_style, width), {}, x, width};
  if (!value.empty()) {
    const double gap = kit.theme.unit * 0.4;
    b.value = kit.type.set(value, kit.theme.body, std::max(width - b.label.width() - gap, width * 0.3));
  }
  return b;
}

void draw_blank(cairo_t* cr, const Blank& b, double top, const Kit& kit) {
  b.label.draw(cr, b.x, top);
  const double gap = kit.theme.unit * 0.4;
  // A value too wide to sit beside its label goes below it.
  const bool beside = b.label.width() + gap + b.value.width() <= b.width;
  if (!b.value.lines().empty()) {
    if (beside) {
      b.value.draw(cr, b.x + b.label.width() + gap, top + b.label.lines()[0].baseline - b.value.lines()[0].baseline);
    } else {
      b.value.draw(cr, b.x, top + b.label.height());
    }
    return;
  }
  const double baseline = top + b.label.lines()[0].baseline + 2;
  set_colour(cr, kit.theme.muted);
  cairo_set_line_width(cr, kit.theme.rule_width);
  cairo_move_to(cr, b.x + b.label.width() + gap, baseline);
  cairo_line_to(cr, b.x + b.width, baseline);
  cairo_stroke(cr);
}

double blank_height(const Blank& b, const Kit& kit) {
  const double gap = kit.theme.unit * 0.4;
  if (b.value.lines().empty()) return b.label.height() + 2;
  if (b.label.width() + gap + b.value.width() <= b.width) return std::max(b.label.height(), b.value.height());
  return b.label.height() + b.value.height();
}

Item name_and_date(const handout::Handout& h, const Kit& kit) {
  const Theme& t = kit.theme;
  const double name_width = t.measure() * 0.58;
  const double date_x = t.left() + t.measure() * 0.64;
  Blank name = blank("Name:", h.patient, t.left(), name_width, kit);
  Blank date = blank("Date:", h.date, date_x, t.right() - date_x, kit);
  Item item;
  item.space_before = t.unit * (h.patient.empty() && h.date.empty() ? 1.4 : 0.8);
  item.height = std::max(blank_height(name, kit), blank_height(date, kit));
  item.draw = [name, date, kit](cairo_t* cr, double top) {
    draw_blank(cr, name, top, kit);
    draw_blank(cr, date, top, kit);
  };
  return item;
}

// Short entries in two columns, down the first and then the second, each
// marked like a list entry.
void add_two_columns(Block& block, const std::vector<std::string>& entries, const std::string& marker,
                     const Kit& kit, double space_before) {
  const Theme& t = kit.theme;
  TextStyle marker_style = t.body;
  marker_style.colour = t.accent;
  const double hang = t.body.size * 1.6;
  const double column = (t.measure() - t.unit) / 2;
  const Paragraph mark = kit.type.set(marker, marker_style, hang);
  const std::size_t rows = (entries.size() + 1) / 2;
  for (std::size_t i = 0; i < rows; ++i) {
    std::vector<std::pair<double, Paragraph>> cells;
    for (std::size_t j = i, c = 0; j < entries.size() && c < 2; j += rows, ++c) {
      const double x = t.left() + static_cast<double>(c) * (column + t.unit);
      cells.emplace_back(x, kit.type.set(entries[j], t.body, column - hang));
    }
    Item row;
    row.space_before = i == 0 ? space_before : t.unit * 0.25;
    for (const auto& [x, p] : cells) row.height = std::max(row.height, p.height());
    row.draw = [cells, mark, hang](cairo_t* cr, double top) {
      for (const auto& [x, p] : cells) {
        p.draw(cr, x + hang, top);
        mark.draw_line(cr, 0, x, top + p.lines()[0].baseline - mark.lines()[0].baseline);
      }
    };
    block.items.push_back(std::move(row));
  }
}

}  // namespace

Block title_block(const handout::Handout& h, const Kit& kit) {
  const Theme& t = kit.theme;
  Block block;
  add_lines(block, kit.type.set(h.title, t.title, t.measure()), t.left(), 0);
  if (!h.author.empty()) add_lines(block, kit.type.set(h.author, t.author, t.measure()), t.left(), t.unit * 0.25);
  Item rule;
  rule.space_before = t.unit * 0.5;
  rule.height = 2;
  rule.draw = [t](cairo_t* cr, double top) {
    set_colour(cr, t.accent);
    cairo_rectangle(cr, t.left(), top, t.measure(), 2);
    cairo_fill(cr);
  };
  block.items.push_back(std::move(rule));
  block.items.push_back(name_and_date(h, kit));
  return block;
}

Block facts_block(const std::vector<handout::Fact>& facts, const Kit& kit) {
  const Theme& t = kit.theme;
  Block block;
  if (facts.empty()) return block;
  block.space_before = t.unit * 1.2;
  const double pad = t.unit * 0.9;
  block.inset_top = pad * 0.8;
  block.inset_bottom = pad * 0.8;
  block.frame = [t](cairo_t* cr, double top, double bottom) {
    set_colour(cr, t.accent_tint);
    rounded_rectangle(cr, t.left(), top, t.measure(), bottom - top, 6);
    cairo_fill(cr);
  };
  const double inner = t.measure() - 2 * pad;
  TextStyle label_style = t.body;
  label_style.bold = true;
  label_style.colour = t.accent;
  double label_width = 0;
  for (const auto& f : facts) label_width = std::max(label_width, kit.type.set(f.label, label_style, inner).width());
  label_width = std::min(label_width, inner * 0.35);
  const double gap = t.unit;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const Paragraph label = kit.type.set(facts[i].label, label_style, label_width);
    const Paragraph value = kit.type.set(facts[i].value, t.body, inner - label_width - gap);
    Item row;
    row.space_before = t.unit * 0.3;
    row.height = std::max(label.height(), value.height());
    row.draw = [label, value, x = t.left() + pad, value_x = t.left() + pad + label_width + gap](cairo_t* cr, double top) {
      label.draw(cr, x, top);
      value.draw(cr, value_x, top);
    };
    block.items.push_back(std::move(row));
  }
  return block;
}

Block equipment_block(const handout::Handout& h, const Kit& kit) {
  const Theme& t = kit.theme;
  Block block;
  block.space_before = t.unit * 1.6;
  add_heading(block, kit, "What you need", t.heading, t.left(), t.measure(), 0, true);
  if (h.equipment.empty()) {
    add_lines(block, kit.type.set(h.no_equipment, t.body, t.measure()), t.left(), t.unit * 0.2);
  } else {
    add_two_columns(block, h.equipment, "\u2610", kit, t.unit * 0.2);
  }
  return block;
}

Block notes_block(const std::vector<std::string>& notes, const Kit& kit) {
  const Theme& t = kit.theme;
  Block block;
  if (notes.empty()) return block;
  block.space_before = t.unit * 1.6;
  block.keep_together = false;
  add_heading(block, kit, "Notes", t.heading, t.left(), t.measure(), 0, true);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    add_bullet(block, kit, {Span{notes[i]}}, t.body, t.accent, t.left(), t.measure(), t.unit * (i == 0 ? 0.2 : 0.35));
  }
  return block;
}

void draw_footer(cairo_t* cr, const std::string& text, int page, int pages, const Kit& kit) {
  const Theme& t = kit.theme;
  set_colour(cr, t.rule);
  cairo_set_line_width(cr, t.rule_width);
  cairo_move_to(cr, t.left(), t.footer_top);
  cairo_line_to(cr, t.right(), t.footer_top);
  cairo_stroke(cr);
  const double number_width = t.measure() * 0.3;
  TextStyle right = t.footer;
  right.align = PANGO_ALIGN_RIGHT;
  const Paragraph number = kit.type.set_line(fmt::format("Page {} of {}", page, pages), right, number_width);
  const Paragraph title = kit.type.set_line(text, t.footer, t.measure() - number_width - t.unit);
  const double top = t.footer_top + t.unit * 0.4;
  title.draw(cr, t.left(), top);
  number.draw(cr, t.right() - number_width, top);
}

}  // namespace regimen::pdf
