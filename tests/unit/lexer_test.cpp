// Regimen's own lexer (src/parse/lexer.h) must make exactly the tokens of the
// lexer ANTLR generates from the grammar, which stays the specification:
// same type, channel, place, line, column and text, token for token. These
// tests compare the two over every file of the project, every literal of the
// grammar in company, the corners of its lexer rules, and generated text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "driver/files.h"
#include "parse/parser.h"

namespace {

using regimen::lexer_differences;

void check_same(const std::string& text) {
  std::string difference = lexer_differences(text);
  INFO("text: " << text);
  CHECK(difference == "");
}

std::string read(const std::filesystem::path& path) {
  std::string error;
  auto text = regimen::read_file(path.string(), error);
  REQUIRE(text);
  return *text;
}

// The grammar's literals, `'routine'` and `'->'`, read from the grammar itself
// so that a keyword added to it is tested here without a word of this file changing.
std::set<std::string> grammar_literals() {
  std::string grammar = read(REGIMEN_GRAMMAR_FILE);
  std::set<std::string> out;
  std::regex literal("'([^'\\\\\\s]+)'");
  for (auto it = std::sregex_iterator(grammar.begin(), grammar.end(), literal); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[1].str());
  }
  return out;
}

}  // namespace

TEST_CASE("the lexer agrees with the grammar's on every file of the project", "[parse][lexer]") {
  std::size_t files = 0;
  for (const char* folder : {REGIMEN_EXAMPLES, REGIMEN_STDLIB, REGIMEN_CONFORMANCE, REGIMEN_FUZZ_DIR "/corpus/frontend"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      auto ext = entry.path().extension();
      bool fuzz_input = std::string(folder).ends_with("frontend");
      if (!fuzz_input && ext != ".regimen") continue;
      ++files;
      std::string difference = lexer_differences(read(entry.path()));
      INFO(entry.path().string());
      CHECK(difference == "");
    }
  }
  CHECK(files > 300);
}

TEST_CASE("the lexer agrees with the grammar's on every literal, alone and in company", "[parse][lexer]") {
  auto literals = grammar_literals();
  REQUIRE(literals.size() > 70);
  REQUIRE(literals.contains("routine"));
  REQUIRE(literals.contains("->"));
  for (const std::string& word : literals) {
    for (const char* before : {"", " ", "x", "_", "1", "-", ".", "\"", "#"}) {
      for (const char* after : {"", " ", "s", "_", "9", "x", "-", ".", "..", ">", "\n", "\r\n", "\"", "é"}) {
        check_same(before + word + after);
      }
    }
  }
}

TEST_CASE("the lexer agrees with the grammar's on the corners of its rules", "[parse][lexer]") {
  for (const char* text : {
           "", " ", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", "a\rb\r\nc\nd",
           // numbers, ranges and set counts
           "10", "10.5", "10.", "10..15", "1...2", "1.2.3", ".5", "..", "...", "-5", "--5", "->", "-->", "-> ->",
           "x", "x5", "x05", "x5a", "x5_", "X5", "x5.5", "xx5", "x5..8", "5x", "5s", "10kg", "0.5kg", "1_000",
           // strings
           "\"\"", "\"a\"", "\"a", "\"a\\\"b\"", "\"a\\\\\"", "\"a\\", "\"a\\\n\"", "\"a\\\r\"", "\"a\nb\"",
           "\"a\"b\"", "\"\\t\"", "\"é ü 日本\"", "\"a\\é\"", "\"unclosed # not a comment",
           // comments and blanks
           "# comment", "#", "a # b\nc", "a\t\f b", "a\u00A0b", "\uFEFFa", "a\uFEFFb", "#\r", "# é\n",
           // characters the grammar does not know
           "@", "a@b", "é", "日本", "!", "\\", "'", "`", "~", "$", "a.b", "a..b", "%", "50%", "{}", "(a)", ":|=,/;",
           "\x01", "😀", "a😀b",
           // real lines
           "cat_camel reps 10..15; half_wall_hang hold 20..30s x5",
           "routine \"Mid back\" {\n  frequency 2/day at 08:00, evening\n}\n",
           "band_row x3 reps 10 -> 15 over 6 weeks rest 60s load band yellow -> red",
       }) {
    check_same(text);
  }
  check_same(std::string("a\0b", 3));
  check_same("\xff\xfe invalid \xc3 bytes \x80");
}

// Text made of the pieces lexers get wrong, at random (with a fixed seed, so a
// failure repeats): thousands of short inputs.
TEST_CASE("the lexer agrees with the grammar's on generated text", "[parse][lexer]") {
  const std::vector<std::string> pieces = {
      "reps", "hold", "x", "x3", "3", "10", "1.5", ".", "..", "-", "->", ">", "\"", "\\", "\"a b\"", "#", "# c",
      " ", "\t", "\n", "\r", "\r\n", "{", "}", "(", ")", ";", ":", ",", "/", "%", "=", "|", "é", "日", "_",
      "a", "Z", "routine", "side", "sides", "per", "\u00A0", "\uFEFF", "@", "0", "9", "s",
  };
  std::mt19937 random(20261203);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  std::size_t differences = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += pieces[piece(random)];
    std::string difference = lexer_differences(text);
    if (!difference.empty() && differences++ < 5) {
      INFO("text: " << text);
      CHECK(difference == "");
    }
  }
  CHECK(differences == 0);
}
