#include "diag/render_json.h"

namespace regimen {

nlohmann::json span_to_json(const Span& span, const SourceSet& sources) {
  if (!span.valid()) return nullptr;
  const SourceFile& file = sources.file(span.file);
  LineCol start = file.line_col(span.begin);
  LineCol end = file.line_col(span.end);
  return {{"file", file.path()},       {"line", start.line},   {"column", start.column},
          {"end_line", end.line},      {"end_column", end.column}, {"offset", span.begin},
          {"length", span.end - span.begin}};
}

nlohmann::json diagnostic_to_json(const Diagnostic& d, const SourceSet& sources) {
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& note : d.notes) notes.push_back({{"message", note.message}, {"span", span_to_json(note.span, sources)}});
  nlohmann::json fixes = nlohmann::json::array();
  for (const auto& fix : d.fixes) fixes.push_back({{"span", span_to_json(fix.span, sources)}, {"replacement", fix.replacement}});
  nlohmann::json out = {{"severity", severity_name(d.severity)},
                        {"code", diagnostic_code(d)},
                        {"message", d.message},
                        {"span", span_to_json(d.span, sources)},
                        {"help", d.help},
                        {"notes", notes},
                        {"fixes", fixes}};
  // Only lint findings name a rule; the compiler's diagnostics stay as they were.
  if (auto rule = lint_rule_name(d)) out["rule"] = *rule;
  return out;
}

nlohmann::json diagnostics_to_json(const Diagnostics& all, const SourceSet& sources) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : all.all()) list.push_back(diagnostic_to_json(d, sources));
  return diagnostics_document(std::move(list), all.error_count(), all.warning_count());
}

nlohmann::json diagnostics_document(nlohmann::json records, std::size_t errors, std::size_t warnings) {
  return {{"format", "regimen-diagnostics"},
          {"version", 1},
          {"diagnostics", std::move(records)},
          {"errors", errors},
          {"warnings", warnings}};
}

}  // namespace regimen
