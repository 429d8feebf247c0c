// A routine compiled as the command line does it, and the lint rules run
// over its program, syntax tree and library directly: the rules are tested
// without the lint command.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "driver/workspace.h"
#include "lint/rule.h"
#include "vocab/kinds.h"
#include "vocab/units.h"

namespace regimen::testing {

struct RuleFinding {
  const lint::Rule* rule = nullptr;
  lint::Finding finding;
};

class Linted {
 public:
  // The routine is compiled for the profile's affected side, as the lint
  // command compiles it.
  explicit Linted(const std::string& text, lint::PatientProfile profile = {}, const std::string& path = "t.regimen",
                  CheckOptions options = {}, lint::RuleValues values = {})
      : profile_(std::move(profile)), values_(std::move(values)) {
    if (profile_.affected_side) options.affected_side = profile_.affected_side;
    result_ = workspace_.compile(path, text, options);
  }

  // Whether the routine compiled without errors: lint runs only on those.
  bool compiled() const { return result_.ok(); }
  std::string errors() const {
    std::string out;
    for (const auto& d : result_.diagnostics.all()) {
      if (d.severity == Severity::Error) out += d.message + "\n";
    }
    return out;
  }

  lint::LintInput input() const {
    return lint::LintInput{*result_.program, *result_.syntax, *result_.library, workspace_.sources(), result_.root, profile_, values_};
  }

  std::vector<lint::Finding> run(std::string_view rule_name) const {
    const lint::Rule* rule = lint::find_rule(rule_name);
    std::vector<lint::Finding> out;
    if (rule != nullptr && result_.program) rule->check(input(), out);
    return out;
  }

  std::vector<RuleFinding> run_all() const {
    std::vector<RuleFinding> out;
    for (const auto& rule : lint::all_rules()) {
      for (auto& f : run(rule.name)) out.push_back(RuleFinding{&rule, std::move(f)});
    }
    return out;
  }

  LineCol where(const Span& span) const { return workspace_.sources().file(span.file).line_col(span.begin); }
  std::string text(const Span& span) const {
    return std::string(workspace_.sources().file(span.file).text().substr(span.begin, span.end - span.begin));
  }
  std::string source() const { return std::string(workspace_.sources().file(result_.root).text()); }
  FileId file() const { return result_.root; }
  const program::Program& program() const { return *result_.program; }
  const Library& library() const { return *result_.library; }

 private:
  Workspace workspace_{WorkspaceOptions{}};
  Compilation result_;
  lint::PatientProfile profile_;
  lint::RuleValues values_;
};

// A corpus or example file's bytes.
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A patient profile from the lint command's options, as a corpus file's
// NAME.args or the docs give them: `--equipment band,chair --level beginner
// --max-session 20min --max-daily 1h --avoid kneeling,floor --affected-side left`.
inline lint::PatientProfile profile_from_args(const std::string& args) {
  lint::PatientProfile profile;
  std::istringstream in(args);
  std::string key, value;
  auto list = [](const std::string& text) {
    std::vector<std::string> items;
    std::istringstream words(text);
    for (std::string item; std::getline(words, item, ',');) items.push_back(item);
    return items;
  };
  auto seconds = [&](const std::string& text) {
    auto parsed = parse_time_length(text);
    INFO("not a length of time: " << text);
    REQUIRE(parsed.has_value());
    return *parsed;
  };
  while (in >> key >> value) {
    if (key == "--equipment") {
      profile.equipment = list(value);
    } else if (key == "--avoid") {
      profile.avoid = list(value);
    } else if (key == "--affected-side") {
      profile.affected_side = parse_word<Side>(value);
    } else if (key == "--level") {
      profile.level = parse_level(value);
    } else if (key == "--max-session") {
      profile.max_session_seconds = seconds(value);
    } else if (key == "--max-daily") {
      profile.max_daily_seconds = seconds(value);
    } else {
      FAIL("unknown lint option " << key);
    }
  }
  return profile;
}

// Whether two fixes touch the same place: they share a byte, or both insert
// at one offset (their order would be a guess). A `--fix` run applies only
// one of such a pair, so a second run would change the file again.
inline bool collide(const FixIt& a, const FixIt& b) {
  return a.span.begin == b.span.begin || (a.span.begin < b.span.end && b.span.begin < a.span.end);
}

// The text with the fixes applied, last first so that earlier offsets hold.
// The rules' fixes must never collide, so that one round applies them all.
inline std::string apply_fixes(std::string text, std::vector<FixIt> fixes) {
  for (std::size_t i = 0; i < fixes.size(); ++i) {
    for (std::size_t j = i + 1; j < fixes.size(); ++j) {
      INFO("fixes at " << fixes[i].span.begin << " and " << fixes[j].span.begin);
      CHECK_FALSE(collide(fixes[i], fixes[j]));
    }
  }
  std::sort(fixes.begin(), fixes.end(), [](const FixIt& a, const FixIt& b) { return a.span.begin > b.span.begin; });
  for (const auto& fix : fixes) text.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
  return text;
}

inline std::vector<FixIt> fixes_of(const std::vector<lint::Finding>& findings) {
  std::vector<FixIt> out;
  for (const auto& f : findings) out.insert(out.end(), f.fixes.begin(), f.fixes.end());
  return out;
}

}  // namespace regimen::testing
