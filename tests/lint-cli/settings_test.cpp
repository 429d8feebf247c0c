// Rule levels by id or name and session lengths: what the command line and
// regimen.toml accept.
#include <catch2/catch.hpp>

#include "fake_rules.h"
#include "lint/settings.h"
#include "vocab/units.h"

using namespace regimen::lint;
using regimen::lint::testing::kFakeRules;

TEST_CASE("rules are found by id or name, ignoring case, hyphens and underscores", "[lint][settings]") {
  CHECK(find_in(kFakeRules, "T0001") == &kFakeRules[0]);
  CHECK(find_in(kFakeRules, "t0001") == &kFakeRules[0]);
  CHECK(find_in(kFakeRules, "needs-rest") == &kFakeRules[0]);
  CHECK(find_in(kFakeRules, "Needs_Rest") == &kFakeRules[0]);
  CHECK(find_in(kFakeRules, "first-exercise") == &kFakeRules[1]);
  CHECK(find_in(kFakeRules, "needs-rust") == nullptr);
  CHECK(find_in(kFakeRules, "") == nullptr);
}

TEST_CASE("levels override the defaults: unknown and contradictory requests are refused", "[lint][settings]") {
  LintSettings settings;
  CHECK(settings.level_of(kFakeRules[0]) == RuleLevel::Warn);
  CHECK(settings.level_of(kFakeRules[1]) == RuleLevel::Deny);
  CHECK_FALSE(apply_levels(kFakeRules, {{"needs-rest", RuleLevel::Deny}, {"T0002", RuleLevel::Allow}}, settings));
  CHECK(settings.level_of(kFakeRules[0]) == RuleLevel::Deny);
  CHECK(settings.level_of(kFakeRules[1]) == RuleLevel::Allow);

  auto unknown = apply_levels(kFakeRules, {{"needs-rst", RuleLevel::Deny}}, settings);
  REQUIRE(unknown);
  CHECK(unknown->find("no lint rule `needs-rst`") != std::string::npos);
  CHECK(unknown->find("did you mean `needs-rest`?") != std::string::npos);

  auto both = apply_levels(kFakeRules, {{"T0001", RuleLevel::Deny}, {"needs-rest", RuleLevel::Allow}}, settings);
  REQUIRE(both);
  CHECK(both->find("both deny and allow") != std::string::npos);
  // The same level twice is no contradiction.
  CHECK_FALSE(apply_levels(kFakeRules, {{"T0001", RuleLevel::Warn}, {"needs-rest", RuleLevel::Warn}}, settings));
}

TEST_CASE("level words", "[lint][settings]") {
  for (RuleLevel level : {RuleLevel::Allow, RuleLevel::Warn, RuleLevel::Deny}) {
    CHECK(parse_level_name(level_name(level)) == level);
  }
  CHECK_FALSE(parse_level_name("error"));
}

TEST_CASE("lengths of time take seconds, minutes or hours", "[lint][settings]") {
  CHECK(regimen::parse_time_length("20min") == Approx(1200));
  CHECK(regimen::parse_time_length("20 min") == Approx(1200));
  CHECK(regimen::parse_time_length("90s") == Approx(90));
  CHECK(regimen::parse_time_length("1h") == Approx(3600));
  CHECK(regimen::parse_time_length("1.5 hours") == Approx(5400));
  CHECK_FALSE(regimen::parse_time_length("20"));        // no unit
  CHECK_FALSE(regimen::parse_time_length("min"));       // no number
  CHECK_FALSE(regimen::parse_time_length("0min"));
  CHECK_FALSE(regimen::parse_time_length("-5min"));
  CHECK_FALSE(regimen::parse_time_length("20 breaths"));  // not a time
  CHECK_FALSE(regimen::parse_time_length("20km"));
}
