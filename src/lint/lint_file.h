// Linting one routine file: compile it, run the rules when it compiled
// cleanly, and with `fix`, apply the findings' fixes and lint again until
// nothing more can be fixed.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "driver/workspace.h"
#include "lint/engine.h"
#include "lint/fix.h"
#include "lint/rule.h"
#include "lint/settings.h"

namespace regimen::lint {

struct FileLint {
  Compilation compilation;             // of the final text
  std::optional<LintOutcome> outcome;  // set when it compiled without errors
  std::string text;                    // the final text: the input, or the input fixed
  std::size_t fixed = 0;               // problems fixed
  bool fix_refused = false;            // some fixes were left out: they would have broken the routine

  // The compiler's diagnostics and the findings, in order of position.
  Diagnostics diagnostics() const;
};

// The fixes of an outcome's findings: one group for each finding that has any.
std::vector<FixGroup> fix_groups(const LintOutcome& outcome);

// The linter's whole pass over one file, in `workspace`. Fixes change only
// the returned text; writing it is the caller's choice.
FileLint lint_file(Workspace& workspace, const CheckOptions& check, const std::string& path, std::string text,
                   std::span<const Rule> rules, const LintSettings& settings, bool fix);

}  // namespace regimen::lint
