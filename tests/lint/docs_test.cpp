// docs/lint.md is checked against the rules: every rule has a section
// with its level, and the section's bad example fires the rule while its good
// example does not (linted with the profile the section names, if any).
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <sstream>

#include "lint_fixture.h"

using regimen::testing::Linted;

namespace {

struct Section {
  std::string level;    // "warn", "deny"
  std::string profile;  // the options after "Linted with"
  std::string bad, good;
};

std::map<std::string, Section> sections() {
  std::ifstream in(REGIMEN_LINT_RULES_DOC);
  REQUIRE(in);
  std::map<std::string, Section> out;
  Section* current = nullptr;
  std::string line, pending;  // pending: "bad" or "good", until its block
  std::string* block = nullptr;
  while (std::getline(in, line)) {
    if (block != nullptr) {
      if (line == "```") {
        block = nullptr;
      } else {
        *block += line + "\n";
      }
      continue;
    }
    if (line.rfind("### L", 0) == 0) {
      auto space = line.find(' ', 4);
      current = &out[line.substr(space + 1)];
      continue;
    }
    if (current == nullptr) continue;
    if (line.rfind("Default level: ", 0) == 0) current->level = line.substr(15, line.size() - 16);
    if (line.rfind("Linted with `", 0) == 0) current->profile = line.substr(13, line.find('`', 13) - 13);
    if (line == "Bad:") pending = "bad";
    if (line == "Good:") pending = "good";
    if (line == "```regimen" && !pending.empty()) {
      block = pending == "bad" ? &current->bad : &current->good;
      pending.clear();
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every rule's examples in the docs do what the docs say", "[docs]") {
  auto documented = sections();
  for (const auto& rule : regimen::lint::all_rules()) {
    DYNAMIC_SECTION(rule.name) {
      auto it = documented.find(std::string(rule.name));
      REQUIRE(it != documented.end());
      const Section& doc = it->second;
      CHECK(doc.level == (rule.default_level == regimen::lint::RuleLevel::Deny ? "deny" : "warn"));
      REQUIRE(!doc.bad.empty());
      REQUIRE(!doc.good.empty());
      auto profile = regimen::testing::profile_from_args(doc.profile);

      Linted bad(doc.bad, profile, "bad.regimen");
      INFO("bad:\n" << doc.bad << bad.errors());
      REQUIRE(bad.compiled());
      CHECK(!bad.run(rule.name).empty());

      Linted good(doc.good, profile, "good.regimen");
      INFO("good:\n" << doc.good << good.errors());
      REQUIRE(good.compiled());
      CHECK(good.run(rule.name).empty());
      // A good example is good all round: nothing in it fails the lint.
      for (const auto& [other, finding] : good.run_all()) {
        INFO(other->name << ": " << finding.message);
        CHECK(other->default_level != regimen::lint::RuleLevel::Deny);
      }
    }
  }
  CHECK(documented.size() == regimen::lint::all_rules().size());
}
