#include "lint/allow_comments.h"

#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "base/names.h"
#include "lint/settings.h"

namespace regimen::lint {
namespace {

constexpr std::string_view kMarker = "lint:";
constexpr std::string_view kAllow = "allow";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The byte offset of the line's comment (its `#`), if it has one. Strings are
// skipped as the lexer skips them: a backslash escapes the next character.
std::optional<std::size_t> comment_start(std::string_view line) {
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '#') {
      return i;
    }
  }
  return std::nullopt;
}

bool blank(std::string_view text) {
  for (char c : text) {
    if (!is_space(c)) return false;
  }
  return true;
}

// One name in the list, with where it stands in the file.
struct ListedName {
  std::string text;
  std::uint32_t offset;
};

// The names after `allow`, split at commas (and spaces, so that a forgotten
// comma does not silently join two names into one unknown word).
std::vector<ListedName> split_names(std::string_view list, std::uint32_t offset) {
  std::vector<ListedName> out;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && (is_space(list[i]) || list[i] == ',')) ++i;
    std::size_t begin = i;
    while (i < list.size() && !is_space(list[i]) && list[i] != ',') ++i;
    if (i > begin) out.push_back({std::string(list.substr(begin, i - begin)), offset + static_cast<std::uint32_t>(begin)});
  }
  return out;
}

Diagnostic problem(Span span, std::string message) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.span = span;
  d.message = std::move(message);
  d.origin = LintInputProblem::AllowComment;
  return d;
}

}  // namespace

bool AllowComments::allows(std::uint32_t line, std::string_view rule_id) const {
  auto it = allowed.find(line);
  return it != allowed.end() && it->second.count(std::string(rule_id)) > 0;
}

AllowComments read_allow_comments(const SourceSet& sources, FileId file, std::span<const Rule> rules) {
  AllowComments out;
  const SourceFile& source = sources.file(file);
  std::string_view text = source.text();
  // Rules of comments alone on their lines, waiting for the next line of code.
  std::set<std::string> pending;
  for (std::uint32_t line = 1; line <= source.line_count(); ++line) {
    std::string_view line_text = source.line_text(line);
    auto line_offset = static_cast<std::uint32_t>(line_text.data() - text.data());
    auto hash = comment_start(line_text);
    std::string_view code = line_text.substr(0, hash.value_or(line_text.size()));
    bool has_code = !blank(code);
    if (has_code && !pending.empty()) {
      out.allowed[line].insert(pending.begin(), pending.end());
      pending.clear();
    }
    if (!hash) continue;

    std::string_view comment = line_text.substr(*hash + 1);
    std::size_t i = 0;
    while (i < comment.size() && is_space(comment[i])) ++i;
    if (comment.substr(i, kMarker.size()) != kMarker) continue;
    i += kMarker.size();
    while (i < comment.size() && is_space(comment[i])) ++i;
    auto comment_offset = line_offset + static_cast<std::uint32_t>(*hash + 1);
    Span whole{file, line_offset + static_cast<std::uint32_t>(*hash), line_offset + static_cast<std::uint32_t>(line_text.size())};
    if (comment.substr(i, kAllow.size()) != kAllow ||
        (i + kAllow.size() < comment.size() && !is_space(comment[i + kAllow.size()]))) {
      Diagnostic d = problem(whole, "a `lint:` comment that does not say `allow`");
      d.help.push_back("write `# lint: allow RULE, RULE`");
      out.problems.push_back(std::move(d));
      continue;
    }
    i += kAllow.size();
    auto listed = split_names(comment.substr(i), comment_offset + static_cast<std::uint32_t>(i));
    if (listed.empty()) {
      Diagnostic d = problem(whole, "an allow comment that names no rule");
      d.help.push_back("name the rules it allows: `# lint: allow RULE, RULE`");
      out.problems.push_back(std::move(d));
      continue;
    }
    std::set<std::string>& target = has_code ? out.allowed[line] : pending;
    for (const auto& name : listed) {
      Span span{file, name.offset, name.offset + static_cast<std::uint32_t>(name.text.size())};
      if (const Rule* rule = find_in(rules, name.text)) {
        target.insert(std::string(rule->id));
        continue;
      }
      UnknownRule unknown = unknown_rule(rules, name.text);
      Diagnostic d = problem(span, unknown.message);
      if (unknown.guess) d.help.push_back(names::did_you_mean(*unknown.guess));
      d.notes.push_back(Note{"`regimen lint --list-rules` lists every rule", {}});
      out.problems.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace regimen::lint
