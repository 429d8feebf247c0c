// Error recovery: how the parser gets past a syntax error.
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>

#include "parse/syntax_errors.h"

namespace regimen::syntax {

// ANTLR's recovery, with a budget and one rule of its own. Past the budget,
// parsing stops (the caller catches the cancellation and says so), so a file
// of garbage costs linear time. Two rules of its own keep the braces paired:
// words that start nothing in a list of statements, clauses or properties
// are skipped to the end of their line, over any block they open; and words
// between a block's header and its `{` on the same line are skipped up to
// the `{`. ANTLR would instead leave the list or the block, and the block's
// `}` would then close an outer block, so that every later line landed in
// the wrong block.
class BoundedErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit BoundedErrorStrategy(const SyntaxErrorListener& listener, std::size_t max_errors)
      : listener_(listener), max_errors_(max_errors) {}

  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override;
  void sync(antlr4::Parser* recognizer) override;

 private:
  void check_budget() const;
  bool at_stray_words(antlr4::Parser* recognizer) const;
  void skip_line(antlr4::Parser* recognizer);
  bool at_words_before_brace(antlr4::Parser* recognizer);
  void skip_to_brace(antlr4::Parser* recognizer);

  const SyntaxErrorListener& listener_;
  std::size_t max_errors_;
  std::size_t no_brace_before_ = 0;  // tokens before this index were seen to hold no `{` up to their line's end
};

}  // namespace regimen::syntax
