// The outline of a document (`textDocument/documentSymbol`): the routine,
// its stages, sessions, phases, sections and circuits, their exercise lines,
// and the exercises, vocabulary and parameters the file defines.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "ast/ast.h"

namespace regimen::lsp {

// The protocol's DocumentSymbol[], nested as the blocks are, for the syntax
// tree of `text`.
nlohmann::json document_symbols(const ast::File& file, std::string_view text);

}  // namespace regimen::lsp
