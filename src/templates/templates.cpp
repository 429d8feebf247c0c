#include "templates/templates.h"

#include <algorithm>

#include "base/names.h"
#include "templates/embedded_templates.h"

namespace regimen {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The text after `# Field:` on a comment line, if the line is that field.
std::optional<std::string_view> field(std::string_view line, std::string_view name) {
  line = trim(line);
  if (line.empty() || line.front() != '#') return std::nullopt;
  line = trim(line.substr(1));
  if (line.size() <= name.size() || line.substr(0, name.size()) != name || line[name.size()] != ':') return std::nullopt;
  return trim(line.substr(name.size() + 1));
}

}  // namespace

StarterTemplate read_template(std::string_view id, std::string_view text) {
  StarterTemplate out;
  out.id = std::string(id);
  out.text = text;
  bool in_header = true;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    // The header is the comment lines the file starts with.
    if (trim(line).empty() || trim(line).front() != '#') in_header = false;
    if (in_header) {
      if (auto condition = field(line, "Condition"); condition && out.condition.empty()) out.condition = *condition;
      if (auto source = field(line, "Source"); source && out.source.empty()) out.source = *source;
    }
    if (field(line, "FILL IN")) ++out.fill_ins;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::vector<StarterTemplate> starter_templates() {
  std::vector<StarterTemplate> out;
  for (const auto& file : embedded_templates()) out.push_back(read_template(file.name, file.text));
  std::sort(out.begin(), out.end(), [](const StarterTemplate& a, const StarterTemplate& b) { return a.id < b.id; });
  return out;
}

std::optional<StarterTemplate> find_template(std::string_view id) {
  for (auto& t : starter_templates()) {
    if (names::lookup_key(t.id) == names::lookup_key(id)) return t;
  }
  return std::nullopt;
}

std::optional<std::string> suggest_template(std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& t : starter_templates()) ids.push_back(t.id);
  return names::closest(id, ids);
}

}  // namespace regimen
