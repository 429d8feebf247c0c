// regimen.toml: found upward from a routine, read into levels and a
// profile, and every mistake in it reported at its line, never thrown.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "config_fixture.h"

using namespace regimen;
using lint::testing::kFakeRules;
using lint::testing::Parsed;
namespace fs = std::filesystem;

TEST_CASE("a good config gives levels and a profile", "[lint][config]") {
  Parsed parsed(R"(# the clinic's settings
[lint]
deny = ["needs-rest"]
allow = ["T0002"]

[patient]
equipment = ["band", "chair"]
level = "beginner"
max_session = "20min"
)");
  REQUIRE(parsed.config);
  CHECK(parsed.problems.all().empty());
  REQUIRE(parsed.config->levels.size() == 2);
  lint::LintSettings settings = lint::merge_settings(&*parsed.config, {}, {}, kFakeRules);
  CHECK(settings.level_of(kFakeRules[0]) == lint::RuleLevel::Deny);
  CHECK(settings.level_of(kFakeRules[1]) == lint::RuleLevel::Allow);
  CHECK(settings.profile.equipment == std::vector<std::string>{"band", "chair"});
  CHECK(settings.profile.level == Level::Beginner);
  CHECK(settings.profile.max_session_seconds == Approx(1200));
}

TEST_CASE("the command line overrides the config, part by part", "[lint][config]") {
  Parsed parsed("[lint]\ndeny = [\"needs-rest\"]\n[patient]\nlevel = \"beginner\"\nmax_session = \"20min\"\n");
  REQUIRE(parsed.config);
  lint::PatientProfile command_line;
  command_line.max_session_seconds = 600;
  lint::LintSettings settings =
      lint::merge_settings(&*parsed.config, {{"T0001", lint::RuleLevel::Warn}}, command_line, kFakeRules);
  CHECK(settings.level_of(kFakeRules[0]) == lint::RuleLevel::Warn);
  CHECK(settings.profile.level == Level::Beginner);
  CHECK(settings.profile.max_session_seconds == Approx(600));
  CHECK_FALSE(settings.profile.equipment);
}

TEST_CASE("an empty config is a config", "[lint][config]") {
  Parsed parsed("");
  CHECK(parsed.config);
}

TEST_CASE("a TOML syntax error is reported at its place", "[lint][config]") {
  Parsed parsed("[lint]\ndeny = [\"needs-rest\"\n");
  CHECK_FALSE(parsed.config);
  REQUIRE(parsed.problems.all().size() == 1);
  CHECK(parsed.problems.all()[0].severity == Severity::Error);
  CHECK(parsed.where()[0].rfind("2:", 0) == 0);
}

TEST_CASE("every wrong key, rule and value is reported, in the file's order", "[lint][config]") {
  Parsed parsed(R"([lint]
deny = ["needs-rst", 3]
warn = "first-exercise"
forbid = ["T0001"]
[patient]
level = "expert"
max_session = "20"
equipment = ["chairs"]
[patiant]
)");
  CHECK_FALSE(parsed.config);
  CHECK(parsed.where() == std::vector<std::string>{
                              "2:9: no lint rule `needs-rst`",
                              "2:22: `deny` takes words in quotes",
                              "4:1: no key `forbid` in [lint]",
                              "6:9: `level` is one of \"beginner\", \"intermediate\" or \"advanced\"",
                              "7:15: `max_session` is a length of time in quotes, as in \"20min\"",
                              "8:14: no equipment `chairs`",
                              "9:2: no table `[patiant]` in regimen.toml",
                          });
  CHECK(parsed.problems.all()[0].help == std::vector<std::string>{"did you mean `needs-rest`?"});
  CHECK(parsed.problems.all()[5].help == std::vector<std::string>{"did you mean `chair`?"});
}

TEST_CASE("the patient's equipment is the library's, an alias stored as its word", "[lint][config]") {
  Parsed parsed("[patient]\nequipment = [\"stool\", \"band\"]\n");
  REQUIRE(parsed.config);
  CHECK(parsed.config->profile.equipment == std::vector<std::string>{"chair", "band"});
}

TEST_CASE("one rule at two levels is a mistake", "[lint][config]") {
  Parsed parsed("[lint]\ndeny = [\"needs-rest\"]\nallow = [\"T0001\"]\n");
  CHECK_FALSE(parsed.config);
  CHECK(parsed.where() == std::vector<std::string>{"3:10: `needs-rest` is already deny"});
}

TEST_CASE("a table where a value belongs, and a value where a table belongs", "[lint][config]") {
  CHECK_FALSE(Parsed("lint = 3\n").config);
  CHECK_FALSE(Parsed("[lint.deny]\nx = 1\n").config);
}

TEST_CASE("the config is the nearest regimen.toml above the routine", "[lint][config]") {
  // Per process, so that two builds running the suite at once do not meet.
  fs::path root = fs::temp_directory_path() / ("regimen-lint-config-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "clinic" / "patients" / "ann");
  std::ofstream(root / "clinic" / "regimen.toml") << "[lint]\n";
  auto found = lint::find_config(root / "clinic" / "patients" / "ann");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, root / "clinic" / "regimen.toml"));
  // A nearer one wins.
  std::ofstream(root / "clinic" / "patients" / "regimen.toml") << "[lint]\n";
  found = lint::find_config(root / "clinic" / "patients" / "ann");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, root / "clinic" / "patients" / "regimen.toml"));
  // A folder named regimen.toml is not a config.
  fs::remove(root / "clinic" / "patients" / "regimen.toml");
  fs::create_directories(root / "clinic" / "patients" / "ann" / "regimen.toml");
  found = lint::find_config(root / "clinic" / "patients" / "ann");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, root / "clinic" / "regimen.toml"));
  fs::remove_all(root);
}

TEST_CASE("columns count characters, far along a long line too", "[lint][config]") {
  CHECK(Parsed("lint = { \"ééé\" = [], deny = [\"needs-rst\"] }\n").where() ==
        std::vector<std::string>{"1:10: no key `ééé` in [lint]", "1:30: no lint rule `needs-rst`"});
  // Each item's place is found without walking the line from its start.
  std::string prefix = "lint = { \"" + std::string(1000, 'x') + "\" = [], deny = [";
  for (int i = 0; i < 10; ++i) prefix += "\"é\", ";  // 5 characters, 6 bytes
  for (int i = 0; i < 10'000; ++i) prefix += "\"needs-rest\", ";  // 14
  Parsed parsed(prefix + "\"needs-rst\"] }\n");
  REQUIRE(parsed.where().size() == 12);
  CHECK(parsed.where()[0] == "1:10: no key `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...` in [lint]");
  CHECK(parsed.where()[1] == "1:1027: no lint rule `é`");
  CHECK(parsed.where()[2] == "1:1032: no lint rule `é`");
  CHECK(parsed.where()[11] == "1:" + std::to_string(1027 + 10 * 5 + 10'000 * 14) + ": no lint rule `needs-rst`");
}

TEST_CASE("the first 50 mistakes are reported, then the reader stops", "[lint][config]") {
  // Each would print its line: half a million of them on one long line once
  // kept the linter busy for hours.
  std::string items;
  for (int i = 0; i < 100'000; ++i) items += "1,";
  Parsed parsed("[lint]\ndeny = [" + items + "]\n");
  CHECK_FALSE(parsed.config);
  auto where = parsed.where();
  REQUIRE(where.size() == 51);
  CHECK(where[0] == "2:9: `deny` takes words in quotes");
  CHECK(where[49] == "2:107: `deny` takes words in quotes");
  CHECK(where[50] == "2:109: too many mistakes in the file; stopped after 50");
  // Across tables, too.
  std::string words;
  for (int i = 0; i < 40; ++i) words += "\"rope\", ";
  where = Parsed("[lint]\ndeny = [" + items.substr(0, 80) + "]\n[patient]\nequipment = [" + words + "]\n").where();
  REQUIRE(where.size() == 51);
  CHECK(where[40] == "4:14: no equipment `rope`");
  CHECK(where[50] == "4:94: too many mistakes in the file; stopped after 50");
}
