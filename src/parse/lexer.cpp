#include "parse/lexer.h"

#include <fmt/format.h>

#include "RegimenLexer.h"
#include "RegimenParser.h"

namespace regimen::syntax {
namespace {

using generated::RegimenLexer;

// Keywords and punctuation are short; a longer word is an identifier at once.
constexpr std::size_t kLongestLiteral = 15;

bool ident_start(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool digit(char32_t c) { return c >= '0' && c <= '9'; }
bool ident_part(char32_t c) { return ident_start(c) || digit(c); }
// WS: [ \t\f\u00A0\uFEFF]+
bool blank(char32_t c) { return c == ' ' || c == '\t' || c == '\f' || c == 0xA0 || c == 0xFEFF; }

// The ASCII text of a short literal, or an empty string when it is too long
// or not ASCII (and so no literal of the grammar).
std::string ascii(std::u32string_view text) {
  std::string out;
  if (text.size() > kLongestLiteral) return out;
  for (char32_t c : text) {
    if (c > 0x7F) return {};
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::size_t find_in(const std::unordered_map<std::string, std::size_t>& table, std::u32string_view text) {
  std::string key = ascii(text);
  if (key.empty()) return 0;
  auto it = table.find(key);
  return it == table.end() ? 0 : it->second;
}

}  // namespace

// ---------------------------------------------------------------- Token

Token::Token(Lexer* source, std::size_t type, std::size_t channel, std::size_t start, std::size_t length,
             std::size_t line, std::size_t column)
    : source_(source),
      type_(narrow_type(type)),
      start_(static_cast<std::uint32_t>(start)),
      length_(static_cast<std::uint32_t>(length)),
      line_(static_cast<std::uint32_t>(line)),
      column_(static_cast<std::uint32_t>(column)),
      channel_(static_cast<std::uint8_t>(channel)) {}

std::int32_t Token::narrow_type(std::size_t type) {
  return type == antlr4::Token::EOF ? -1 : static_cast<std::int32_t>(type);
}

std::size_t Token::getType() const {
  return type_ < 0 ? antlr4::Token::EOF : static_cast<std::size_t>(type_);
}

std::size_t Token::getTokenIndex() const {
  return index_ == kNoIndex ? INVALID_INDEX : std::size_t{index_};
}

void Token::setTokenIndex(std::size_t index) {
  index_ = index == INVALID_INDEX ? kNoIndex : static_cast<std::uint32_t>(index);
}

antlr4::TokenSource* Token::getTokenSource() const { return source_; }

antlr4::CharStream* Token::getInputStream() const { return source_->getInputStream(); }

// As antlr4::CommonToken has it: the text set, else the characters of the
// input the token covers, and "<EOF>" for the end of the file.
std::string Token::getText() const {
  if (text_ && !text_->empty()) return *text_;
  antlr4::CharStream* input = getInputStream();
  std::size_t n = input->size();
  std::size_t stop = getStopIndex();
  if (start_ < n && stop < n) return input->getText(antlr4::misc::Interval(std::size_t{start_}, stop));
  return "<EOF>";
}

// The form of antlr4::CommonToken::toString, which error messages may quote.
std::string Token::toString() const {
  std::string text = getText();
  std::string shown;
  for (char c : text) {
    if (c == '\n') shown += "\\n";
    else if (c == '\r') shown += "\\r";
    else if (c == '\t') shown += "\\t";
    else shown.push_back(c);
  }
  std::string channel = channel_ > 0 ? fmt::format(",channel={}", channel_) : "";
  return fmt::format("[@{},{}:{}='{}',<{}>{},{}:{}]", static_cast<long long>(getTokenIndex()), start_,
                     static_cast<long long>(getStopIndex()), shown, static_cast<long long>(getType()), channel,
                     line_, column_);
}

// ---------------------------------------------------------------- Literals

Literals::Literals(const antlr4::dfa::Vocabulary& vocabulary) {
  for (std::size_t type = 1; type <= vocabulary.getMaxTokenType(); ++type) {
    std::string name = vocabulary.getLiteralName(type);
    if (name.size() < 3 || name.front() != '\'' || name.back() != '\'') continue;
    std::string text = name.substr(1, name.size() - 2);
    (ident_start(static_cast<unsigned char>(text.front())) ? words_ : marks_).emplace(text, type);
  }
}

std::size_t Literals::keyword(std::u32string_view word) const { return find_in(words_, word); }

std::size_t Literals::punctuation(std::u32string_view text) const { return find_in(marks_, text); }

// ---------------------------------------------------------------- Lexer

const Literals& grammar_literals() {
  // The vocabulary is static in the generated parser; reading it needs no
  // token stream.
  static const Literals literals(generated::RegimenParser(nullptr).getVocabulary());
  return literals;
}

Lexer::Lexer(InputStream& input, const Literals& literals)
    : input_(input), text_(input.chars()), literals_(literals) {}

antlr4::TokenFactory<antlr4::CommonToken>* Lexer::getTokenFactory() {
  // The parser's error recovery makes the tokens it conjures up with this.
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

void Lexer::advance(std::size_t n) {
  for (std::size_t end = pos_ + n; pos_ < end; ++pos_) {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 0;
    } else {
      ++column_;
    }
  }
}

std::unique_ptr<antlr4::Token> Lexer::make(std::size_t type, std::size_t start, std::size_t line,
                                           std::size_t column, std::size_t channel) {
  return std::make_unique<Token>(this, type, channel, start, pos_ - start, line, column);
}

// Where a string starting at `from` (its opening quote) ends: after its
// closing quote, or where a line end, a backslash before one, or the end of
// the text leaves it unclosed. The grammar's STRING and UNTERMINATED_STRING:
// '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'?
std::size_t Lexer::string_end(std::size_t from, bool& closed) const {
  std::size_t i = from + 1;
  while (i < text_.size()) {
    char32_t c = text_[i];
    if (c == '"') {
      closed = true;
      return i + 1;
    }
    if (c == '\r' || c == '\n') break;
    if (c == '\\') {
      if (i + 1 >= text_.size() || text_[i + 1] == '\r' || text_[i + 1] == '\n') break;
      i += 2;
      continue;
    }
    ++i;
  }
  closed = false;
  return i;
}

std::unique_ptr<antlr4::Token> Lexer::nextToken() {
  for (;;) {
    const std::size_t start = pos_, line = line_, column = column_;
    if (pos_ >= text_.size()) return make(antlr4::Token::EOF, start, line, column);
    const char32_t c = text_[pos_];
    auto next = [&](std::size_t k) -> char32_t { return pos_ + k < text_.size() ? text_[pos_ + k] : 0; };

    if (blank(c)) {  // WS -> skip
      std::size_t n = 1;
      while (pos_ + n < text_.size() && blank(text_[pos_ + n])) ++n;
      advance(n);
      continue;
    }
    if (c == '#') {  // COMMENT -> channel(HIDDEN)
      std::size_t n = 1;
      while (pos_ + n < text_.size() && text_[pos_ + n] != '\r' && text_[pos_ + n] != '\n') ++n;
      advance(n);
      return make(RegimenLexer::COMMENT, start, line, column, antlr4::Token::HIDDEN_CHANNEL);
    }
    if (c == '\n' || c == '\r') {  // NL: '\r'? '\n' | '\r'
      advance(c == '\r' && next(1) == '\n' ? 2 : 1);
      return make(RegimenLexer::NL, start, line, column);
    }
    if (ident_start(c)) {
      std::size_t n = 1;
      while (pos_ + n < text_.size() && ident_part(text_[pos_ + n])) ++n;
      std::u32string_view word = text_.substr(pos_, n);
      advance(n);
      // SETS_X ('x' [0-9]+) comes before IDENT in the grammar: it wins when
      // both match the whole word, and loses to a longer identifier.
      bool sets_x = n >= 2 && word[0] == 'x';
      for (std::size_t i = 1; sets_x && i < n; ++i) sets_x = digit(word[i]);
      if (sets_x) return make(RegimenLexer::SETS_X, start, line, column);
      std::size_t keyword = literals_.keyword(word);
      return make(keyword != 0 ? keyword : std::size_t{RegimenLexer::IDENT}, start, line, column);
    }
    if (digit(c)) {  // DECIMAL: [0-9]+ '.' [0-9]+, else INT: [0-9]+
      std::size_t n = 1;
      while (digit(next(n))) ++n;
      bool decimal = next(n) == '.' && digit(next(n + 1));
      if (decimal) {
        n += 2;
        while (digit(next(n))) ++n;
      }
      advance(n);
      return make(decimal ? RegimenLexer::DECIMAL : RegimenLexer::INT, start, line, column);
    }
    if (c == '"') {
      bool closed = false;
      advance(string_end(pos_, closed) - pos_);
      return make(closed ? RegimenLexer::STRING : RegimenLexer::UNTERMINATED_STRING, start, line, column);
    }
    // Punctuation: the longest literal that matches, of two characters or one.
    if (pos_ + 1 < text_.size()) {
      if (std::size_t type = literals_.punctuation(text_.substr(pos_, 2))) {
        advance(2);
        return make(type, start, line, column);
      }
    }
    if (std::size_t type = literals_.punctuation(text_.substr(pos_, 1))) {
      advance(1);
      return make(type, start, line, column);
    }
    // BAD_CHAR: . -> channel(HIDDEN)
    advance(1);
    return make(RegimenLexer::BAD_CHAR, start, line, column, antlr4::Token::HIDDEN_CHANNEL);
  }
}

}  // namespace regimen::syntax
