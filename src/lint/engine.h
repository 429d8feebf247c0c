// The linter's engine: runs a table of rules over one checked routine, gives
// each finding its level, drops what allow comments silence, and turns the
// rest into diagnostics sorted by position.
#pragma once

#include <span>
#include <vector>

#include "diag/diagnostic.h"
#include "lint/rule.h"
#include "lint/settings.h"

namespace regimen::lint {

// A finding, with the rule that made it and the level it has in this run.
struct RuledFinding {
  const Rule* rule;
  RuleLevel level;  // Warn or Deny: allowed findings are never kept
  Finding finding;
};

struct LintOutcome {
  std::vector<RuledFinding> findings;  // in order of position
  std::vector<Diagnostic> notices;     // problems with allow comments
  std::size_t allowed_by_comments = 0;
};

// Runs every rule of `rules` whose level is not Allow. `input.sources` must
// hold `input.file`, whose allow comments are honoured.
LintOutcome run(const LintInput& input, std::span<const Rule> rules, const LintSettings& settings);

// The finding as a diagnostic: an error when denied, a warning otherwise.
Diagnostic to_diagnostic(const RuledFinding& finding);

// Every finding and notice, in order of position.
Diagnostics to_diagnostics(const LintOutcome& outcome);

}  // namespace regimen::lint
