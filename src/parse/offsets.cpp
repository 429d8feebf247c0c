#include "parse/offsets.h"

#include <algorithm>

#include <antlr4-runtime.h>

#include "base/utf8.h"

namespace regimen::syntax {

Offsets::Offsets(FileId file, std::string_view utf8_text)
    : file_(file), size_(static_cast<std::uint32_t>(utf8_text.size())) {
  // ANTLR's input stream drops a leading byte-order mark, so character 0 is
  // the first character after it.
  start_ = utf8_text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::uint32_t extra = 0;
  std::uint32_t char_index = 0;
  for (std::size_t i = start_; i < utf8_text.size(); ++char_index) {
    auto c = static_cast<unsigned char>(utf8_text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = utf8::sequence_length(utf8_text, i);
    if (n == 0) n = 1;
    i += n;
    if (n > 1) {
      extra += static_cast<std::uint32_t>(n - 1);
      wide_.push_back(Wide{char_index, extra});
    }
  }
}

std::uint32_t Offsets::byte(std::size_t char_index) const {
  auto after = std::upper_bound(wide_.begin(), wide_.end(), char_index,
                                [](std::size_t at, const Wide& w) { return at <= w.char_index; });
  std::size_t extra = after == wide_.begin() ? 0 : (after - 1)->extra;
  std::size_t at = start_ + char_index + extra;
  return static_cast<std::uint32_t>(std::min<std::size_t>(at, size_));
}

Span Offsets::token(const antlr4::Token* token) const {
  if (token == nullptr) return Span{file_, 0, 0};
  if (token->getType() == antlr4::Token::EOF) {
    return Span{file_, size_, size_};
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
