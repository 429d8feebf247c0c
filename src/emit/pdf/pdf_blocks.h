// The pieces the handout's parts are built from: paragraphs as flowing
// lines, headings that keep with what follows, marked list entries with a
// hanging indent.
#pragma once

#include <string>
#include <vector>

#include "emit/pdf/pdf_flow.h"
#include "emit/pdf/pdf_text.h"
#include "emit/pdf/pdf_theme.h"

namespace regimen::pdf {

// What every part needs to lay itself out.
struct Kit {
  const Typesetter& type;
  const Theme& theme;
};

// Each line of the paragraph as its own item, so a paragraph longer than a
// page can still break between lines.
void add_lines(Block& block, const Paragraph& paragraph, double x, double space_before, bool keep_with_next = false);

// A heading in the theme's heading style; with `underline`, a rule below it.
void add_heading(Block& block, const Kit& kit, const std::string& text, const TextStyle& style, double x,
                 double width, double space_before, bool underline);

// An entry with a marker ("1.", a bullet) in the margin left of its text,
// the marker on the first line's baseline.
void add_marked(Block& block, const Paragraph& marker, double marker_x, const Paragraph& body, double body_x,
                double space_before);

// A bullet in `colour` and the text to its right, within [x, x + width].
void add_bullet(Block& block, const Kit& kit, const std::vector<Span>& text, const TextStyle& style,
                const Colour& colour, double x, double width, double space_before);

// The path of a rectangle with rounded corners, to fill or stroke.
void rounded_rectangle(cairo_t* cr, double x, double y, double w, double h, double radius);

}  // namespace regimen::pdf
