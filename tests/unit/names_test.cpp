// base/names: the one rule by which exercise names are matched and suggested.
#include <catch2/catch.hpp>

#include <random>

#include "base/names.h"

using namespace regimen;

TEST_CASE("lookup_key ignores case, spaces, hyphens, underscores and apostrophes", "[names]") {
  CHECK(names::lookup_key("Cat-Cow") == names::lookup_key("cat_cow"));
  CHECK(names::lookup_key("cat cow") == names::lookup_key("cat_cow"));
  CHECK(names::lookup_key("CAT COW") == "catcow");
  CHECK(names::lookup_key("Child's pose") == names::lookup_key("childs_pose"));
  CHECK(names::lookup_key("Child\u2019s pose") == names::lookup_key("Child's pose"));
  CHECK(names::lookup_key("Child\u2019s pose") == "childspose");
}

TEST_CASE("lookup_key keeps names that differ in letters apart", "[names]") {
  CHECK(names::lookup_key("cat_camel") != names::lookup_key("cat_cow"));
  CHECK(names::lookup_key("café") != names::lookup_key("cafe"));
}

TEST_CASE("edit_distance is the Levenshtein distance", "[names]") {
  CHECK(names::edit_distance("", "") == 0);
  CHECK(names::edit_distance("abc", "") == 3);
  CHECK(names::edit_distance("", "abc") == 3);
  CHECK(names::edit_distance("cat_camel", "cat_camel") == 0);
  CHECK(names::edit_distance("cat_camle", "cat_camel") == 2);  // a swap is two edits
  CHECK(names::edit_distance("kitten", "sitting") == 3);
  CHECK(names::edit_distance("flaw", "lawn") == 2);
  CHECK(names::edit_distance("sitting", "kitten") == names::edit_distance("kitten", "sitting"));
}

TEST_CASE("closest suggests the nearest candidate", "[names]") {
  std::vector<std::string> candidates = {"cat_camel", "half_wall_hang", "child_pose"};
  CHECK(names::closest("cat_camle", candidates) == std::optional<std::string>("cat_camel"));
  CHECK(names::closest("half_wal_hang", candidates) == std::optional<std::string>("half_wall_hang"));
}

TEST_CASE("closest suggests nothing beyond a third of the name's length", "[names]") {
  // "abcdef" is 6 long: 2 edits are allowed, 3 are not.
  CHECK(names::closest("abcdef", {"abcdxy"}) == std::optional<std::string>("abcdxy"));
  CHECK_FALSE(names::closest("abcdef", {"abcxyz"}).has_value());
  CHECK_FALSE(names::closest("plank", {"cat_camel", "half_wall_hang"}).has_value());
  CHECK_FALSE(names::closest("anything", std::vector<std::string>{}).has_value());
}

TEST_CASE("closest prefers the smaller distance, then the alphabetically first", "[names]") {
  CHECK(names::closest("abcdefghi", {"abcdefgxx", "abcdefghx"}) == std::optional<std::string>("abcdefghx"));
  CHECK(names::closest("abcdefghi", {"abcdefghy", "abcdefghx"}) == std::optional<std::string>("abcdefghx"));
}

TEST_CASE("shorten cuts a long name at a character and hides control characters", "[names]") {
  CHECK(names::shorten("cat_camel") == "cat_camel");
  CHECK(names::shorten(std::string(100, 'a'), 10) == std::string(10, 'a') + "...");
  CHECK(names::shorten("aaaaaaaaaé", 10) == "aaaaaaaaa...");  // é's two bytes straddle the cut
  // An escape sequence decoded from a config's string reaches no terminal.
  CHECK(names::shorten("\x1b[31mred") == "\uFFFD[31mred");
  CHECK(names::shorten("a\tb\x7f") == "a\uFFFDb\uFFFD");
  CHECK(names::shorten("\u009b2J") == "\uFFFD2J");  // U+009B, the one-character CSI
  CHECK(names::shorten("caf\u00e9\u00a0") == "caf\u00e9\u00a0");  // what follows the C1 block stays
}

// The search cuts candidates short once they cannot win; it must still find
// what comparing every full distance finds.
TEST_CASE("closest agrees with comparing every full edit distance", "[names]") {
  std::mt19937 random(7);
  auto word = [&](std::size_t longest) {
    std::uniform_int_distribution<std::size_t> length(1, longest);
    std::uniform_int_distribution<int> letter('a', 'e');  // few letters: many near misses
    std::string out(length(random), 'a');
    for (char& c : out) c = static_cast<char>(letter(random));
    return out;
  };
  for (int trial = 0; trial < 2000; ++trial) {
    std::string name = word(12);
    std::vector<std::string> candidates;
    for (int i = 0; i < 20; ++i) candidates.push_back(word(14));
    std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
    std::optional<std::string> expected;
    std::size_t best = limit + 1;
    for (const auto& c : candidates) {
      std::size_t d = names::edit_distance(name, c);
      if (d < best || (d == best && expected && c < *expected)) {
        best = d;
        expected = c;
      }
    }
    if (best > limit) expected.reset();
    INFO(name);
    CHECK(names::closest(name, candidates) == expected);
  }
}

// A name is compared in full only with candidates whose length could bring
// them within reach: "did you mean" against a library of thousands of names
// must not cost thousands of distances.
TEST_CASE("Nearest skips candidates whose length rules them out", "[names]") {
  std::vector<std::string> candidates;
  for (std::size_t length = 1; length <= 40; ++length) {
    for (char c = 'a'; c <= 'z'; ++c) candidates.push_back(std::string(length, c));
  }
  names::Nearest nearest("bbbbbbbbb");  // nine letters: at most three edits
  for (const auto& c : candidates) nearest.consider(c);
  REQUIRE(nearest.best() == std::string_view("bbbbbbbbb"));
  // Only lengths 5 to 13 can come within reach (the bound admits a tie at
  // four edits), and once a closer candidate is found the window narrows: of
  // 1,040 candidates, at most 9 lengths of 26 letters are compared.
  CHECK(nearest.distances_computed() <= 9 * 26);
  CHECK(nearest.distances_computed() >= 26);
}

TEST_CASE("Nearest gives up at once on a name too long to be a typo", "[names]") {
  names::Nearest nearest(std::string(41, 'a'));
  nearest.consider(std::string(41, 'a'));
  nearest.consider(std::string(40, 'a'));
  CHECK_FALSE(nearest.best().has_value());
  CHECK(nearest.distances_computed() == 0);
}
