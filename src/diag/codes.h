// The compiler's diagnostic codes (the list is codes.def) and what each
// code carries: its id, its severity and a one-line summary.
#pragma once

#include <string_view>
#include <vector>

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

}  // namespace regimen
