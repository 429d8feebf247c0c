// Diagnostics as data: what went wrong, where, and how to fix it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace regimen {

enum class Severity { Error, Warning, Note };

enum class DiagCode {
#define DIAG(name, code, severity, summary) name,
#include "diag/codes.def"
#undef DIAG
};

std::string_view code_id(DiagCode code);          // "E0101"
std::string_view code_summary(DiagCode code);
Severity code_severity(DiagCode code);
std::string_view severity_name(Severity severity);  // "error"
std::vector<DiagCode> all_codes();

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
  DiagCode code{};
  Severity severity = Severity::Error;
  Span span;
  std::string message;
  std::vector<Note> notes;
  std::vector<std::string> help;  // "did you mean `cat_camel`?"
  std::vector<FixIt> fixes;
  // Set for a lint finding: the rule's stable id and its name ("L0101",
  // "missing-caution"). They stand in for `code` when shown.
  std::string rule_id;
  std::string rule_name;
};

// The code a diagnostic goes by: the compiler's ("E0101"), or for the linter
// the rule's id ("L0101"), or a name for a problem with no id ("allow-comment").
inline std::string diagnostic_code(const Diagnostic& d) {
  if (!d.rule_id.empty()) return d.rule_id;
  return d.rule_name.empty() ? std::string(code_id(d.code)) : d.rule_name;
}

// What a diagnostic is labelled with in text: its code, and a rule's name
// beside its id ("L0101 missing-caution").
inline std::string diagnostic_label(const Diagnostic& d) {
  return d.rule_id.empty() || d.rule_name.empty() ? diagnostic_code(d) : d.rule_id + " " + d.rule_name;
}

// Collects diagnostics from every phase. One per compilation; never global.
class Diagnostics {
 public:
  Diagnostic& report(DiagCode code, Span span, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  void append(const Diagnostics& other);
  // Orders by file, then position, then code, and drops exact repeats.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace regimen
