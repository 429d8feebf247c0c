// The PDF handout's look in one place: paper and margins, type sizes for
// normal and large print, colours and spacing.
#pragma once

#include "emit/pdf/handout_pdf.h"
#include "emit/pdf/pdf_text.h"

namespace regimen::pdf {

struct Theme {
  // The page, in points.
  double page_width = 0;
  double page_height = 0;
  double margin = 0;         // left, right and top
  double content_bottom = 0; // where the flow stops; the footer lives below
  double footer_top = 0;

  double left() const { return margin; }
  double right() const { return page_width - margin; }
  double measure() const { return page_width - 2 * margin; }

  // Type.
  TextStyle title, author, heading, exercise_name, dose, body, small, label, footer, safety_heading, number;
  // Spacing, scaled with the type.
  double unit = 0;        // the basic gap: about a body line
  double indent = 0;      // exercises' text starts here, right of the number
  double rule_width = 0;

  // Colours.
  Colour ink, muted, accent, accent_tint, rule, safety, safety_tint, caution, shade, white;
};

Theme make_theme(const PdfOptions& options);

}  // namespace regimen::pdf
