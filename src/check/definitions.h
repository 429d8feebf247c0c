// The definitions of a layer of the library into library entries: the words
// of its vocabularies (`equipment step "Step or stair"`) and its exercises
// (`exercise id "Name" { ... }`).
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "library/library.h"

namespace regimen {

// One file of a layer: the module it makes (`import NAME`) and what it defines.
struct LayerModule {
  std::string name;
  const ast::File* file = nullptr;
};

// Adds one layer to `library`: the built-in library, one `--lib` folder, or a
// routine with the files it imports. Within a layer a name may be defined
// once; a definition with the id of an earlier layer's replaces it. The words
// of every file come first, so that an exercise may name a word defined in
// any file of its layer; variant links are checked last, once every
// exercise of the layer is in.
void define_layer(const std::vector<LayerModule>& modules, Library& library, Diagnostics& diagnostics);

// Whether `file` would change its layer: it defines a word or an exercise, or
// a syntax error broke a definition of a word (which changes what the layer's
// other files are told about unknown words).
bool adds_to_layer(const ast::File& file);

}  // namespace regimen
