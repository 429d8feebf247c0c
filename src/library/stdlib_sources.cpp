#include <fmt/format.h>

#include "library/embedded_stdlib.h"

namespace regimen {

void add_stdlib_sources(SourceSet& sources) {
  for (const auto& module : embedded_stdlib()) {
    sources.add(fmt::format("<stdlib>/{}.regimen", module.name), SourceFile::Borrowed{module.text});
  }
}

}  // namespace regimen
