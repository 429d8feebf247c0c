// The front end: source text to syntax tree. The only door into src/parse/;
// nothing outside this folder sees an ANTLR type.
#pragma once

#include <cstddef>

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

// The ANTLR stages alone, for the benchmark: how many tokens the lexer makes,
// and whether the parser accepts the text. They build no syntax tree.
std::size_t lex_only(const std::string& text);
bool parse_tree_only(const std::string& text);

}  // namespace regimen
