// `--fix`: applying the findings' mechanical edits to a routine's text. Each
// edit replaces a byte range, so whatever it does not touch (comments, blank
// lines, indentation) stays as it was.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen::lint {

// The edits that fix one problem: applied all together or not at all.
using FixGroup = std::vector<FixIt>;

struct FixOutcome {
  std::string text;
  std::size_t fixed = 0;    // groups applied
  std::size_t skipped = 0;  // groups left: overlapping an earlier one, or outside the file
};

// Applies to `text` (the text of `file`) every group that neither overlaps a
// group applied before it nor reaches outside the file. Groups are taken in
// order of their first edit's position, so the result does not depend on the
// order the rules ran in.
FixOutcome apply_fixes(std::string_view text, FileId file, std::vector<FixGroup> groups);

}  // namespace regimen::lint
