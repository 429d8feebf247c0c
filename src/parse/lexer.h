// Regimen's own lexer: the tokens of the grammar's lexer rules, made by hand.
//
// The grammar (grammar/Regimen.g4) stays the specification. ANTLR's generated
// lexer runs its rules through a DFA that starts empty in every process and
// allocates a 112-byte token for each token; this one reads the same
// characters with a few comparisons and makes tokens of 56 bytes. The
// keywords and punctuation are not written here: they are the literal names
// of the grammar's vocabulary, read when a lexer is made. Only the shapes of
// the grammar's other rules are (IDENT, INT, DECIMAL, SETS_X, STRING,
// UNTERMINATED_STRING, COMMENT, NL, WS, BAD_CHAR), and a test compares this
// lexer's tokens with the generated lexer's, field by field, over every file
// of the project and thousands of generated inputs; the front-end fuzz target
// compares them on every input it tries (see `lexer_differences`).
#pragma once

#include <antlr4-runtime.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parse/input_stream.h"

namespace regimen::syntax {

class Lexer;

// A token as the parser sees it. Its text is read from the input when asked
// for, as ANTLR's own tokens do.
class Token final : public antlr4::WritableToken {
 public:
  Token(Lexer* source, std::size_t type, std::size_t channel, std::size_t start, std::size_t length,
        std::size_t line, std::size_t column);

  std::string getText() const override;
  std::size_t getType() const override;
  std::size_t getLine() const override { return line_; }
  std::size_t getCharPositionInLine() const override { return column_; }
  std::size_t getChannel() const override { return channel_; }
  std::size_t getTokenIndex() const override;
  std::size_t getStartIndex() const override { return start_; }
  // One before the start for an empty token (the end of the file), as ANTLR has it.
  std::size_t getStopIndex() const override { return std::size_t{start_} + length_ - 1; }
  antlr4::TokenSource* getTokenSource() const override;
  antlr4::CharStream* getInputStream() const override;
  std::string toString() const override;

  void setText(const std::string& text) override { text_ = std::make_unique<std::string>(text); }
  void setType(std::size_t type) override { type_ = narrow_type(type); }
  void setLine(std::size_t line) override { line_ = static_cast<std::uint32_t>(line); }
  void setCharPositionInLine(std::size_t column) override { column_ = static_cast<std::uint32_t>(column); }
  void setChannel(std::size_t channel) override { channel_ = static_cast<std::uint8_t>(channel); }
  void setTokenIndex(std::size_t index) override;

 private:
  static std::int32_t narrow_type(std::size_t type);

  Lexer* source_;
  std::unique_ptr<std::string> text_;  // only when set by the runtime, which the parser never does
  std::int32_t type_;                  // -1 for the end of the file
  std::uint32_t start_, length_, line_, column_;
  std::uint32_t index_ = kNoIndex;
  std::uint8_t channel_;
  static constexpr std::uint32_t kNoIndex = UINT32_MAX;
};

// The types of the tokens the grammar writes as literals (`'routine'`,
// `'{'`, `'->'`), by their text, read from a recogniser's vocabulary. The
// table is the same for every file, so one is made per process and lexers
// share it (see `grammar_literals`).
class Literals {
 public:
  explicit Literals(const antlr4::dfa::Vocabulary& vocabulary);
  // The keyword `word` is, or 0 when it is an identifier.
  std::size_t keyword(std::u32string_view word) const;
  // The punctuation `text` is (one or two characters), or 0.
  std::size_t punctuation(std::u32string_view text) const;

 private:
  std::unordered_map<std::string, std::size_t> words_;
  std::unordered_map<std::string, std::size_t> marks_;
};

class Lexer final : public antlr4::TokenSource {
 public:
  Lexer(InputStream& input, const Literals& literals);

  std::unique_ptr<antlr4::Token> nextToken() override;
  std::size_t getLine() const override { return line_; }
  std::size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return &input_; }
  std::string getSourceName() override { return input_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

 private:
  // Moves past `n` characters, keeping the line and column as ANTLR counts
  // them: only `\n` starts a line (a lone `\r` is a line end to the grammar,
  // but not to ANTLR's line numbers).
  void advance(std::size_t n);
  std::unique_ptr<antlr4::Token> make(std::size_t type, std::size_t start, std::size_t line, std::size_t column,
                                      std::size_t channel = antlr4::Token::DEFAULT_CHANNEL);
  std::size_t string_end(std::size_t from, bool& closed) const;

  InputStream& input_;
  std::u32string_view text_;
  const Literals& literals_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 0;
};

// The grammar's literals, made once on first use (immutable after).
const Literals& grammar_literals();

}  // namespace regimen::syntax
