// `regimen fmt`: a routine file in its canonical layout (docs/formatting.md).
// Only the layout changes: the formatted file compiles to the same program,
// and keeps every comment on the line it was on.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"
#include "parse/layout.h"

namespace regimen {

// The file laid out canonically; nothing when the parser reports an error in
// it, which is then in `diagnostics`.
std::optional<std::string> format_file(const SourceSet& sources, FileId file, Diagnostics& diagnostics);

// The printing alone, from the tokens `layout` gives.
std::string print_layout(const std::vector<LayoutToken>& tokens);

}  // namespace regimen
