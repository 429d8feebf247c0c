// The grammar must let the parser decide every choice from a few tokens. An
// ambiguity (two ways to read the same words, such as an amount's optional
// unit against a stray word after it) makes prediction read on to the end of
// the line, and then a long line costs time quadratic in its length. These
// tests count the tokens prediction reads instead of timing anything: the
// most one decision reads must not grow with the input, and the total must
// grow with it no faster than linearly.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "driver/files.h"
#include "parse/parser.h"

namespace {

using regimen::LookaheadProfile;
using regimen::Prediction;
using regimen::profile_lookahead;

// The most tokens one decision needs on the shapes below: `rest 30 s` is a
// unit or a stray word, and `reps 10 affected side only` a unit or a
// one-sided clause, told apart a few tokens on.
constexpr std::size_t kMaxLookahead = 8;
// In whole files a decision may read one clause: a line's last clause, such
// as `frequency 3..5/day`, could also be a fact of the routine written with
// no separator before it (reported as such), and the two are told apart at
// the next line.
constexpr std::size_t kMaxLookaheadInFiles = 16;
// A library's `figure` is one loose run of words and numbers, sorted out
// after parsing (grammar/Regimen.g4): where it ends is known at the end of
// its line, so its decisions may read the line, no further.
constexpr std::size_t kMaxLookaheadInFigure = 32;

std::string repeated(const std::string& head, const std::string& clause, int times) {
  std::string text = head;
  for (int i = 0; i < times; ++i) text += clause;
  return text + "\n";
}

void check_bounded(const std::string& head, const std::string& clause, const std::string& tail) {
  for (auto mode : {Prediction::sll, Prediction::ll}) {
    // In LL mode the file ends in a syntax error, as the files that need LL do.
    std::string error = mode == Prediction::ll ? ")\n" : "";
    auto small = profile_lookahead(repeated(head, clause, 100) + tail + error, mode);
    auto large = profile_lookahead(repeated(head, clause, 800) + tail + error, mode);
    INFO("clause `" << clause << "`, " << (mode == Prediction::sll ? "SLL" : "LL"));
    INFO("deepest decision in `" << large.deepest_rule << "` read " << large.max_lookahead << " tokens");
    CHECK(large.max_lookahead <= kMaxLookahead);
    CHECK(large.max_lookahead == small.max_lookahead);
    // Eight times the input reads at most about eight times the tokens.
    CHECK(large.total_lookahead <= 9 * small.total_lookahead);
  }
}

}  // namespace

TEST_CASE("an amount's unit and a stray word after it are told apart at once", "[parse][lookahead]") {
  check_bounded("cat_camel", " rest 30s", "");
  check_bounded("cat_camel", " reps 10..15", "");
  check_bounded("cat_camel", " hold 20 s", "");
  check_bounded("cat_camel", " reps 10 s", "");
  check_bounded("cat_camel", " for 2 minutes", "");
  check_bounded("cat_camel", " reps 5 -> 15 over 6 weeks", "");
}

TEST_CASE("stray words among clauses are decided from a few tokens", "[parse][lookahead]") {
  check_bounded("cat_camel", " slowly", "");
  check_bounded("cat_camel", " reps 10 20", "");
  check_bounded("cat_camel", " load band yellow", "");
  check_bounded("cat_camel", " load band", "");
  check_bounded("cat_camel", " as tolerated", "");
  check_bounded("cat_camel", " as many as possible", "");
  check_bounded("cat_camel", " effort easy", "");
  check_bounded("cat_camel", " tempo slow", "");
  check_bounded("cat_camel", " affected side only", "");
}

TEST_CASE("long lists and blocks are decided from a few tokens", "[parse][lookahead]") {
  check_bounded("cat_camel alternate a", ", b", "");
  check_bounded("targets a", ", b", "");
  check_bounded("frequency 2/day at morning", ", evening", "");
  check_bounded("section \"A\" {\n", "cat_camel reps 10\n", "}");
  check_bounded("circuit \"A\" rounds 2 rest 60 s {\n", "cat_camel reps 10\n", "}");
  check_bounded("", "\n", "cat_camel reps 10");
  check_bounded("cat_camel reps 10", "\n", "cat_camel reps 10");
  check_bounded("cat_camel reps 10 {\n", "cue \"slowly\"\n", "}");
}

TEST_CASE("every example, library module and template is parsed with bounded lookahead", "[parse][lookahead]") {
  for (const char* folder : {REGIMEN_EXAMPLES, REGIMEN_STDLIB, REGIMEN_STDLIB "/templates"}) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() != ".regimen") continue;
      std::string error;
      auto text = regimen::read_regular_file(entry.path().string(), error);
      REQUIRE(text);
      auto profile = profile_lookahead(*text, Prediction::sll);
      INFO(entry.path().filename().string() << ": `" << profile.deepest_rule << "` read "
                                            << profile.max_lookahead << " tokens");
      const bool figure = profile.deepest_rule.rfind("figure", 0) == 0 || profile.deepest_rule == "poseWord";
      CHECK(profile.max_lookahead <= (figure ? kMaxLookaheadInFigure : kMaxLookaheadInFiles));
    }
  }
}
