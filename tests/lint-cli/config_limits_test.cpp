// regimen.toml's bounds: a file too large, a key of too many parts or values
// nested too deep is one clean error at its place, and toml++, which recurses
// once per level, never sees it. Dots and brackets in strings and comments do
// not count.
#include <catch2/catch.hpp>

#include <string>

#include "config_fixture.h"
#include "lint/config_limits.h"

using namespace regimen;
using lint::kMaxConfigBytes;
using lint::kMaxConfigDepth;
using lint::testing::Parsed;

namespace {

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

// The byte at which the text first goes past a bound, or npos.
std::size_t refused_at(std::string_view text) {
  auto found = lint::check_config_limits(text);
  return found ? found->begin : std::string::npos;
}

}  // namespace

TEST_CASE("a key of fifty thousand parts is refused at its 33rd", "[lint][config][limits]") {
  // Once a stack overflow inside toml++.
  Parsed parsed("a" + repeat(".a", 49'999) + " = 1\n");
  CHECK_FALSE(parsed.config);
  CHECK(parsed.where() == std::vector<std::string>{"1:65: the key has more than 32 parts, the most a config allows"});
  CHECK(parsed.problems.all()[0].severity == Severity::Error);
  // As a table's name, too.
  CHECK(Parsed("[a" + repeat(".a", 49'999) + "]\n").where() ==
        std::vector<std::string>{"1:66: the key has more than 32 parts, the most a config allows"});
  CHECK(Parsed("[[a" + repeat(".a", 49'999) + "]]\n").where().size() == 1);
}

TEST_CASE("a key of 32 parts reaches toml++, one of 33 does not", "[lint][config][limits]") {
  std::string key32 = "a" + repeat(".a", 31);
  CHECK(refused_at(key32 + " = 1\n") == std::string::npos);
  CHECK(Parsed(key32 + " = 1\n").where() == std::vector<std::string>{"1:1: no table `[a]` in regimen.toml"});
  CHECK(refused_at(key32 + ".b = 1\n") == key32.size() + 1);
  // Quoted parts and blanks around the dots are parts all the same.
  CHECK(refused_at("\"a\"" + repeat(" . 'a'", 32) + " = 1\n") == 3 + 31 * 6 + 3);
}

TEST_CASE("lists and inline tables nested more than 32 deep are refused", "[lint][config][limits]") {
  // `a` is one level, and each list one more for what it holds.
  CHECK(refused_at("a = " + repeat("[", 31) + "1" + repeat("]", 31) + "\n") == std::string::npos);
  CHECK(refused_at("a = " + repeat("[", 32) + repeat("]", 32) + "\n") == std::string::npos);
  CHECK(refused_at("a = " + repeat("[", 32) + "1" + repeat("]", 32) + "\n") == 4 + 32);
  CHECK(refused_at("a = " + repeat("[", 32) + "\"x\"" + repeat("]", 32) + "\n") == 4 + 32);
  Parsed lists("a = " + repeat("[", 1000) + repeat("]", 1000) + "\n");
  CHECK(lists.where() == std::vector<std::string>{"1:37: values are nested more than 32 deep, the most a config allows"});
  REQUIRE(lists.problems.all()[0].help.size() == 1);
  CHECK(lists.problems.all()[0].help[0].find("each list") != std::string::npos);
  // An inline table's keys are a level each.
  CHECK(Parsed("a = " + repeat("{a=", 1000) + "1" + repeat("}", 1000) + "\n").where() ==
        std::vector<std::string>{"1:99: values are nested more than 32 deep, the most a config allows"});
  CHECK(refused_at("a = " + repeat("[{b=", 20) + "1" + repeat("}]", 20) + "\n") == 4 + 15 * 4 + 2);
  // The deepest the bounds allow is read by toml++ like any other value.
  CHECK(Parsed("a = " + repeat("[", 31) + "1" + repeat("]", 31) + "\n").where() ==
        std::vector<std::string>{"1:1: no table `[a]` in regimen.toml"});
  CHECK(Parsed("a = " + repeat("{a=", 31) + "1" + repeat("}", 31) + "\n").where() ==
        std::vector<std::string>{"1:1: no table `[a]` in regimen.toml"});
}

TEST_CASE("the levels of a table's name, its keys and its values add up", "[lint][config][limits]") {
  std::string header = "[" + repeat("t.", 19) + "t]\n";  // 20 levels
  CHECK(refused_at(header + repeat("k.", 11) + "k = 1\n") == std::string::npos);  // 32
  CHECK(refused_at(header + repeat("k.", 12) + "k = 1\n") == header.size() + 24);  // the 33rd
  CHECK(refused_at(header + repeat("k.", 9) + "k = [[1]]\n") == std::string::npos);  // 30, and two lists
  CHECK(refused_at(header + repeat("k.", 9) + "k = [[[1]]]\n") == header.size() + 25);  // the 1, in a third
  // An array of tables is one level more than its name.
  CHECK(refused_at("[[" + repeat("t.", 30) + "t]]\nk = 1\n") == 66);
  // A later header starts from its own depth.
  CHECK(refused_at(header + "[lint]\n" + repeat("k.", 30) + "k = 1\n") == std::string::npos);
}

TEST_CASE("dots and brackets inside strings and comments do not count", "[lint][config][limits]") {
  std::string deep = repeat("[", 100) + repeat(".a", 100) + repeat("{", 100);
  // After a string that ends where it should, the 32nd of these lists is refused.
  std::string lists = repeat("[", 40);
  CHECK(refused_at("x = \"" + deep + "\"\n") == std::string::npos);
  CHECK(refused_at("x = '" + deep + "'\n") == std::string::npos);
  CHECK(refused_at("x = \"\"\"\n" + deep + "\n\\\"\"\"" + deep + "\n\"\"\"\n") == std::string::npos);
  CHECK(refused_at("x = '''\n" + deep + "\n'' " + deep + "\n'''\n") == std::string::npos);
  CHECK(refused_at("x = \"\\\"" + deep + "\"\n") == std::string::npos);  // an escaped quote
  CHECK(refused_at("# " + deep + "\n") == std::string::npos);
  CHECK(refused_at("\"" + deep + "\" = 1\n") == std::string::npos);  // a quoted key is one part
  // Up to two quotes before the closing three belong to the string.
  std::string before = "x = [\"\"\"a\"\"\"\", ";
  CHECK(refused_at(before + lists) == before.size() + 31);
  // A literal string has no escapes: its backslash does not hide the quote.
  before = "x = ['\\', ";
  CHECK(refused_at(before + lists) == before.size() + 31);
  // A one-line string ends at the line, as toml++ reads it.
  before = "x = \"open\nz = ";
  CHECK(refused_at(before + lists) == before.size() + 32);
}

TEST_CASE("numbers and dates in a list are not keys", "[lint][config][limits]") {
  CHECK(refused_at("x = [" + repeat("1.5, 2e3, 1979-05-27T07:32:00.999, ", 1000) + "]\n") == std::string::npos);
  CHECK(refused_at("x = [" + repeat("[1.5], ", 1000) + "]\n") == std::string::npos);
}

TEST_CASE("a key the scan takes for a value is bounded all the same", "[lint][config][limits]") {
  // Not TOML, so toml++ would stop at it; the scan refuses it first anyway.
  CHECK(refused_at("x = 1 " + repeat("a.", 40) + "a = 1\n") == 6 + 64);
  CHECK(refused_at("x = [ " + repeat("é.", 40) + "é ]\n") == 6 + 32 * 3);
}

TEST_CASE("a file larger than 1 MiB is refused where it crosses the bound", "[lint][config][limits]") {
  std::string text = "[lint]\n# " + std::string(kMaxConfigBytes, 'x') + "\n";
  Parsed parsed(text);
  CHECK_FALSE(parsed.config);
  CHECK(parsed.where() ==
        std::vector<std::string>{"2:1048570: the file is larger than 1 MiB, the most a config allows"});
  // Exactly 1 MiB is a config.
  text.resize(kMaxConfigBytes);
  text.back() = '\n';
  CHECK(refused_at(text) == std::string::npos);
  // The caret stands at the start of a character.
  CHECK(refused_at(std::string(kMaxConfigBytes - 1, '#') + "é") == kMaxConfigBytes - 1);
}
