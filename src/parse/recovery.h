// Error recovery: how the parser gets past a syntax error, and which parts of
// the parse tree it broke on the way.
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <vector>

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

// Which parts of the parse tree a syntax error broke. Recovery leaves error
// nodes (tokens it skipped or made up) and contexts with an exception; a part
// is broken when it holds one, or a character the lexer could not read.
class Breakage {
 public:
  // `bad_characters`: for each character the lexer could not read, in order,
  // the index of the visible token it follows (0 when none does). A bad
  // character breaks the part that token belongs to, so that `hold 30§` is
  // not checked as `hold 30`.
  // `recovered`: whether the parser met a syntax error and recovered from it
  // (the LL pass); a tree from the fast pass holds no error, and with no bad
  // character either nothing in it is broken, which is then not searched for
  // (a search of every statement's subtree was an eighth of a large file's
  // time).
  Breakage(std::vector<std::size_t> bad_characters, bool recovered)
      : bad_characters_(std::move(bad_characters)), recovered_(recovered) {}

  // Whether `ctx` is broken. The bodies of blocks, and definition items,
  // are left out: each of their statements and items is judged on its own.
  bool broken(antlr4::ParserRuleContext* ctx) const;

  // A token recovery made up (`<missing '}'>`) rather than read.
  static bool made_up(const antlr4::Token* token);

 private:
  struct TokenRange {
    std::size_t first, last;
  };
  bool holds_error(antlr4::ParserRuleContext* ctx, std::vector<TokenRange>& judged_apart) const;
  bool holds_bad_character(antlr4::ParserRuleContext* ctx, const std::vector<TokenRange>& judged_apart) const;

  std::vector<std::size_t> bad_characters_;
  bool recovered_ = true;
};

}  // namespace regimen::syntax
