// An unknown word where one of a list was expected: "unknown level `begginer`",
// "did you mean", and the list. One wording for routine lines, facts and
// exercise definitions alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace regimen {

void report_unknown_word(Diagnostics& diagnostics, DiagCode code, const ast::Name& word, std::string_view what,
                         const std::vector<std::string>& allowed);

}  // namespace regimen
