// Exercise definitions (`exercise id "Name" { ... }`) into library entries.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "library/library.h"

namespace regimen {

// The names a group of files has defined so far: within one group (the
// files of a routine, or one library folder) a name may be defined once.
struct DefinedNames {
  std::map<std::string, Span> spans;  // lookup key -> where it was defined
};

// Checks each definition and adds it to `library` under `module`, replacing
// any exercise of the same id from an earlier layer. Variant links are checked
// later, by `check_variant_links`, once every layer is in.
void define_exercises(const std::vector<ast::ExerciseDef>& definitions, const std::string& module, Library& library,
                      DefinedNames& defined, Diagnostics& diagnostics);

// Reports variants (`easier`, `harder`, `alternative`) naming no exercise.
void check_variant_links(const Library& library, const DefinedNames& scope, Diagnostics& diagnostics);

}  // namespace regimen
