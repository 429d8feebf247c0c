// Inside the image module: an SVG's text cut into tags, declarations and text, without an XML parser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace regimen::image::markup {

// Not an XML parser: it does not check that the text is well formed, and it
// reads a broken document in some plausible way rather than refusing it.
// That is enough here, because both readers of an SVG that matter (a
// browser's <img> and librsvg) refuse a document that is not well formed,
// and in one that is, the scanner finds the same tags they do. Every view
// points into the text it was given.

struct Attribute {
  std::string_view name;   // as written, with its prefix: "xlink:href"
  std::string_view value;  // between the quotes; entities are not expanded
};

// A start tag `<svg ...>` or an end tag `</svg>`.
struct Element {
  std::string_view name;  // as written, with its prefix
  bool end_tag = false;
  bool self_closing = false;  // `<rect/>`
  bool closed = false;        // false when the text ends inside the tag
  std::vector<Attribute> attributes;
};

// A processing instruction, `<?xml-stylesheet href="a.css"?>`; its content
// read as attributes, as the XML declaration and style sheets write it.
struct Instruction {
  std::string_view target;
  std::vector<Attribute> attributes;
};

// `<!DOCTYPE ...>`, `<!ENTITY ...>`. A DOCTYPE's internal subset (`[...]`)
// is not part of its body: the declarations in it come as pieces of their own.
struct Declaration {
  std::string_view keyword;  // "DOCTYPE", "ENTITY", as written
  std::string_view body;     // what follows the keyword, up to `>` or `[`
};

struct Comment {
  bool closed = false;  // false when `<!--` has no `-->`
};

// Character data between tags, and the content of a CDATA section.
struct Text {
  std::string_view content;
};

using Piece = std::variant<Element, Instruction, Declaration, Comment, Text>;

// The pieces in order, one per call; nullopt at the end of the text. Each
// call moves past at least one byte and looks at each byte a bounded number
// of times, so a walk over the whole text takes time linear in its length.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  std::optional<Piece> next();

 private:
  Piece bang();                                                   // after `<!`
  Piece instruction();                                            // after `<?`
  Element element(bool end_tag);                                  // after `<` or `</`
  bool attributes(std::vector<Attribute>& out, bool* self_closing);  // up to the tag's end; false if none
  std::string_view name();
  void skip_space();

  std::string_view text_;
  std::size_t at_ = 0;
};

// ASCII letters compared without case; every other byte must be equal.
bool same_letters(std::string_view a, std::string_view b);
bool starts_with_letters(std::string_view text, std::string_view prefix);
// The first place at or after `from` where `needle` is, compared by
// same_letters; npos if nowhere.
std::size_t find_letters(std::string_view text, std::string_view needle, std::size_t from = 0);

// The name without its prefix: "xlink:href" -> "href".
std::string_view local_name(std::string_view name);
std::string_view trimmed(std::string_view text);
// Only the leading space: a reference's start is what decides, and the
// rest of a long text is not looked at.
std::string_view without_leading_space(std::string_view text);

// Text from the file as quoted in a message: valid UTF-8, no control
// characters, at most 60 bytes.
std::string quoted(std::string_view text);

}  // namespace regimen::image::markup
