// What the editor may complete at the cursor: exercise names where a line
// starts or a variant names one, the clauses of an exercise line after its
// name, units after a number, and the words a few clauses take (days, times
// of day, levels); statements and their snippets where a line starts. In an
// exercise definition: its properties and the words each takes.
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "library/library.h"

namespace regimen::lsp {

// The protocol's CompletionItem[] for the cursor at byte `offset` of `text`;
// empty inside a string or a comment.
nlohmann::json completion_items(std::string_view text, std::size_t offset, const Library& library);

// What a definition's property is for, as completion says it; empty for a
// word that is not a property.
std::string_view property_detail(std::string_view property);

}  // namespace regimen::lsp
