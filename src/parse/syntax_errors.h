// Turns ANTLR's syntax errors into Regimen diagnostics, in Regimen's words.
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>

#include "diag/diagnostic.h"
#include "parse/offsets.h"

namespace regimen::syntax {

// Replaces ANTLR's console listener: every syntax error becomes a diagnostic.
class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorListener(const Offsets& offsets, Diagnostics& diagnostics, std::size_t max_errors)
      : offsets_(offsets), diagnostics_(diagnostics), max_errors_(max_errors) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr error) override;

  std::size_t count() const { return count_; }

 private:
  const Offsets& offsets_;
  Diagnostics& diagnostics_;
  std::size_t max_errors_;
  std::size_t count_ = 0;
};

// The help for words on an exercise line that start no clause.
inline constexpr std::string_view kClauseHelp =
    "expected a clause such as `reps 10`, `hold 30s`, `x2` or `per side`; "
    "a new exercise starts on a new line or after `;`";

// "a number", "`reps`", "end of line": how a token is named in a message.
std::string describe_token(const antlr4::dfa::Vocabulary& vocabulary, std::size_t type);
std::string describe_text(const antlr4::Token* token);

// The type of a token the grammar writes as a literal (`{`, `;`), which the
// generated code names only by number.
std::size_t literal_token_type(const antlr4::dfa::Vocabulary& vocabulary, std::string_view literal);

}  // namespace regimen::syntax
