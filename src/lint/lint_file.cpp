#include "lint/lint_file.h"

#include <algorithm>
#include <tuple>

namespace regimen::lint {
namespace {

// Enough for fixes that make room for other fixes; a rule whose fix keeps
// producing new findings must not loop forever.
constexpr int kMaxFixPasses = 8;

struct Pass {
  Compilation compilation;
  std::optional<LintOutcome> outcome;
};

Pass lint_once(Workspace& workspace, const CheckOptions& check, const std::string& path, std::string text,
               std::span<const Rule> rules, const LintSettings& settings) {
  Pass pass{workspace.compile(path, std::move(text), check), std::nullopt};
  const Compilation& c = pass.compilation;
  if (!c.ok() || !c.syntax || !c.library || workspace.library_diagnostics().has_errors()) return pass;
  LintInput input{*c.program, *c.syntax, *c.library, workspace.sources(), c.root, settings.profile, settings.values};
  pass.outcome = run(input, rules, settings);
  return pass;
}

}  // namespace

std::vector<FixGroup> fix_groups(const LintOutcome& outcome) {
  std::vector<FixGroup> groups;
  for (const auto& finding : outcome.findings) {
    if (!finding.finding.fixes.empty()) groups.push_back(finding.finding.fixes);
  }
  return groups;
}

Diagnostics FileLint::diagnostics() const {
  std::vector<Diagnostic> all = compilation.diagnostics.all();
  if (outcome) {
    Diagnostics found = to_diagnostics(*outcome);
    all.insert(all.end(), found.all().begin(), found.all().end());
  }
  // Stable: the compiler's order among its own diagnostics is kept.
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.file, a.span.begin, a.span.end) < std::tie(b.span.file, b.span.begin, b.span.end);
  });
  Diagnostics out;
  for (auto& d : all) out.add(std::move(d));
  return out;
}

FileLint lint_file(Workspace& workspace, const CheckOptions& check, const std::string& path, std::string text,
                   std::span<const Rule> rules, const LintSettings& settings, bool fix) {
  FileLint out;
  out.text = text;
  Pass pass = lint_once(workspace, check, path, std::move(text), rules, settings);
  for (int i = 0; fix && pass.outcome && i < kMaxFixPasses; ++i) {
    FixOutcome fixed = apply_fixes(out.text, pass.compilation.root, fix_groups(*pass.outcome));
    if (fixed.fixed == 0 || fixed.text == out.text) break;
    Pass next = lint_once(workspace, check, path, fixed.text, rules, settings);
    if (!next.outcome) {
      // The fixes would leave the routine with errors: keep it as it was.
      out.fix_refused = true;
      break;
    }
    out.text = std::move(fixed.text);
    out.fixed += fixed.fixed;
    pass = std::move(next);
  }
  out.compilation = std::move(pass.compilation);
  out.outcome = std::move(pass.outcome);
  return out;
}

}  // namespace regimen::lint
