// The `figure` of a library exercise, checked: its words looked up, each
// joint set once in a pose and within its normal range of motion.
#pragma once

#include <optional>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "figure/spec.h"

namespace regimen::checking {

// The figure as the model reads it; none when any part of it is reported,
// so that no drawing is made from a guess.
std::optional<figure::Spec> checked_figure(const ast::Figure& written, Diagnostics& diagnostics);

}  // namespace regimen::checking
