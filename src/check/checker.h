// The checker: a syntax tree and a library in, a checked program out. Names
// are resolved, units converted, and every dose is checked against what its
// exercise can take. Problems are diagnostics; the program is always returned.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "library/library.h"
#include "program/program.h"
#include "vocab/direction.h"

namespace regimen {

struct CheckOptions {
  // `--set name=value`: the value of each routine parameter.
  std::map<std::string, std::string> params;
  // `--affected-side left|right`: the side `affected side only` works.
  std::optional<Side> affected_side;
};

program::Program check(const ast::File& file, const Library& library, const CheckOptions& options,
                       Diagnostics& diagnostics);

}  // namespace regimen
