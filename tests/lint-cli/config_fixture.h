// A regimen.toml's text read as the linter reads it, with each problem as
// "line:column: message", for the config tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fake_rules.h"
#include "lint/config.h"

namespace regimen::lint::testing {

// The equipment a profile may name here: a band, and a chair, which a stool is too.
inline const Vocabulary& fake_vocabulary() {
  static const Vocabulary vocabulary = [] {
    Vocabulary out;
    out.add(VocabularyWord{VocabularyKind::Equipment, "band", "Band", {}, "test", {}});
    out.add(VocabularyWord{VocabularyKind::Equipment, "chair", "Chair", {"stool"}, "test", {}});
    return out;
  }();
  return vocabulary;
}

struct Parsed {
  SourceSet sources;
  Diagnostics problems;
  std::optional<LintConfig> config;

  explicit Parsed(const std::string& text)
      : config(parse_config("regimen.toml", text, kFakeRules, fake_vocabulary(), sources, problems)) {}

  // "line:column: message" of each problem, in order.
  std::vector<std::string> where() const {
    std::vector<std::string> out;
    for (const auto& d : problems.all()) {
      LineCol at = sources.file(d.span.file).line_col(d.span.begin);
      out.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + d.message);
    }
    return out;
  }
};

}  // namespace regimen::lint::testing
