// The safety box: tinted, bordered and headed in the warning colour, so
// that it is the one thing on the page nobody misses.
#include "emit/pdf/pdf_parts.h"

namespace regimen::pdf {

Block safety_block(const handout::Safety& safety, const Kit& kit) {
  const Theme& t = kit.theme;
  Block block;
  block.space_before = t.unit * 1.6;
  block.bookmark = safety.heading;
  const double bar = 5;
  const double pad = t.unit * 1.0;
  block.inset_top = pad * 0.9;
  block.inset_bottom = pad;
  block.frame = [t, bar](cairo_t* cr, double top, double bottom) {
    const double h = bottom - top;
    set_colour(cr, t.safety_tint);
    rounded_rectangle(cr, t.left(), top, t.measure(), h, 6);
    cairo_fill_preserve(cr);
    set_colour(cr, t.safety);
    cairo_set_line_width(cr, 1.25);
    cairo_stroke(cr);
    // A solid bar down the left edge, inside the rounded corners.
    cairo_save(cr);
    rounded_rectangle(cr, t.left(), top, t.measure(), h, 6);
    cairo_clip(cr);
    cairo_rectangle(cr, t.left(), top, bar, h);
    cairo_fill(cr);
    cairo_restore(cr);
  };

  const double x = t.left() + bar + pad;
  const double width = t.measure() - bar - 2 * pad;
  add_heading(block, kit, "\u26A0 " + safety.heading, t.safety_heading, x, width, 0, false);

  TextStyle lead = t.body;
  lead.bold = true;
  bool first_group = true;
  auto group = [&](const std::string& title, const std::vector<std::string>& entries) {
    if (entries.empty()) return;
    add_lines(block, kit.type.set(title, lead, width), x, t.unit * (first_group ? 0.35 : 0.8), true);
    for (const auto& entry : entries) add_bullet(block, kit, {Span{entry}}, t.body, t.safety, x, width, t.unit * 0.3);
    first_group = false;
  };
  group("Stop and get help straight away if:", safety.stop_now);
  group("About pain:", safety.pain_rules);
  group("Take care:", safety.cautions);
  group("Get advice, not as an emergency:", safety.seek_review);
  for (const auto& line : safety.disclaimers) add_lines(block, kit.type.set(line, t.small, width), x, t.unit * 0.8);
  return block;
}

}  // namespace regimen::pdf
