// What one `regimen lint` run found, in every file, and its two machine
// formats: Regimen's own JSON (docs/schema/lint.schema.json) and SARIF 2.1.0.
#pragma once

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"
#include "lint/rule.h"

namespace regimen::lint {

struct FileReport {
  std::string path;          // as given on the command line
  bool linted = false;       // compiled without errors, so the rules ran
  std::size_t fixed = 0;     // problems `--fix` fixed
};

struct LintReport {
  std::vector<FileReport> files;
  Diagnostics diagnostics;   // the library's, the compiler's and the linter's, file by file
};

nlohmann::json report_to_json(const LintReport& report, const SourceSet& sources);

// `rules` are listed as the tool's rules whether they fired or not; the codes
// of compiler diagnostics in the report are listed after them.
nlohmann::json report_to_sarif(const LintReport& report, const SourceSet& sources, std::span<const Rule> rules,
                               std::string_view tool_version);

}  // namespace regimen::lint
