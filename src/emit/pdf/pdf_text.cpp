#include "emit/pdf/pdf_text.h"

#include <algorithm>

namespace regimen::pdf {
namespace {

constexpr const char* kFamily = "DejaVu Sans, sans-serif";

double from_pango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int to_pango(double points) { return static_cast<int>(points * PANGO_SCALE); }
guint16 channel(double c) { return static_cast<guint16>(std::clamp(c, 0.0, 1.0) * 65535.0 + 0.5); }

void add(PangoAttrList* list, PangoAttribute* attribute, std::size_t start, std::size_t end) {
  attribute->start_index = static_cast<guint>(start);
  attribute->end_index = static_cast<guint>(end);
  pango_attr_list_insert(list, attribute);
}

PangoAttribute* foreground(const Colour& c) {
  return pango_attr_foreground_new(channel(c.r), channel(c.g), channel(c.b));
}

}  // namespace

std::string valid_utf8(const std::string& text) {
  if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return text;
  gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(fixed);
  g_free(fixed);
  return out;
}

Paragraph::Paragraph(PangoLayout* layout) : layout_(layout, g_object_unref) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  height_ = from_pango(logical.height);
  width_ = from_pango(logical.width);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    int y0 = 0;
    int y1 = 0;
    pango_layout_iter_get_line_yrange(iter, &y0, &y1);
    PangoRectangle line;
    pango_layout_iter_get_line_extents(iter, nullptr, &line);
    lines_.push_back({from_pango(y0), from_pango(y1 - y0), from_pango(pango_layout_iter_get_baseline(iter)),
                      from_pango(line.x)});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

void Paragraph::draw(cairo_t* cr, double x, double top) const {
  if (!layout_) return;
  cairo_move_to(cr, x, top);
  pango_cairo_show_layout(cr, layout_.get());
}

void Paragraph::draw_line(cairo_t* cr, std::size_t line, double x, double top) const {
  if (!layout_ || line >= lines_.size()) return;
  PangoLayoutLine* l = pango_layout_get_line_readonly(layout_.get(), static_cast<int>(line));
  cairo_move_to(cr, x + lines_[line].x, top + lines_[line].baseline);
  pango_cairo_show_layout_line(cr, l);
}

Typesetter::Typesetter() {
  font_map_ = pango_cairo_font_map_new();
  context_ = pango_font_map_create_context(font_map_);
  pango_cairo_context_set_resolution(context_, 72.0);
  pango_context_set_round_glyph_positions(context_, FALSE);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context_, options);
  cairo_font_options_destroy(options);
}

Typesetter::~Typesetter() {
  g_object_unref(context_);
  g_object_unref(font_map_);
}

PangoLayout* Typesetter::layout(const std::vector<Span>& spans, const TextStyle& style, double width) const {
  PangoLayout* layout = pango_layout_new(context_);
  PangoFontDescription* font = pango_font_description_from_string(kFamily);
  pango_font_description_set_size(font, to_pango(style.size));
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);

  pango_layout_set_width(layout, to_pango(std::max(width, 1.0)));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, style.align);
  if (style.line_spacing != 1.0) pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));

  std::string text;
  PangoAttrList* attributes = pango_attr_list_new();
  for (const Span& span : spans) {
    const std::size_t start = text.size();
    text += valid_utf8(span.text);
    if (span.bold) add(attributes, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, text.size());
    if (span.colour) add(attributes, foreground(*span.colour), start, text.size());
  }
  // The colour of the whole paragraph goes first so that a span's own wins;
  // and no hyphen is added where a long word breaks, so the text copied out
  // of the PDF is the routine's text, letter for letter.
  PangoAttribute* colour = foreground(style.colour);
  colour->start_index = 0;
  colour->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
  pango_attr_list_insert_before(attributes, colour);
  PangoAttribute* hyphens = pango_attr_insert_hyphens_new(FALSE);
  hyphens->start_index = 0;
  hyphens->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
  pango_attr_list_insert(attributes, hyphens);

  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout, attributes);
  pango_attr_list_unref(attributes);
  return layout;
}

Paragraph Typesetter::set(const std::string& text, const TextStyle& style, double width) const {
  return Paragraph(layout({Span{text}}, style, width));
}

Paragraph Typesetter::set(const std::vector<Span>& spans, const TextStyle& style, double width) const {
  return Paragraph(layout(spans, style, width));
}

Paragraph Typesetter::set_line(const std::string& text, const TextStyle& style, double width) const {
  PangoLayout* l = layout({Span{text}}, style, width);
  pango_layout_set_single_paragraph_mode(l, TRUE);
  pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
  return Paragraph(l);
}

void set_colour(cairo_t* cr, const Colour& colour) { cairo_set_source_rgb(cr, colour.r, colour.g, colour.b); }

}  // namespace regimen::pdf
