// Built-in modules that no longer exist: the library was organised by kind of
// exercise (mobility, stretching, ...) before it was organised by region.
// Routines written then still say `import mobility`; since an import of a
// built-in module only declares what the routine draws on (every built-in
// exercise is available without one), such an import is a warning that names
// the regions its exercises went to, not an error that stops the routine.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace regimen {

struct RetiredModule {
  std::string_view name;
  std::vector<std::string_view> regions;  // where its exercises are now
};

std::optional<RetiredModule> retired_module(std::string_view name);

}  // namespace regimen
