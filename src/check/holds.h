// Holds: timed, in breaths, brief, open-ended ("until pain eases"), or open
// above ("at least"). One conversion for routine lines and library defaults.
#pragma once

#include <optional>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "library/exercise.h"
#include "program/program.h"

namespace regimen {

// `timing` gives the brief hold and the bound of open-ended holds that do not
// say `max`.
std::optional<program::Hold> convert_hold(const ast::Hold& hold, const Timing& timing, Diagnostics& diagnostics);

}  // namespace regimen
