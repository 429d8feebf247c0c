// The front end: source text to syntax tree. The only door into src/parse/;
// nothing outside this folder sees an ANTLR type.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ast/ast.h"
#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen {

struct ParseOptions {
  // Blocks and brackets nested deeper than this are refused before parsing,
  // so that no input can exhaust the stack of the recursive-descent parser.
  std::size_t max_depth = 32;
  // The parser stops after this many syntax errors in one file.
  std::size_t max_errors = 50;
};

// Parses one file of `sources`. Never throws: problems in the input become
// diagnostics. A statement broken by a syntax error is an `ast::Invalid` in
// the tree, and the rest of the file is built as usual; the tree is empty
// (and not `complete`) only when parsing stopped early.
ast::File parse(const SourceSet& sources, FileId file, Diagnostics& diagnostics,
                const ParseOptions& options = {});

// Which lexer makes the tokens: the one ANTLR generates from the grammar,
// or Regimen's own (parse/lexer.h), which `parse` uses.
enum class LexerKind { generated, own };

// The stages alone, for the benchmark: how many tokens the lexer makes, and
// whether the parser accepts the text. They build no syntax tree. With the
// generated lexer, they are what ANTLR alone costs.
std::size_t lex_only(const std::string& text, LexerKind lexer = LexerKind::generated);
bool parse_tree_only(const std::string& text, LexerKind lexer = LexerKind::generated);

// Where the two lexers part on `text` (invalid UTF-8 is first mended as
// `parse` does): empty when they make the same tokens, with the same type,
// channel, place, line, column and text; else the first difference, in
// words. For the tests and the front-end fuzz target, which hold Regimen's
// lexer to the grammar's.
std::string lexer_differences(std::string_view text);

// How far the parser had to look ahead, for the tests that keep the grammar
// free of long-range ambiguity (an ambiguity makes prediction read on to the
// end of the line, and parsing quadratic in its length).
enum class Prediction {
  sll,  // every valid file: the fast mode
  ll,   // a file with a syntax error is parsed again in full LL
};
struct LookaheadProfile {
  std::size_t tokens = 0;           // tokens in the file, end of file included
  std::size_t predictions = 0;      // decisions the parser made
  std::size_t max_lookahead = 0;    // the most tokens one prediction read
  std::size_t total_lookahead = 0;  // tokens read by all predictions together
  std::string deepest_rule;         // the rule of the decision that read the most
};
LookaheadProfile profile_lookahead(const std::string& text, Prediction mode);

}  // namespace regimen
