#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

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

Diagnostic& Diagnostics::report(DiagCode code, Span span, std::string message) {
  Diagnostic d;
  d.code = code;
  d.severity = code_severity(code);
  d.span = span;
  d.message = std::move(message);
  items_.push_back(std::move(d));
  return items_.back();
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
    return std::make_tuple(d.span.file, d.span.begin, d.span.end, static_cast<int>(d.code), std::cref(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
               items_.end());
}

}  // namespace regimen
