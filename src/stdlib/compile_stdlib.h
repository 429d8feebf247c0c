// stdlib/*.regimen parsed and checked from its text, as a workspace once did
// at every start: what regimen_stdlib_gen writes into the program, and what
// the tests compare the compiled-in library with.
#pragma once

#include "diag/diagnostic.h"
#include "library/library.h"

namespace regimen {

// Adds the modules' texts to `sources` (which must be empty: module i is
// file i) and returns the library they define; problems go to `diagnostics`.
Library compile_stdlib(SourceSet& sources, Diagnostics& diagnostics);

}  // namespace regimen
