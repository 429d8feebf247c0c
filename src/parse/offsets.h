// Maps ANTLR's character indices back to byte offsets in the original file.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace regimen::syntax {

class Offsets {
 public:
  Offsets(FileId file, std::string_view utf8_text);

  Span token(const antlr4::Token* token) const;
  Span context(antlr4::ParserRuleContext* ctx) const;
  Span between(const antlr4::Token* first, const antlr4::Token* last) const;
  FileId file() const { return file_; }

 private:
  std::uint32_t byte(std::size_t char_index) const;

  // A character's byte offset is its index, plus the byte-order mark
  // skipped, plus the extra bytes of the multi-byte characters before it:
  // only those are listed, so an ASCII file needs no table at all (a table of
  // every character would take four bytes for each byte of input).
  struct Wide {
    std::uint32_t char_index;  // a character of two bytes or more
    std::uint32_t extra;       // extra bytes of it and every wide one before it
  };
  FileId file_;
  std::uint32_t start_ = 0;  // 3 after a byte-order mark
  std::uint32_t size_ = 0;   // bytes in the text
  std::vector<Wide> wide_;
};

}  // namespace regimen::syntax
