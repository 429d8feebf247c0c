#include "lsp/text_positions.h"

#include <algorithm>

namespace regimen::lsp {
namespace {

// The bytes of the UTF-8 sequence that starts with `lead`, and the UTF-16
// units its character takes. A byte that starts no valid sequence counts as
// one byte and one unit, as the compiler mends it.
struct Width {
  std::size_t bytes = 1;
  std::size_t units = 1;
};

Width width_at(std::string_view text, std::size_t i) {
  auto lead = static_cast<unsigned char>(text[i]);
  std::size_t bytes = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  if (i + bytes > text.size()) return {};
  for (std::size_t k = 1; k < bytes; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return {};
  }
  return {bytes, bytes == 4 ? std::size_t{2} : std::size_t{1}};
}

// A line ends at `\n`, `\r\n` or a lone `\r`, as the protocol counts lines.
bool line_end_at(std::string_view text, std::size_t i) { return text[i] == '\n' || text[i] == '\r'; }

std::size_t skip_line_end(std::string_view text, std::size_t i) {
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') return i + 2;
  return i + 1;
}

}  // namespace

std::size_t offset_of(std::string_view text, Position position) {
  std::size_t i = 0;
  for (std::size_t line = 0; line < position.line; ++line) {
    while (i < text.size() && !line_end_at(text, i)) ++i;
    if (i >= text.size()) return text.size();
    i = skip_line_end(text, i);
  }
  std::size_t units = 0;
  while (i < text.size() && !line_end_at(text, i)) {
    Width w = width_at(text, i);
    if (units + w.units > position.character) break;
    units += w.units;
    i += w.bytes;
  }
  return i;
}

Position position_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  Position out;
  std::size_t i = 0;
  while (i < offset) {
    if (line_end_at(text, i)) {
      std::size_t next = skip_line_end(text, i);
      if (next > offset) break;  // between a \r and its \n: still on this line
      ++out.line;
      out.character = 0;
      i = next;
      continue;
    }
    Width w = width_at(text, i);
    if (i + w.bytes > offset) break;
    out.character += w.units;
    i += w.bytes;
  }
  return out;
}

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

std::string word_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t begin = offset, end = offset;
  while (begin > 0 && word_char(text[begin - 1])) --begin;
  while (end < text.size() && word_char(text[end])) ++end;
  return std::string(text.substr(begin, end - begin));
}

}  // namespace regimen::lsp
