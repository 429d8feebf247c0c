#include "image/svg_markup.h"

#include <algorithm>

#include "base/names.h"
#include "base/utf8.h"

namespace regimen::image::markup {

namespace {

constexpr std::string_view kSpace = " \t\r\n";

bool is_space(char c) { return kSpace.find(c) != std::string_view::npos; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// XML's name characters, near enough: every byte of a multi-byte UTF-8
// character counts, so a name in any script is read whole.
bool starts_name(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

bool same_letters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool starts_with_letters(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && same_letters(text.substr(0, prefix.size()), prefix);
}

std::size_t find_letters(std::string_view text, std::string_view needle, std::size_t from) {
  if (from > text.size()) return std::string_view::npos;
  // The needles are short words, so the plain search stays linear.
  auto found = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), needle.begin(), needle.end(),
                           [](char x, char y) { return lower(x) == lower(y); });
  return found == text.end() && !needle.empty() ? std::string_view::npos : static_cast<std::size_t>(found - text.begin());
}

std::string_view local_name(std::string_view name) {
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::string_view without_leading_space(std::string_view text) {
  std::size_t first = text.find_first_not_of(kSpace);
  return first == std::string_view::npos ? std::string_view{} : text.substr(first);
}

std::string quoted(std::string_view text) { return names::shorten(utf8::for_display(text)); }

std::optional<Piece> Scanner::next() {
  if (at_ >= text_.size()) return std::nullopt;
  if (text_[at_] != '<') {
    std::size_t end = std::min(text_.find('<', at_), text_.size());
    Text text{text_.substr(at_, end - at_)};
    at_ = end;
    return text;
  }
  std::string_view rest = text_.substr(at_);
  if (rest.starts_with("<!")) return bang();
  if (rest.starts_with("<?")) return instruction();
  if (rest.starts_with("</")) return element(true);
  if (rest.size() > 1 && starts_name(rest[1])) return element(false);
  // A `<` that starts no markup ("a < b" in broken text) is text.
  ++at_;
  return Text{rest.substr(0, 1)};
}

Piece Scanner::bang() {
  std::string_view rest = text_.substr(at_);
  if (rest.starts_with("<!--")) {
    std::size_t end = text_.find("-->", at_ + 4);
    at_ = end == std::string_view::npos ? text_.size() : end + 3;
    return Comment{end != std::string_view::npos};
  }
  if (rest.starts_with("<![CDATA[")) {
    std::size_t start = at_ + 9;
    std::size_t end = std::min(text_.find("]]>", start), text_.size());
    at_ = std::min(end + 3, text_.size());
    return Text{text_.substr(start, end - start)};
  }
  at_ += 2;
  Declaration declaration;
  declaration.keyword = name();
  // The body ends at `>`, or at `[` where a DOCTYPE's internal subset
  // starts: its declarations are read next, as pieces of their own, and
  // its closing `]>` as text.
  std::size_t start = at_;
  char quote = 0;
  while (at_ < text_.size() && (quote != 0 || (text_[at_] != '>' && text_[at_] != '['))) {
    if (quote == 0 && (text_[at_] == '"' || text_[at_] == '\'')) {
      quote = text_[at_];
    } else if (text_[at_] == quote) {
      quote = 0;
    }
    ++at_;
  }
  declaration.body = text_.substr(start, at_ - start);
  if (at_ < text_.size()) ++at_;
  return declaration;
}

Piece Scanner::instruction() {
  at_ += 2;
  Instruction instruction;
  instruction.target = name();
  attributes(instruction.attributes, nullptr);
  return instruction;
}

Element Scanner::element(bool end_tag) {
  at_ += end_tag ? 2 : 1;
  Element element;
  element.end_tag = end_tag;
  element.name = name();
  element.closed = attributes(element.attributes, &element.self_closing);
  return element;
}

bool Scanner::attributes(std::vector<Attribute>& out, bool* self_closing) {
  while (true) {
    skip_space();
    if (at_ >= text_.size()) return false;
    std::string_view rest = text_.substr(at_);
    if (rest.starts_with("/>") || rest.starts_with("?>")) {
      if (self_closing != nullptr && rest[0] == '/') *self_closing = true;
      at_ += 2;
      return true;
    }
    if (rest[0] == '>') {
      ++at_;
      return true;
    }
    Attribute attribute;
    attribute.name = name();
    if (attribute.name.empty()) {
      ++at_;  // a stray `=`, quote, `/` or `?`, which no well-formed tag has
      continue;
    }
    skip_space();
    if (at_ < text_.size() && text_[at_] == '=') {
      ++at_;
      skip_space();
      if (at_ < text_.size() && (text_[at_] == '"' || text_[at_] == '\'')) {
        std::size_t end = text_.find(text_[at_], at_ + 1);
        if (end == std::string_view::npos) end = text_.size();
        attribute.value = text_.substr(at_ + 1, end - at_ - 1);
        at_ = std::min(end + 1, text_.size());
      } else {
        std::size_t start = at_;
        while (at_ < text_.size() && !is_space(text_[at_]) && text_[at_] != '>') ++at_;
        attribute.value = text_.substr(start, at_ - start);
      }
    }
    out.push_back(attribute);
  }
}

// Anything up to a space or the punctuation that ends a name in a tag.
std::string_view Scanner::name() {
  constexpr std::string_view kEnds = " \t\r\n=>/?\"'[<";
  std::size_t start = at_;
  while (at_ < text_.size() && kEnds.find(text_[at_]) == std::string_view::npos) ++at_;
  return text_.substr(start, at_ - start);
}

void Scanner::skip_space() {
  while (at_ < text_.size() && is_space(text_[at_])) ++at_;
}

}  // namespace regimen::image::markup
