#include "stdlib/compile_stdlib.h"

#include <vector>

#include "check/definitions.h"
#include "library/embedded_stdlib.h"
#include "parse/parser.h"

namespace regimen {

Library compile_stdlib(SourceSet& sources, Diagnostics& diagnostics) {
  add_stdlib_sources(sources);
  const auto& modules = embedded_stdlib();
  std::vector<ast::File> files;
  files.reserve(modules.size());
  for (FileId id = 0; id < modules.size(); ++id) files.push_back(parse(sources, id, diagnostics));
  std::vector<LayerModule> layer;
  for (std::size_t i = 0; i < files.size(); ++i) layer.push_back(LayerModule{std::string(modules[i].name), &files[i]});
  Library library;
  define_layer(layer, library, diagnostics);
  return library;
}

}  // namespace regimen
