#include "emit/pdf/pdf_theme.h"

namespace regimen::pdf {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

TextStyle style(double size, const Colour& colour, bool bold = false, bool italic = false, double line_spacing = 1.0) {
  TextStyle s;
  s.size = size;
  s.colour = colour;
  s.bold = bold;
  s.italic = italic;
  s.line_spacing = line_spacing;
  return s;
}

}  // namespace

Theme make_theme(const PdfOptions& options) {
  Theme t;
  if (options.paper == Paper::Letter) {
    t.page_width = 612;
    t.page_height = 792;
  } else {
    t.page_width = 210 * kPointsPerMm;
    t.page_height = 297 * kPointsPerMm;
  }
  t.margin = 18 * kPointsPerMm;
  t.content_bottom = t.page_height - 22 * kPointsPerMm;
  t.footer_top = t.page_height - 15 * kPointsPerMm;

  t.ink = {0.11, 0.14, 0.19};
  t.muted = {0.36, 0.40, 0.45};
  t.accent = {0.07, 0.36, 0.50};
  t.accent_tint = {0.925, 0.957, 0.973};
  t.rule = {0.80, 0.84, 0.87};
  t.safety = {0.73, 0.20, 0.13};
  t.safety_tint = {0.996, 0.945, 0.925};
  t.caution = {0.70, 0.22, 0.13};
  t.shade = {0.88, 0.90, 0.92};
  t.white = {1, 1, 1};

  // Large print scales everything from a 16 pt body; no text but the footer
  // is smaller than the body there.
  const bool large = options.large_print;
  const double body = large ? 16 : 10.5;
  const double k = body / 10.5;
  const double small = large ? 16 : 9.5;
  t.title = style(24 * k, t.accent, true);
  t.author = style(12.5 * k, t.muted);
  t.heading = style(15 * k, t.accent, true);
  t.exercise_name = style(12.5 * k, t.ink, true);
  t.dose = style(11.5 * k, t.accent, true);
  t.body = style(body, t.ink, false, false, 1.15);
  t.small = style(small, t.muted, false, true, 1.1);
  t.label = style(small, t.ink, true);
  t.footer = style(large ? 12 : 8.5, t.muted);
  t.safety_heading = style(14 * k, t.safety, true);
  t.number = style(11 * k, t.white, true);
  t.number.align = PANGO_ALIGN_CENTER;

  t.unit = body * 1.15;
  t.indent = 26 * k;
  t.rule_width = 0.75;
  return t;
}

}  // namespace regimen::pdf
