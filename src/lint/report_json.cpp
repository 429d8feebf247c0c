// Regimen's own lint JSON: the compiler's diagnostic objects, each with the
// rule that made it (or null), and the files linted.
#include "diag/render_json.h"
#include "lint/report.h"

namespace regimen::lint {

nlohmann::json report_to_json(const LintReport& report, const SourceSet& sources) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& file : report.files) {
    files.push_back({{"path", file.path}, {"linted", file.linted}, {"fixed", file.fixed}});
  }
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const auto& d : report.diagnostics.all()) {
    nlohmann::json item = diagnostic_to_json(d, sources);
    if (!item.contains("rule")) item["rule"] = nullptr;
    diagnostics.push_back(std::move(item));
  }
  return {{"format", "regimen-lint"},
          {"version", 1},
          {"files", files},
          {"diagnostics", diagnostics},
          {"errors", report.diagnostics.error_count()},
          {"warnings", report.diagnostics.warning_count()}};
}

}  // namespace regimen::lint
