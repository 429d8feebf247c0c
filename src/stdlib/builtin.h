// The built-in exercise library, compiled into the program: stdlib/*.regimen
// is parsed and checked at build time (stdlib_gen.cpp), and the checked
// library written as C++ data, so that no command parses it at start.
#pragma once

#include "library/library.h"

namespace regimen {

// Adds the built-in library's words, exercises and modules to `library`, as
// checking stdlib/ would. Their spans point into the files that
// add_stdlib_sources (library/embedded_stdlib.h) adds first to a SourceSet.
void add_builtin_library(Library& library);

}  // namespace regimen
