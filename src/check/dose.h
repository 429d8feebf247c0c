// Doses: a line's or a library default's dose checked against what its
// exercise accepts (`accepted_by` and the `accepts` property) and converted.
// One set of functions serves routine lines and library defaults, so the two
// can never disagree about what a dose means.
#pragma once

#include <optional>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "library/exercise.h"
#include "program/dose.h"

namespace regimen {

// Where a dose is written. A library default is one starting dose: it may
// not progress (`5 -> 15`), which is for a routine to say.
enum class DoseSite { RoutineLine, LibraryDefault };

std::optional<program::Dose> check_dose(const ast::Dose& dose, const Exercise& exercise, DoseSite site,
                                        Diagnostics& diagnostics);
std::optional<program::Quantity> check_sets(const ast::Quantity& sets, DoseSite site, Diagnostics& diagnostics);
std::optional<program::Range> check_rest(const ast::Quantity& rest, DoseSite site, Diagnostics& diagnostics);

// "is done in repetitions", and a dose it takes ("`reps 10 x2`"), for messages.
std::string_view kind_phrase(DosageKind kind);
std::string_view kind_example(DosageKind kind);

}  // namespace regimen
