#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "base/names.h"

namespace regimen {
namespace {

struct CodeInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary;
};

constexpr CodeInfo kCodes[] = {
#define DIAG(name, code, severity, summary) {code, Severity::severity, summary},
#include "diag/codes.def"
#undef DIAG
};

const CodeInfo& info(DiagCode code) { return kCodes[static_cast<std::size_t>(code)]; }

}  // namespace

std::string_view code_id(DiagCode code) { return info(code).id; }
std::string_view code_summary(DiagCode code) { return info(code).summary; }
Severity code_severity(DiagCode code) { return info(code).severity; }

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::vector<DiagCode> all_codes() {
  std::vector<DiagCode> out;
  for (std::size_t i = 0; i < std::size(kCodes); ++i) out.push_back(static_cast<DiagCode>(i));
  return out;
}

bool Diagnostic::is(DiagCode code) const {
  const auto* own = std::get_if<DiagCode>(&origin);
  return own != nullptr && *own == code;
}

std::string diagnostic_code(const Diagnostic& d) {
  return std::visit(
      [](const auto& origin) -> std::string {
        using T = std::decay_t<decltype(origin)>;
        if constexpr (std::is_same_v<T, DiagCode>) {
          return std::string(code_id(origin));
        } else if constexpr (std::is_same_v<T, LintRuleOrigin>) {
          return origin.id;
        } else {
          static_assert(std::is_same_v<T, LintInputProblem>, "every origin has a code");
          return origin == LintInputProblem::Config ? "config" : "allow-comment";
        }
      },
      d.origin);
}

std::string diagnostic_label(const Diagnostic& d) {
  if (const auto* rule = std::get_if<LintRuleOrigin>(&d.origin)) return rule->id + " " + rule->name;
  return diagnostic_code(d);
}

std::string diagnostic_summary(const Diagnostic& d) {
  return std::visit(
      [](const auto& origin) -> std::string {
        using T = std::decay_t<decltype(origin)>;
        if constexpr (std::is_same_v<T, DiagCode>) {
          return std::string(code_summary(origin));
        } else if constexpr (std::is_same_v<T, LintRuleOrigin>) {
          return origin.name;
        } else {
          static_assert(std::is_same_v<T, LintInputProblem>, "every origin has a summary");
          return origin == LintInputProblem::Config ? "a problem in the lint configuration file"
                                                    : "a `# lint: allow` comment that cannot be followed";
        }
      },
      d.origin);
}

std::optional<std::string> lint_rule_name(const Diagnostic& d) {
  if (const auto* rule = std::get_if<LintRuleOrigin>(&d.origin)) return rule->name;
  return std::nullopt;
}

DiagnosticBuilder& DiagnosticBuilder::help(std::string text) {
  d_.help.push_back(std::move(text));
  return *this;
}

DiagnosticBuilder& DiagnosticBuilder::note(std::string message, Span span) {
  d_.notes.push_back(Note{std::move(message), span});
  return *this;
}

DiagnosticBuilder& DiagnosticBuilder::fix(Span span, std::string replacement) {
  d_.fixes.push_back(FixIt{span, std::move(replacement)});
  return *this;
}

DiagnosticBuilder& DiagnosticBuilder::suggest(std::string_view name, const std::vector<std::string>& candidates) {
  return suggest(names::closest(name, candidates));
}

DiagnosticBuilder& DiagnosticBuilder::suggest(const std::optional<std::string>& guess) {
  if (guess) {
    d_.help.push_back(names::did_you_mean(*guess));
    d_.suggestion = *guess;
  }
  return *this;
}

Diagnostics::Suggestion Diagnostics::spend_suggestion() {
  if (suggestions_ > kSuggestionBudget) return Suggestion::spent;
  return suggestions_++ < kSuggestionBudget ? Suggestion::allowed : Suggestion::just_spent;
}

void DiagnosticBuilder::emit() {
  if (sink_ == nullptr) return;
  sink_->add(std::move(d_));
  sink_ = nullptr;
}

DiagnosticBuilder Diagnostics::make(Origin origin, Severity severity, Span span, std::string message) {
  Diagnostic d;
  d.origin = std::move(origin);
  d.severity = severity;
  d.span = span;
  d.message = std::move(message);
  return DiagnosticBuilder(*this, std::move(d));
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort() {
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(d.span.file, d.span.begin, d.span.end, diagnostic_code(d), std::cref(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
               items_.end());
}

Diagnostics Diagnostics::first_per_file(std::size_t limit) const {
  Diagnostics out;
  std::size_t shown = 0, hidden = 0;
  Span first_hidden;
  auto close_file = [&] {
    if (hidden > 0) {
      msg::MoreNotShown message{hidden};
      Diagnostic note;
      note.origin = message.code;
      note.severity = Severity::Note;  // the problems it stands for were counted already
      note.span = Span{first_hidden.file, first_hidden.begin, first_hidden.begin};
      note.message = message.text();
      note.help.push_back("fix these and check again, or use `--diagnostics-format json` for the full list");
      out.items_.push_back(std::move(note));
    }
    shown = hidden = 0;
  };
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (i > 0 && items_[i].span.file != items_[i - 1].span.file) close_file();
    if (shown < limit) {
      out.items_.push_back(items_[i]);
      ++shown;
    } else if (hidden++ == 0) {
      first_hidden = items_[i].span;
    }
  }
  close_file();
  return out;
}

}  // namespace regimen
