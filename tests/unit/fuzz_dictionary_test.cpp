// The fuzzers' dictionaries (tests/fuzz/*.dict) keep up with the language:
// every keyword of the grammar, every unit, weekday, level and word of an
// exercise's properties and of its figure for routines; every key and rule
// for regimen.toml.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "figure/spec.h"
#include "lint/rule.h"
#include "vocab/calendar.h"
#include "vocab/direction.h"
#include "vocab/exercise_words.h"
#include "vocab/kinds.h"
#include "vocab/units.h"

using namespace regimen;

namespace {

// The entries of a libFuzzer dictionary: each line's quoted text, escapes and all.
std::set<std::string> entries(const std::string& path) {
  std::ifstream file(path);
  REQUIRE(file.good());
  std::set<std::string> out;
  const std::regex entry(R"(^\s*(\w+\s*=\s*)?\"(.*)\"\s*$)");
  for (std::string line; std::getline(file, line);) {
    if (std::smatch m; std::regex_match(line, m, entry)) out.insert(m[2]);
  }
  return out;
}

void check_has(const std::set<std::string>& dictionary, const std::vector<std::string>& words) {
  for (const auto& word : words) {
    CAPTURE(word);
    CHECK(dictionary.count(word) == 1);
  }
}

}  // namespace

TEST_CASE("the routine dictionary has every keyword and vocabulary word", "[fuzz]") {
  auto dictionary = entries(REGIMEN_FUZZ_DIR "/regimen.dict");

  std::ifstream grammar(REGIMEN_GRAMMAR_FILE);
  REQUIRE(grammar.good());
  std::vector<std::string> keywords;
  const std::regex keyword(R"(^[A-Z_]+\s*:\s*'([a-z_]+)'\s*;)");
  for (std::string line; std::getline(grammar, line);) {
    if (std::smatch m; std::regex_search(line, m, keyword)) keywords.push_back(m[1]);
  }
  REQUIRE(keywords.size() > 40);
  check_has(dictionary, keywords);

  check_has(dictionary, unit_words());
  check_has(dictionary, accepted_words<Weekday>());
  check_has(dictionary, spellings<PartOfDay>());
  check_has(dictionary, spellings<Level>());
  check_has(dictionary, spellings<Side>());
  check_has(dictionary, spellings<OnlySide>());
  check_has(dictionary, spellings<VocabularyKind>());
  check_has(dictionary, definition_properties());
  for (const auto& property : definition_properties()) check_has(dictionary, property_words(property));
  check_has(dictionary, figure::position_words());
  check_has(dictionary, figure::prop_words());
  for (figure::Joint joint : figure::kAllJoints) check_has(dictionary, {std::string(figure::name(joint))});
  check_has(dictionary, {"behind", "ahead"});
  for (figure::View view : {figure::View::Side, figure::View::Front, figure::View::Back}) {
    check_has(dictionary, {std::string(figure::name(view))});
  }
}

TEST_CASE("the config dictionary has every key and every rule", "[fuzz]") {
  auto dictionary = entries(REGIMEN_FUZZ_DIR "/config.dict");
  check_has(dictionary, {"[lint]", "[patient]", "[rules]", "deny", "warn", "allow", "equipment", "avoid", "affected_side",
                         "level", "max_session", "max_daily"});
  for (const auto& rule : lint::all_rules()) {
    check_has(dictionary, {std::string(rule.id), std::string(rule.name)});
    for (const auto& setting : rule.settings) check_has(dictionary, {std::string(setting.key)});
  }
}
