// What goes with a dose besides its work: one wording, said by the handout
// for the whole program and by the plan and the calendar for each week.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "schedule/dose_extras.h"
#include "schedule/plan.h"

namespace regimen::testing {
namespace {

using schedule::DoseChoice;

// Each week's extras in the plan, at the chosen end of each range.
std::vector<std::string> plan_extras(const Compiled& c, DoseChoice choice = DoseChoice::Low) {
  std::vector<std::string> out;
  for (const auto& week : schedule::make_plan(c.program(), choice).by_week) out.push_back(week.entries.at(0).extras);
  return out;
}

TEST_CASE("extras: load, tempo, effort, pain limit and rest", "[extras]") {
  Compiled c("test_curl reps 10 x3 load 2kg tempo slow rpe 6..7 pain 2/10 rest 60s\n");
  REQUIRE(c.result.ok());
  std::string said = "Use a weight of 2 kg. Move at a slow pace. Work at an effort of about 6 to 7 out of 10. "
                     "Keep any pain at or below 2 out of 10. Rest 1 minute between sets.";
  CHECK(schedule::dose_extras(c.item(0), c.program().weeks) == said);
  // The plan says the same for the week: nothing dropped.
  CHECK(plan_extras(c) == std::vector<std::string>{said});
}

TEST_CASE("the plan's rest is the week's, at the chosen end of the range", "[extras]") {
  Compiled c("test_curl reps 10 x2 rest 30..60s\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0), std::nullopt) == "Rest 30 seconds to 1 minute between sets.");
  CHECK(plan_extras(c, DoseChoice::Low) == std::vector<std::string>{"Rest 30 seconds between sets."});
  CHECK(plan_extras(c, DoseChoice::High) == std::vector<std::string>{"Rest 1 minute between sets."});
}

TEST_CASE("a rest after one set, and no extras at all", "[extras]") {
  Compiled c("test_curl reps 10 rest 45s\ntest_curl reps 10\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0), std::nullopt) == "Rest 45 seconds afterwards.");
  CHECK(schedule::dose_extras(c.item(1), std::nullopt).empty());
  CHECK(schedule::with_extras("10 repetitions", "") == "10 repetitions");
  CHECK(schedule::with_extras("10 repetitions", "Move at a slow pace.") == "10 repetitions. Move at a slow pace.");
}

}  // namespace
}  // namespace regimen::testing
