// The mechanical fixes: applied to the routine's own text they keep its
// comments and layout, remove the finding, and a second round changes nothing.
#include <catch2/catch.hpp>

#include "lint_fixture.h"
#include "test_exercises.h"

using regimen::testing::apply_fixes;
using regimen::testing::fixes_of;
using regimen::testing::kLintExercises;
using regimen::testing::Linted;

namespace {

const std::vector<std::string> kFixingRules = {"missing-side", "unbounded-hold", "loaded-sets-without-rest",
                                               "unused-import", "exercise-under-two-names"};

const std::string kBefore = R"(# Every mechanical mistake, with comments that must survive.
routine "Fix me" {
  import thoracic
  import neck  # kept for later
  caution "Stop if anything hurts"
  frequency daily

  # warm up first
  t_roll reps 10
  t_twist hold 20s  # seated, hands on knees
  t_release hold until pain 2/10 from pain 6/10 {
    cue "Breathe out slowly"
  }
  t_press reps 10 x2 load band red # the red band
  roll_alias reps 5; t_hang hold 30s
}
)";

const std::string kAfter = R"(# Every mechanical mistake, with comments that must survive.
routine "Fix me" {
  # kept for later
  caution "Stop if anything hurts"
  frequency daily

  # warm up first
  t_roll reps 10
  t_twist hold 20s per side  # seated, hands on knees
  t_release hold until pain 2/10 from pain 6/10 max 90s {
    cue "Breathe out slowly"
  }
  t_press reps 10 x2 rest 45s load band red # the red band
  t_roll reps 5; t_hang hold 30s
}
)";

std::vector<regimen::FixIt> all_fixes(const Linted& linted) {
  std::vector<regimen::FixIt> out;
  for (const auto& rule : kFixingRules) {
    auto more = fixes_of(linted.run(rule));
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace

TEST_CASE("each fix removes its own finding, once", "[fixes]") {
  for (const auto& rule : kFixingRules) {
    DYNAMIC_SECTION(rule) {
      Linted before(kLintExercises + kBefore);
      REQUIRE(before.compiled());
      auto found = before.run(rule);
      REQUIRE(!found.empty());
      for (const auto& f : found) CHECK(!f.fixes.empty());
      std::string fixed = apply_fixes(before.source(), fixes_of(found));
      Linted after(fixed);
      INFO(fixed);
      INFO(after.errors());
      REQUIRE(after.compiled());
      CHECK(after.run(rule).empty());
      CHECK(apply_fixes(fixed, fixes_of(after.run(rule))) == fixed);
    }
  }
}

TEST_CASE("all fixes together keep comments and layout", "[fixes]") {
  Linted before(kLintExercises + kBefore);
  REQUIRE(before.compiled());
  std::string fixed = apply_fixes(before.source(), all_fixes(before));
  CHECK(fixed == kLintExercises + kAfter);
  Linted after(fixed);
  REQUIRE(after.compiled());
  CHECK(all_fixes(after).empty());
}

TEST_CASE("fixes on one line land in different places", "[fixes]") {
  auto fixed_text = [](const std::string& line) {
    Linted before(kLintExercises + "routine \"T\" {\n  " + line + "\n}\n");
    REQUIRE(before.compiled());
    std::string fixed = apply_fixes(before.source(), all_fixes(before));
    Linted after(fixed);
    INFO(fixed);
    REQUIRE(after.compiled());
    CHECK(all_fixes(after).empty());
    return fixed.substr(kLintExercises.size());
  };
  CHECK(fixed_text("t_row reps 8 x2  # one arm") == "routine \"T\" {\n  t_row reps 8 per side x2 rest 30s  # one arm\n}\n");
  // No dose written: the side joins the name. Body-weight sets need no rest
  // of their own.
  CHECK(fixed_text("t_side_row") == "routine \"T\" {\n  t_side_row per side\n}\n");
  // After an open hold, `max` takes the place behind it.
  CHECK(fixed_text("t_side_hold hold until \"it eases\"") ==
        "routine \"T\" {\n  t_side_hold per side hold until \"it eases\" max 2min\n}\n");
}

TEST_CASE("a deleted import takes its line, or leaves its neighbours on a shared one", "[fixes]") {
  Linted shared(kLintExercises + "import neck; import conditioning\nt_roll reps 10; walking for 10min\n");
  REQUIRE(shared.compiled());
  std::string fixed = apply_fixes(shared.source(), fixes_of(shared.run("unused-import")));
  CHECK(fixed == kLintExercises + "import conditioning\nt_roll reps 10; walking for 10min\n");
}
