// The exercise library compiled into the binary (from stdlib/*.regimen).
#pragma once

#include <string_view>
#include <vector>

#include "base/source.h"

namespace regimen {

struct EmbeddedModule {
  std::string_view name;  // the file's stem: `import mobility`
  std::string_view text;
};

// In file-name order. Immutable: built once, never changed.
const std::vector<EmbeddedModule>& embedded_stdlib();

// Adds each module's text to `sources` as `<stdlib>/NAME.regimen`, in that
// order. Done first, module i is file i: the built-in library's spans (see
// stdlib/builtin.h) point at these files.
void add_stdlib_sources(SourceSet& sources);

}  // namespace regimen
