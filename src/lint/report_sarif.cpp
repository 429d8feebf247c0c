// The lint report as SARIF 2.1.0, the format code-scanning tools read: one
// run, the rules as the tool's rule descriptors, each diagnostic a result.
#include <fmt/format.h>

#include <map>

#include "lint/report.h"
#include "lint/settings.h"

namespace regimen::lint {
namespace {

using nlohmann::json;

// A path as a URI reference: unreserved characters and `/` as they are,
// everything else percent-encoded (spaces, `<stdin>`, non-ASCII bytes).
std::string uri_of(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

std::string_view sarif_level(RuleLevel level) {
  switch (level) {
    case RuleLevel::Allow: return "none";
    case RuleLevel::Warn: return "warning";
    case RuleLevel::Deny: return "error";
  }
  return "warning";
}

// Lines and columns as the compiler counts them: 1-based, columns in
// characters (hence the run's columnKind), the end column just past the end.
json region(const Span& span, const SourceSet& sources) {
  const SourceFile& file = sources.file(span.file);
  LineCol start = file.line_col(span.begin);
  LineCol end = file.line_col(span.end);
  return {{"startLine", start.line},
          {"startColumn", start.column},
          {"endLine", end.line},
          {"endColumn", end.column},
          {"byteOffset", span.begin},
          {"byteLength", span.end - span.begin}};
}

json location(const Span& span, const SourceSet& sources) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", uri_of(sources.file(span.file).path())}}},
            {"region", region(span, sources)}}}};
}

// One fix per diagnostic: all its edits, grouped by the file they change.
json fix(const Diagnostic& d, const SourceSet& sources) {
  std::map<FileId, json> by_file;
  for (const auto& edit : d.fixes) {
    if (!edit.span.valid()) continue;
    json& change = by_file[edit.span.file];
    if (change.is_null()) {
      change = {{"artifactLocation", {{"uri", uri_of(sources.file(edit.span.file).path())}}},
                {"replacements", json::array()}};
    }
    change["replacements"].push_back(
        {{"deletedRegion", region(edit.span, sources)}, {"insertedContent", {{"text", edit.replacement}}}});
  }
  json changes = json::array();
  for (auto& [file, change] : by_file) changes.push_back(std::move(change));
  std::string description = d.help.empty() ? "apply the suggested edit" : d.help.front();
  return {{"description", {{"text", description}}}, {"artifactChanges", changes}};
}

json result(const Diagnostic& d, std::size_t rule_index, const SourceSet& sources) {
  json out = {{"ruleId", diagnostic_code(d)},
              {"ruleIndex", rule_index},
              {"level", sarif_level(d.severity)},
              {"message", {{"text", d.message}}}};
  if (d.span.valid()) out["locations"] = json::array({location(d.span, sources)});
  json related = json::array();
  std::vector<std::string> unplaced;
  for (const auto& note : d.notes) {
    if (!note.span.valid()) {
      unplaced.push_back(note.message);
      continue;
    }
    json place = location(note.span, sources);
    place["id"] = related.size();
    place["message"] = {{"text", note.message}};
    related.push_back(std::move(place));
  }
  if (!related.empty()) out["relatedLocations"] = related;
  json fixes = fix(d, sources);
  if (!fixes["artifactChanges"].empty()) out["fixes"] = json::array({fixes});
  json properties = json::object();
  if (!d.help.empty()) properties["help"] = d.help;
  if (!unplaced.empty()) properties["notes"] = unplaced;
  if (!properties.empty()) out["properties"] = properties;
  return out;
}

}  // namespace

json report_to_sarif(const LintReport& report, const SourceSet& sources, std::span<const Rule> rules,
                     std::string_view tool_version) {
  json descriptors = json::array();
  std::map<std::string, std::size_t> index;  // rule id (or compiler code) -> place in `descriptors`
  for (const Rule& rule : rules) {
    index[std::string(rule.id)] = descriptors.size();
    descriptors.push_back({{"id", rule.id},
                           {"name", rule.name},
                           {"shortDescription", {{"text", rule.summary}}},
                           {"fullDescription", {{"text", rule.rationale}}},
                           {"defaultConfiguration",
                            {{"level", sarif_level(rule.default_level)},
                             {"enabled", rule.default_level != RuleLevel::Allow}}}});
  }
  // The compiler's codes, and the linter's own problems (allow comments),
  // become rules too, so that every result points at a descriptor.
  for (const auto& d : report.diagnostics.all()) {
    std::string code = diagnostic_code(d);
    if (index.count(code)) continue;
    index[code] = descriptors.size();
    descriptors.push_back({{"id", code}, {"shortDescription", {{"text", diagnostic_summary(d)}}}});
  }
  json results = json::array();
  for (const auto& d : report.diagnostics.all()) results.push_back(result(d, index.at(diagnostic_code(d)), sources));
  json driver = {{"name", "regimen"}, {"version", tool_version}, {"rules", descriptors}};
  json run = {{"tool", {{"driver", driver}}}, {"columnKind", "unicodeCodePoints"}, {"results", results}};
  return {{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", json::array({run})}};
}

}  // namespace regimen::lint
