#include "parse/offsets.h"

#include <antlr4-runtime.h>

#include "base/utf8.h"

namespace regimen::syntax {

Offsets::Offsets(FileId file, const std::string& utf8_text) : file_(file) {
  char_to_byte_.reserve(utf8_text.size() + 1);
  // ANTLR's input stream drops a leading byte-order mark, so character 0 is
  // the first character after it.
  std::size_t start = utf8_text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (std::size_t i = start; i < utf8_text.size();) {
    char_to_byte_.push_back(static_cast<std::uint32_t>(i));
    std::size_t n = utf8::sequence_length(utf8_text, i);
    i += n == 0 ? 1 : n;
  }
  char_to_byte_.push_back(static_cast<std::uint32_t>(utf8_text.size()));
}

std::uint32_t Offsets::byte(std::size_t char_index) const {
  if (char_index >= char_to_byte_.size()) return char_to_byte_.back();
  return char_to_byte_[char_index];
}

Span Offsets::token(const antlr4::Token* token) const {
  if (token == nullptr) return Span{file_, 0, 0};
  if (token->getType() == antlr4::Token::EOF) {
    std::uint32_t end = char_to_byte_.back();
    return Span{file_, end, end};
  }
  return Span{file_, byte(token->getStartIndex()), byte(token->getStopIndex() + 1)};
}

Span Offsets::between(const antlr4::Token* first, const antlr4::Token* last) const {
  Span a = token(first);
  Span b = token(last);
  if (b.end < a.begin) return a;
  return Span{file_, a.begin, b.end};
}

Span Offsets::context(antlr4::ParserRuleContext* ctx) const {
  if (ctx == nullptr) return Span{file_, 0, 0};
  return between(ctx->getStart(), ctx->getStop() ? ctx->getStop() : ctx->getStart());
}

}  // namespace regimen::syntax
