// What the editor shows over a word: for an exercise line, the exercise,
// its dose in the words the patient will read and its session's time; for an exercise's name
// anywhere else, the exercise.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "driver/workspace.h"

namespace regimen::lsp {

// Markdown for the cursor at byte `offset` of the compiled document; none
// where there is nothing to say.
std::optional<std::string> hover_text(const Compilation& compilation, const Library& library, std::string_view text,
                                      std::size_t offset);

}  // namespace regimen::lsp
