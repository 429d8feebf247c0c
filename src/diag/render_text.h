// Renders diagnostics the way compilers do: location, message, code, the
// source line with a caret under the fault, then help and notes.
#pragma once

#include <cstddef>
#include <string>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen {

struct TextRenderOptions {
  bool color = false;
  // Problems shown for one file; a note counts the rest. Thousands of them
  // are a wall no one reads, and each quotes its line.
  std::size_t shown_per_file = 100;
};

std::string render_text(const Diagnostic& d, const SourceSet& sources, const TextRenderOptions& options = {});
// Every diagnostic of a list, up to `shown_per_file` of each file (a sorted
// list keeps each file's together).
std::string render_text(const Diagnostics& all, const SourceSet& sources, const TextRenderOptions& options = {});

// "2 errors, 1 warning generated." or empty when there is nothing to count.
std::string render_summary(const Diagnostics& all);
std::string render_summary(std::size_t errors, std::size_t warnings);

}  // namespace regimen
