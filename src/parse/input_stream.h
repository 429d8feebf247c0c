// The lexer's input: ANTLR's input stream, with the text decoded to UTF-32
// at its exact size.
#pragma once

#include <antlr4-runtime.h>

#include <string_view>

namespace regimen::syntax {

// ANTLR 4.9's own conversion leaves the UTF-32 buffer at up to five times
// the characters it holds (20 bytes for each byte of an ASCII file, kept for
// the whole parse); this one reserves what the text needs. Behaves as
// `antlr4::ANTLRInputStream(text)` does: a leading byte-order mark is
// dropped. The text must be valid UTF-8 (see parser.cpp's readable_text).
class InputStream : public antlr4::ANTLRInputStream {
 public:
  explicit InputStream(std::string_view utf8_text);
  // The decoded text, for syntax::Lexer.
  std::u32string_view chars() const { return _data; }
};

}  // namespace regimen::syntax
