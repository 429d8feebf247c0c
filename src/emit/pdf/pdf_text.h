// Text for the PDF handout: pango paragraphs of a fixed width that wrap at
// words, or inside a word when it is longer than the line, so that no string
// from a routine can run past the margin.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <pango/pangocairo.h>

namespace regimen::pdf {

struct Colour {
  double r = 0;
  double g = 0;
  double b = 0;
};

struct TextStyle {
  double size = 10.5;  // points
  bool bold = false;
  bool italic = false;
  Colour colour;
  double line_spacing = 1.0;  // a factor of the font's own line height
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

// A run of text in a paragraph, optionally bold or in its own colour:
// "Tip:" in bold before the tip, without any markup to parse.
struct Span {
  std::string text;
  bool bold = false;
  const Colour* colour = nullptr;
};

// One laid-out line of a paragraph, relative to the paragraph's top.
struct LineBox {
  double top = 0;
  double height = 0;
  double baseline = 0;  // from the paragraph's top
  double x = 0;         // from the paragraph's left edge (alignment)
};

// A paragraph laid out at a fixed width; cheap to copy (the layout is shared).
class Paragraph {
 public:
  Paragraph() = default;
  explicit Paragraph(PangoLayout* layout);  // takes the reference

  double height() const { return height_; }
  double width() const { return width_; }  // of the widest line
  const std::vector<LineBox>& lines() const { return lines_; }

  // Draws the whole paragraph with its top-left corner at (x, top).
  void draw(cairo_t* cr, double x, double top) const;
  // Draws one line, placed as it would be if the paragraph's top were at `top`.
  void draw_line(cairo_t* cr, std::size_t line, double x, double top) const;

 private:
  std::shared_ptr<PangoLayout> layout_;
  std::vector<LineBox> lines_;
  double height_ = 0;
  double width_ = 0;
};

// Lays out paragraphs in the handout's fonts: one pango context, at 72 dpi so
// that a point in pango is a point on the page, with no hinting so that the
// measured and the written text agree on any machine.
class Typesetter {
 public:
  Typesetter();
  ~Typesetter();
  Typesetter(const Typesetter&) = delete;
  Typesetter& operator=(const Typesetter&) = delete;

  Paragraph set(const std::string& text, const TextStyle& style, double width) const;
  Paragraph set(const std::vector<Span>& spans, const TextStyle& style, double width) const;
  // One line that ends in an ellipsis when it does not fit (the footer).
  Paragraph set_line(const std::string& text, const TextStyle& style, double width) const;

 private:
  PangoLayout* layout(const std::vector<Span>& spans, const TextStyle& style, double width) const;

  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
};

void set_colour(cairo_t* cr, const Colour& colour);

// The compiler hands over UTF-8, but a writer must not trust that: pango and
// cairo refuse invalid bytes, so they become U+FFFD here.
std::string valid_utf8(const std::string& text);

}  // namespace regimen::pdf
