#include "lint/explain.h"

#include <fmt/format.h>

#include <sstream>

#include "lint/settings.h"
#include "vocab/units.h"

namespace regimen::lint {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string shown_value(const RuleSetting& setting, double value) {
  auto number = [](double v) {
    return v == static_cast<double>(static_cast<long long>(v)) ? fmt::format("{}", static_cast<long long>(v))
                                                                : fmt::format("{}", v);
  };
  switch (setting.unit) {
    case SettingUnit::Seconds: {
      long long whole = static_cast<long long>(value);
      if (whole % 3600 == 0) return fmt::format("\"{}h\"", whole / 3600);
      if (whole % 60 == 0) return fmt::format("\"{}min\"", whole / 60);
      return fmt::format("\"{}s\"", number(value));
    }
    case SettingUnit::PainScore:
    case SettingUnit::Count:
    case SettingUnit::Ratio:
    case SettingUnit::Percent: return number(value);
  }
  return number(value);
}

}  // namespace

std::string rule_section(std::string_view docs, const Rule& rule) {
  std::string heading = fmt::format("### {} {}", rule.id, rule.name);
  std::size_t at = docs.find(heading + "\n");
  if (at == std::string_view::npos) return {};
  std::string out;
  bool in_code = false;
  std::size_t line_start = docs.find('\n', at) + 1;
  while (line_start < docs.size()) {
    std::size_t end = docs.find('\n', line_start);
    if (end == std::string_view::npos) end = docs.size();
    std::string_view line = docs.substr(line_start, end - line_start);
    line_start = end + 1;
    if (!in_code && (starts_with(line, "## ") || starts_with(line, "### "))) break;
    if (starts_with(line, "```")) {
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      out += "    ";
      out += line;
    } else {
      out += line;
    }
    out += '\n';
  }
  while (!out.empty() && out.back() == '\n' && out.size() > 1 && out[out.size() - 2] == '\n') out.pop_back();
  while (!out.empty() && out.front() == '\n') out.erase(out.begin());
  return out;
}

std::string explain(const Rule& rule, std::string_view docs, const RuleValues& values, std::string_view config) {
  std::string out = fmt::format("{} {}: {}\n\n", rule.id, rule.name, rule.summary);
  std::string section = rule_section(docs, rule);
  out += section.empty() ? fmt::format("Why: {}\n", rule.rationale) : section;
  out += "\nSettings";
  if (rule.settings.empty()) {
    out += ": none; only its level changes, with --deny, --warn, --allow or [lint] in regimen.toml.\n";
    return out;
  }
  out += fmt::format(", in regimen.toml under [rules.{}]:\n", rule.name);
  std::size_t width = 0;
  for (const RuleSetting& s : rule.settings) width = std::max(width, s.key.size());
  for (const RuleSetting& s : rule.settings) {
    double value = values.get(rule.id, s.key);
    std::string in_force = values.is_set(rule.id, s.key)
                               ? fmt::format(" (default {}; {} sets it)", shown_value(s, s.fallback), config)
                               : " (default)";
    out += fmt::format("  {:<{}} = {}{}\n      {}\n", s.key, width, shown_value(s, value), in_force, s.summary);
  }
  return out;
}

}  // namespace regimen::lint
