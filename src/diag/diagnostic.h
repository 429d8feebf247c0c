// Diagnostics as data: what went wrong, where, and how to fix it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/source.h"
#include "diag/codes.h"
#include "diag/messages.h"

namespace regimen {

// A lint rule, by its stable id and its name: "L0101", "missing-caution".
struct LintRuleOrigin {
  std::string id;
  std::string name;
  bool operator==(const LintRuleOrigin&) const = default;
};

// A problem the linter has with its own input, not with the program: its
// configuration file, or a `# lint: allow` comment it cannot follow.
enum class LintInputProblem { Config, AllowComment };

// Where a diagnostic comes from: one of the compiler's codes, a lint rule, or
// the linter's own input. Every renderer reads it the same way.
using Origin = std::variant<DiagCode, LintRuleOrigin, LintInputProblem>;

// A secondary place worth showing, such as the first of two definitions.
struct Note {
  std::string message;
  Span span;  // may be invalid: a note about no place in particular
};

// A mechanical fix: replace `span` with `replacement`.
struct FixIt {
  Span span;
  std::string replacement;
};

struct Diagnostic {
  Origin origin = DiagCode::SyntaxError;
  Severity severity = Severity::Error;
  Span span;
  std::string message;
  std::vector<Note> notes;
  std::vector<std::string> help;  // "did you mean `cat_camel`?"
  std::vector<FixIt> fixes;
  // The name a "did you mean" proposes in place of the span's word, for the
  // tools that offer it as a change (the language server's quick fix).
  std::optional<std::string> suggestion;

  // Whether the compiler reported this under `code`.
  bool is(DiagCode code) const;
};

// The code a diagnostic goes by: the compiler's ("E0101"), a lint rule's id
// ("L0101"), or the name of a problem with the linter's input ("config").
std::string diagnostic_code(const Diagnostic& d);
// What it is labelled with in text: its code, and a rule's name beside its
// id ("L0101 missing-caution").
std::string diagnostic_label(const Diagnostic& d);
// One line on what this kind of diagnostic means, for SARIF's rule list.
std::string diagnostic_summary(const Diagnostic& d);
// The lint rule's name, for a lint finding.
std::optional<std::string> lint_rule_name(const Diagnostic& d);

class Diagnostics;

// A diagnostic being written. The call site adds help, notes and fixes to it,
// and it joins the list when the builder goes (or at `emit()`): nothing ever
// holds a reference into the list, which moves as it grows.
class [[nodiscard]] DiagnosticBuilder {
 public:
  DiagnosticBuilder(Diagnostics& sink, Diagnostic diagnostic) : sink_(&sink), d_(std::move(diagnostic)) {}
  DiagnosticBuilder(const DiagnosticBuilder&) = delete;
  DiagnosticBuilder& operator=(const DiagnosticBuilder&) = delete;
  DiagnosticBuilder(DiagnosticBuilder&& other) noexcept : sink_(other.sink_), d_(std::move(other.d_)) { other.sink_ = nullptr; }
  DiagnosticBuilder& operator=(DiagnosticBuilder&&) = delete;
  ~DiagnosticBuilder() { emit(); }

  DiagnosticBuilder& help(std::string text);
  DiagnosticBuilder& note(std::string message, Span span = {});
  DiagnosticBuilder& fix(Span span, std::string replacement);
  // "did you mean `x`?" when a candidate is close enough to `name` (see
  // names::closest); nothing otherwise. The one place that says it.
  DiagnosticBuilder& suggest(std::string_view name, const std::vector<std::string>& candidates);
  DiagnosticBuilder& suggest(const std::optional<std::string>& guess);
  // The same, with the guess worked out by `guess()` only while the
  // compilation's budget of suggestions lasts: each guess is a search of the
  // whole library, and a file of thousands of unknown names must not cost
  // thousands of searches. For searches of a list that grows with the input.
  template <typename Guess>
  DiagnosticBuilder& suggest_within_budget(Guess&& guess);
  void emit();

 private:
  Diagnostics* sink_;
  Diagnostic d_;
};

// Collects diagnostics from every phase. One per compilation; never global.
class Diagnostics {
 public:
  // A compiler diagnostic: the message names its code and wording, and the
  // diagnostic has the severity its code has.
  template <DiagCode Code, msg::Format Wording, typename... Args>
  DiagnosticBuilder report(Span span, const msg::Message<Code, Wording, Args...>& message) {
    return make(Code, code_severity(Code), span, message.text());
  }
  // One of several messages, chosen where the wording is worked out.
  template <typename... Messages>
  DiagnosticBuilder report(Span span, const std::variant<Messages...>& message) {
    return std::visit([&](const auto& one) { return report(span, one); }, message);
  }
  // A problem with the linter's own input; its wording is the linter's.
  DiagnosticBuilder report(LintInputProblem problem, Severity severity, Span span, std::string message) {
    return make(problem, severity, span, std::move(message));
  }
  // A finished diagnostic (a lint rule's finding).
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

  const std::vector<Diagnostic>& all() const { return items_; }
  // "Did you mean" searches this collection may still make; see
  // DiagnosticBuilder::suggest_within_budget.
  static constexpr std::size_t kSuggestionBudget = 50;
  enum class Suggestion { allowed, just_spent, spent };
  Suggestion spend_suggestion();
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  void append(const Diagnostics& other);
  // Orders by file, then position, then code, and drops exact repeats.
  void sort();
  // The first `limit` diagnostics of each file (in a sorted list), and for a
  // file with more, a note saying how many are not shown: what a terminal
  // can take from a file with thousands of problems.
  Diagnostics first_per_file(std::size_t limit) const;

 private:
  DiagnosticBuilder make(Origin origin, Severity severity, Span span, std::string message);

  std::vector<Diagnostic> items_;
  std::size_t suggestions_ = 0;
};

template <typename Guess>
DiagnosticBuilder& DiagnosticBuilder::suggest_within_budget(Guess&& guess) {
  if (sink_ == nullptr) return *this;
  switch (sink_->spend_suggestion()) {
    case Diagnostics::Suggestion::allowed:
      return suggest(guess());
    case Diagnostics::Suggestion::just_spent:
      return note("\"did you mean\" is worked out for the first " + std::to_string(Diagnostics::kSuggestionBudget) +
                  " unknown names of a file; this one and the rest get none");
    case Diagnostics::Suggestion::spent:
      break;
  }
  return *this;
}

}  // namespace regimen
