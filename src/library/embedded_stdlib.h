// The exercise library compiled into the binary (from stdlib/*.regimen).
#pragma once

#include <string_view>
#include <vector>

namespace regimen {

struct EmbeddedModule {
  std::string_view name;  // the file's stem: `import mobility`
  std::string_view text;
};

// In file-name order. Immutable: built once, never changed.
const std::vector<EmbeddedModule>& embedded_stdlib();

}  // namespace regimen
