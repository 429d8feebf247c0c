// Every shipped example lints with no finding at the deny level, under every
// value of each of its parameters: what people copy must be safe to hand out.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lint_fixture.h"

namespace fs = std::filesystem;
using regimen::testing::Linted;
using regimen::testing::read_text;

namespace {

// The default choice, then each parameter set to each of its values.
std::vector<regimen::CheckOptions> choices(const std::string& text, const std::string& path) {
  std::vector<regimen::CheckOptions> out{{}};
  regimen::SourceSet sources;
  regimen::Diagnostics ignored;
  auto file = regimen::parse(sources, sources.add(path, text), ignored);
  for (const auto& param : file.params) {
    for (const auto& value : param.values) out.push_back(regimen::CheckOptions{{{param.name.text, value.text}}, {}});
  }
  return out;
}

}  // namespace

TEST_CASE("every example lints with no error", "[examples]") {
  std::vector<fs::path> examples;
  for (const auto& entry : fs::directory_iterator(REGIMEN_EXAMPLES)) {
    if (entry.path().extension() == ".regimen") examples.push_back(entry.path());
  }
  std::sort(examples.begin(), examples.end());
  REQUIRE(!examples.empty());
  for (const auto& example : examples) {
    std::string text = read_text(example);
    for (const auto& options : choices(text, example.string())) {
      std::string set;
      for (const auto& [name, value] : options.params) set += fmt::format(" --set {}={}", name, value);
      DYNAMIC_SECTION(example.filename().string() << set) {
        Linted linted(text, {}, example.string(), options);
        INFO(linted.errors());
        REQUIRE(linted.compiled());
        std::string denied;
        for (const auto& [rule, finding] : linted.run_all()) {
          if (rule->default_level != regimen::lint::RuleLevel::Deny) continue;
          auto at = linted.where(finding.span);
          denied += fmt::format("{}:{}: {} [{}]\n", at.line, at.column, finding.message, rule->name);
        }
        INFO(denied);
        CHECK(denied.empty());
      }
    }
  }
}

// Not run by default: prints every finding on the examples, warnings included,
// for reviewing them (`lint_rule_tests "[.findings]"`).
TEST_CASE("the examples' findings", "[.findings]") {
  std::vector<fs::path> examples;
  for (const auto& entry : fs::directory_iterator(REGIMEN_EXAMPLES)) {
    if (entry.path().extension() == ".regimen") examples.push_back(entry.path());
  }
  std::sort(examples.begin(), examples.end());
  for (const auto& example : examples) {
    std::string text = read_text(example);
    for (const auto& options : choices(text, example.string())) {
      Linted linted(text, {}, example.string(), options);
      if (!linted.compiled()) continue;
      for (const auto& [rule, finding] : linted.run_all()) {
        auto at = linted.where(finding.span);
        std::string set;
        for (const auto& [name, value] : options.params) set += fmt::format(" {}={}", name, value);
        std::cout << fmt::format("{}{}:{}:{}: {} [{}]\n", example.filename().string(), set, at.line, at.column,
                                 finding.message, rule->name);
      }
    }
  }
}
