// Maps ANTLR's character indices back to byte offsets in the original file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/source.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace regimen::syntax {

class Offsets {
 public:
  Offsets(FileId file, const std::string& utf8_text);

  Span token(const antlr4::Token* token) const;
  Span context(antlr4::ParserRuleContext* ctx) const;
  Span between(const antlr4::Token* first, const antlr4::Token* last) const;
  FileId file() const { return file_; }

 private:
  std::uint32_t byte(std::size_t char_index) const;

  FileId file_;
  std::vector<std::uint32_t> char_to_byte_;  // one entry per code point, plus the end
};

}  // namespace regimen::syntax
