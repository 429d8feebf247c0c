// A tiny rule table for the engine's tests, so that they do not depend on
// the real rules: one rule that wants a rest on every exercise (and can fix
// it), one that flags the first exercise, and one whose fix breaks the file.
#pragma once

#include <array>
#include <string>
#include <variant>

#include "driver/workspace.h"
#include "lint/rule.h"

namespace regimen::lint::testing {

// Every top-level exercise line without `rest`: a finding with the fix of
// appending ` rest 30s` to the line.
inline void check_needs_rest(const LintInput& input, std::vector<Finding>& out) {
  for (const auto& node : input.program.body) {
    const auto* item = std::get_if<program::Item>(&node);
    if (!item || item->rest_seconds || item->span.file != input.file) continue;
    Finding f;
    f.span = item->span;
    f.message = "`" + item->exercise_id + "` has no rest";
    f.fixes.push_back(FixIt{Span{input.file, item->span.end, item->span.end}, " rest 30s"});
    out.push_back(std::move(f));
  }
}

// The first exercise, whatever it is.
inline void check_first(const LintInput& input, std::vector<Finding>& out) {
  for (const auto& node : input.program.body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      out.push_back(Finding{item->span, "the first exercise", {}, {}, {}});
      return;
    }
  }
}

// A fix that turns the file into nonsense: the engine must refuse it.
inline void check_breaks(const LintInput& input, std::vector<Finding>& out) {
  for (const auto& node : input.program.body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      Finding f{item->span, "breaks the file", {}, {}, {}};
      f.fixes.push_back(FixIt{Span{input.file, item->span.begin, item->span.begin}, "}}} "});
      out.push_back(std::move(f));
      return;
    }
  }
}

inline const std::array<Rule, 2> kFakeRules = {{
    {"T0001", "needs-rest", RuleLevel::Warn, "an exercise without rest", "rest matters", check_needs_rest},
    {"T0002", "first-exercise", RuleLevel::Deny, "the first exercise", "for tests", check_first},
}};

inline const std::array<Rule, 1> kBreakingRules = {{
    {"T0003", "breaks-file", RuleLevel::Warn, "a fix that breaks the file", "for tests", check_breaks},
}};

}  // namespace regimen::lint::testing
