// Renders diagnostics as JSON records, the same data as the text renderer.
#pragma once

#include <nlohmann/json.hpp>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen {

nlohmann::json diagnostic_to_json(const Diagnostic& d, const SourceSet& sources);
// {"diagnostics": [...], "errors": N, "warnings": N}
nlohmann::json diagnostics_to_json(const Diagnostics& all, const SourceSet& sources);
// The same document around records already made, for a caller that renders
// each file's diagnostics as it goes.
nlohmann::json diagnostics_document(nlohmann::json records, std::size_t errors, std::size_t warnings);

// {"file", "line", "column", "end_line", "end_column", "offset", "length"}; null for no place.
nlohmann::json span_to_json(const Span& span, const SourceSet& sources);

}  // namespace regimen
