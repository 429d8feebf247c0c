// Reading the pictures a routine names (`image "..." alt "..."`), from the
// folder of the file that names each, and refusing any a handout cannot show.
#pragma once

#include <vector>

#include "ast/ast.h"
#include "base/source.h"
#include "diag/diagnostic.h"
#include "image/pictures.h"
#include "library/library.h"
#include "program/program.h"

namespace regimen {

// The pictures of the program's lines, and of every exercise defined in
// `own_files` (the routine and the files it imports), used or not, so that
// a broken one is found before a handout needs it. Problems are errors at
// the path as written.
image::Pictures read_pictures(const program::Program& program, const Library& library,
                              const std::vector<const ast::File*>& own_files, const SourceSet& sources,
                              Diagnostics& diagnostics);

}  // namespace regimen
