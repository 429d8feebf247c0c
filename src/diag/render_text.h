// Renders diagnostics the way compilers do: location, message, code, the
// source line with a caret under the fault, then help and notes.
#pragma once

#include <string>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen {

struct TextRenderOptions {
  bool color = false;
};

std::string render_text(const Diagnostic& d, const SourceSet& sources, const TextRenderOptions& options = {});
std::string render_text(const Diagnostics& all, const SourceSet& sources, const TextRenderOptions& options = {});

// "2 errors, 1 warning generated." or empty when there is nothing to count.
std::string render_summary(const Diagnostics& all);

}  // namespace regimen
