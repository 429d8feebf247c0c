#include "lint/engine.h"

#include <set>
#include <tuple>

#include <algorithm>
#include <tuple>

#include "lint/allow_comments.h"

namespace regimen::lint {
namespace {

// The line a span starts on, in its own file; 0 for no place.
std::uint32_t start_line(const Span& span, const SourceSet& sources) {
  if (!span.valid() || span.file >= sources.size()) return 0;
  return sources.file(span.file).line_col(span.begin).line;
}

auto position_key(const Span& span) { return std::make_tuple(span.file, span.begin, span.end); }

}  // namespace

LintOutcome run(const LintInput& input, std::span<const Rule> rules, const LintSettings& settings) {
  LintOutcome out;
  AllowComments allow = read_allow_comments(input.sources, input.file, rules);
  out.notices = std::move(allow.problems);
  for (const Rule& rule : rules) {
    RuleLevel level = settings.level_of(rule);
    if (level == RuleLevel::Allow || rule.check == nullptr) continue;
    std::vector<Finding> found;
    rule.check(input, found);
    // A line outside the stages runs in the program and in each stage with no
    // date (lint/rules/rule_support.h): one finding about it is enough.
    std::set<std::tuple<FileId, std::uint32_t, std::uint32_t, std::string>> seen;
    for (auto& finding : found) {
      if (!seen.emplace(finding.span.file, finding.span.begin, finding.span.end, finding.message).second) continue;
      // Allow comments live in the routine file and speak of its lines only.
      if (finding.span.file == input.file && allow.allows(start_line(finding.span, input.sources), rule.id)) {
        ++out.allowed_by_comments;
        continue;
      }
      out.findings.push_back(RuledFinding{&rule, level, std::move(finding)});
    }
  }
  std::stable_sort(out.findings.begin(), out.findings.end(), [](const RuledFinding& a, const RuledFinding& b) {
    return std::make_tuple(position_key(a.finding.span), a.rule->id) <
           std::make_tuple(position_key(b.finding.span), b.rule->id);
  });
  return out;
}

Diagnostic to_diagnostic(const RuledFinding& finding) {
  Diagnostic d;
  d.severity = finding.level == RuleLevel::Deny ? Severity::Error : Severity::Warning;
  d.span = finding.finding.span;
  d.message = finding.finding.message;
  d.help = finding.finding.help;
  d.notes = finding.finding.notes;
  d.fixes = finding.finding.fixes;
  d.origin = LintRuleOrigin{std::string(finding.rule->id), std::string(finding.rule->name)};
  return d;
}

Diagnostics to_diagnostics(const LintOutcome& outcome) {
  std::vector<Diagnostic> all = outcome.notices;
  for (const auto& finding : outcome.findings) all.push_back(to_diagnostic(finding));
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return position_key(a.span) < position_key(b.span);
  });
  Diagnostics out;
  for (auto& d : all) out.add(std::move(d));
  return out;
}

}  // namespace regimen::lint
