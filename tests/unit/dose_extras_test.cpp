// What goes with a dose besides its work: one wording, said by the handout
// for all the days a line applies and by the plan and the calendar for each
// stretch of them.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "schedule/dose_extras.h"
#include "schedule/dose_words.h"
#include "schedule/plan.h"

namespace regimen::testing {
namespace {

using schedule::DoseChoice;

// Each stretch's extras in the plan, ranges kept.
std::vector<std::string> plan_extras(const Compiled& c, DoseChoice choice = DoseChoice::Low) {
  std::vector<std::string> out;
  for (const auto& period : schedule::make_plan(c.program(), choice).periods) out.push_back(period.sessions.at(0).entries.at(0).extras);
  return out;
}

TEST_CASE("extras: load, tempo, effort, pain limit and rest", "[extras]") {
  Compiled c("test_curl reps 10 x3 load 2kg tempo slow rpe 6..7 pain 2/10 rest 60s\n");
  REQUIRE(c.result.ok());
  std::string said = "Use a weight of 2 kg. Move at a slow pace. Work at an effort of about 6 to 7 out of 10. "
                     "Keep any pain at or below 2 out of 10. Rest 1 minute between sets.";
  CHECK(schedule::dose_extras(c.item(0)) == said);
  // The plan says the same for the week: nothing dropped.
  CHECK(plan_extras(c) == std::vector<std::string>{said});
}

TEST_CASE("the plan says a ranged rest whole, whatever the dose choice", "[extras]") {
  Compiled c("test_curl reps 10 x2 rest 30..60s\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) == "Rest 30 seconds to 1 minute between sets.");
  CHECK(plan_extras(c, DoseChoice::Low) == std::vector<std::string>{"Rest 30 seconds to 1 minute between sets."});
  CHECK(plan_extras(c, DoseChoice::High) == std::vector<std::string>{"Rest 30 seconds to 1 minute between sets."});
  // The choice picks the end a session is timed with.
  auto high = schedule::make_plan(c.program(), DoseChoice::High);
  CHECK(high.periods.at(0).sessions.at(0).entries.at(0).dose.rest_seconds == 60);
}

TEST_CASE("a rest after one set, and no extras at all", "[extras]") {
  Compiled c("test_curl reps 10 rest 45s\ntest_curl reps 10\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) == "Rest 45 seconds afterwards.");
  CHECK(schedule::dose_extras(c.item(1)).empty());
  CHECK(schedule::with_extras("10 repetitions", "") == "10 repetitions");
  CHECK(schedule::with_extras("10 repetitions", "Move at a slow pace.") == "10 repetitions. Move at a slow pace.");
}

TEST_CASE("a band changes once, halfway, and only to the band written", "[extras][load]") {
  Compiled c("program 8 weeks\ntest_curl reps 10 load band yellow -> red\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) ==
        "Use a yellow resistance band in weeks 1 to 4, then a red resistance band from week 5.");
  std::vector<std::string> yellow(4, "Use a yellow resistance band."), red(4, "Use a red resistance band.");
  std::vector<std::string> expected = yellow;
  expected.insert(expected.end(), red.begin(), red.end());
  CHECK(plan_extras(c) == expected);
  // The handout's table of the dose by week says it beside the work.
  CHECK(schedule::day_changes(c.item(0), program::first_day_of_week(4)) == "Use a yellow resistance band.");
  CHECK(schedule::day_changes(c.item(0), program::first_day_of_week(5)) == "Use a red resistance band.");
}

TEST_CASE("in an odd number of weeks the lighter load keeps the middle week", "[extras][load]") {
  Compiled three("program 3 weeks\ntest_curl reps 10 load light -> heavy\n");
  REQUIRE(three.result.ok());
  CHECK(plan_extras(three) == std::vector<std::string>{"Use a light weight.", "Use a light weight.", "Use a heavy weight."});
  CHECK(schedule::dose_extras(three.item(0)) == "Use a light weight in weeks 1 to 2, then a heavy weight from week 3.");
  Compiled two("program 2 weeks\ntest_curl reps 10 load band extra_light -> heavy\n");
  REQUIRE(two.result.ok());
  CHECK(schedule::dose_extras(two.item(0)) ==
        "Use an extra light resistance band in week 1, then a heavy resistance band from week 2.");
}

TEST_CASE("a weight moves evenly, on steps of 0.5 kg or whole pounds", "[extras][load]") {
  Compiled kg("program 8 weeks\ntest_curl reps 10 load 2kg -> 4kg\n");
  REQUIRE(kg.result.ok());
  CHECK(schedule::dose_extras(kg.item(0)) == "Start with a weight of 2 kg and build up evenly to 4 kg by week 8.");
  CHECK(plan_extras(kg) == std::vector<std::string>{"Use a weight of 2 kg.", "Use a weight of 2.5 kg.", "Use a weight of 2.5 kg.",
                                                    "Use a weight of 3 kg.", "Use a weight of 3 kg.", "Use a weight of 3.5 kg.",
                                                    "Use a weight of 3.5 kg.", "Use a weight of 4 kg."});
  CHECK(schedule::day_changes(kg.item(0), program::first_day_of_week(2)) == "Use a weight of 2.5 kg.");
  Compiled lb("program 4 weeks\ntest_curl reps 10 load 5 -> 10lb\n");
  REQUIRE(lb.result.ok());
  CHECK(plan_extras(lb) == std::vector<std::string>{"Use a weight of 5 lb.", "Use a weight of 7 lb.", "Use a weight of 8 lb.",
                                                    "Use a weight of 10 lb."});
  // The plan's week is in kilograms too, for readers that compute.
  auto plan = schedule::make_plan(lb.program(), DoseChoice::Low);
  REQUIRE(plan.periods.at(3).sessions.at(0).entries.at(0).dose.load);
  CHECK(plan.periods.at(3).sessions.at(0).entries.at(0).dose.load->start.kilograms->min == Approx(4.5359237));
}

TEST_CASE("the weights written are kept: only the weeks between and a range's middle are stepped", "[extras][load]") {
  Compiled odd("program 4 weeks\ntest_curl reps 10 load 1.25kg -> 2.75kg\n");
  REQUIRE(odd.result.ok());
  auto said = plan_extras(odd);
  CHECK(said.front() == "Use a weight of 1.25 kg.");
  CHECK(said.back() == "Use a weight of 2.75 kg.");
  CHECK(said[1] == "Use a weight of 1.5 kg.");
  Compiled range("test_curl reps 10 load 2..3kg\ntest_curl reps 10 load 5..6lb\n");
  REQUIRE(range.result.ok());
  CHECK(schedule::dose_extras(range.item(0)) == "Use a weight of 2 to 3 kg.");
  // The plan says the range as written at every dose choice; the choice
  // picks the weight the session is timed with.
  auto mid = schedule::make_plan(range.program(), DoseChoice::Mid).periods.at(0).sessions.at(0).entries;
  CHECK(mid.at(0).extras == "Use a weight of 2 to 3 kg.");
  REQUIRE(mid.at(0).dose.load);
  CHECK(mid.at(0).dose.load->start.kilograms->min == Approx(2.5));
  // The middle of 5..6 lb falls halfway between whole pounds: the lighter.
  REQUIRE(mid.at(1).dose.load);
  CHECK(mid.at(1).dose.load->start.kilograms->min == Approx(5 * 0.45359237));
  auto high = schedule::make_plan(range.program(), DoseChoice::High).periods.at(0).sessions.at(0).entries;
  CHECK(high.at(0).extras == "Use a weight of 2 to 3 kg.");
  CHECK(high.at(0).dose.load->start.kilograms->min == Approx(3));
}

TEST_CASE("without a program length a load stays at its start, and every output says its end", "[extras][load]") {
  Compiled c("test_curl reps 10 load band yellow -> red\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) == "Use a yellow resistance band. Build up to a red resistance band.");
  CHECK(plan_extras(c) == std::vector<std::string>{"Use a yellow resistance band. Build up to a red resistance band."});
  CHECK(schedule::day_changes(c.item(0), program::first_day_of_week(1)).empty());
}

TEST_CASE("a load in the routine's words is said as the load", "[extras][load]") {
  Compiled c("test_curl reps 10 load \"a shopping bag with tins\"\ntest_curl reps 10 load \"a backpack (about 5 kg).\"\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) == "Load: a shopping bag with tins.");
  CHECK(schedule::dose_extras(c.item(1)) == "Load: a backpack (about 5 kg).");
  CHECK(plan_extras(c).front() == "Load: a shopping bag with tins.");
}

TEST_CASE("effort as a percentage of maximal effort", "[extras][effort]") {
  Compiled c("program 6 weeks\ntest_plank hold 45s effort 50%\ntest_plank hold 45s effort 30..50%\n"
             "test_plank hold 45s effort 30% -> 70%\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_extras(c.item(0)) == "Work at about 50% of your maximum effort.");
  CHECK(schedule::dose_extras(c.item(1)) == "Work at about 30 to 50% of your maximum effort.");
  CHECK(schedule::dose_extras(c.item(2)) ==
        "Start at about 30% of your maximum effort and build up evenly to about 70% by week 6.");
  auto plan = schedule::make_plan(c.program(), DoseChoice::Low);
  std::vector<std::string> weekly;
  for (const auto& period : plan.periods) weekly.push_back(period.sessions.at(0).entries.at(2).extras);
  // 30 + 40 x (week - 1) / 5: 38, 46, 54, 62 between, on steps of 5.
  CHECK(weekly == std::vector<std::string>{"Work at about 30% of your maximum effort.", "Work at about 40% of your maximum effort.",
                                           "Work at about 45% of your maximum effort.", "Work at about 55% of your maximum effort.",
                                           "Work at about 60% of your maximum effort.", "Work at about 70% of your maximum effort."});
  CHECK(plan.periods.at(0).sessions.at(0).entries.at(1).dose.effort_percent == 30);
  // The plan keeps the range; the choice's end is what the session is timed with.
  CHECK(schedule::make_plan(c.program(), DoseChoice::Mid).periods.at(0).sessions.at(0).entries.at(1).extras ==
        "Work at about 30 to 50% of your maximum effort.");
  CHECK(schedule::make_plan(c.program(), DoseChoice::Mid).periods.at(0).sessions.at(0).entries.at(1).dose.effort_percent == 40);
  CHECK(schedule::day_changes(c.item(2), program::first_day_of_week(2)) == "Work at about 40% of your maximum effort.");
  CHECK(schedule::day_changes(c.item(0), program::first_day_of_week(2)).empty());
}

TEST_CASE("a load moves over the days its line applies: a phase's, or a program in days", "[extras][load]") {
  Compiled days("program 10 days\ntest_curl reps 10 load 2kg -> 4kg\ntest_curl reps 10 load band yellow -> red\n");
  REQUIRE(days.result.ok());
  CHECK(schedule::dose_extras(days.item(0)) == "Start with a weight of 2 kg and build up evenly to 4 kg by day 10.");
  CHECK(schedule::dose_extras(days.item(1)) ==
        "Use a yellow resistance band in days 1 to 5, then a red resistance band from day 6.");
  CHECK(schedule::day_changes(days.item(1), 5) == "Use a yellow resistance band.");
  CHECK(schedule::day_changes(days.item(1), 6) == "Use a red resistance band.");
  Compiled phase("program 6 weeks\nweeks 3-4 {\n  test_curl reps 10 load band yellow -> red\n}\n");
  REQUIRE(phase.result.ok());
  const auto& block = std::get<program::Block>(phase.result.program->body.at(0));
  CHECK(schedule::dose_extras(std::get<program::Item>(block.body.at(0))) == "Use a yellow resistance band in week 3, then a red resistance band from week 4.");
  // The plan changes the band where the handout says it does.
  auto plan = schedule::make_plan(phase.program(), DoseChoice::Low);
  std::vector<std::string> said;
  for (const auto& period : plan.periods) {
    if (!period.sessions.at(0).entries.empty()) said.push_back(program::label(period.days) + ": " + period.sessions.at(0).entries.at(0).extras);
  }
  CHECK(said == std::vector<std::string>{"Week 3: Use a yellow resistance band.", "Week 4: Use a red resistance band."});
}

TEST_CASE("effort misused is reported, never guessed", "[extras][effort]") {
  CHECK(Compiled("test_plank hold 45s effort 5\n").has(DiagCode::EffortNotPercentage));
  CHECK(Compiled("test_plank hold 45s effort 5/10\n").has(DiagCode::EffortNotPercentage));
  CHECK(Compiled("test_plank hold 45s effort hard\n").has(DiagCode::EffortNotPercentage));
  CHECK(Compiled("test_plank hold 45s effort 150%\n").has(DiagCode::ScoreOutOfScale));
  CHECK(Compiled("test_plank hold 45s rpe 50%\n").has(DiagCode::ScoreOutOfScale));
  CHECK(Compiled("test_plank hold 45s effort 50% rpe 5\n").has(DiagCode::ConflictingDosage));
  CHECK(Compiled("test_plank hold 45s effort 70% -> 30%\n").has(DiagCode::BackwardProgression));
}

TEST_CASE("a progression with no time to spread over still says its end", "[extras]") {
  // No program length, no phase, no `over`: every week has the first dose,
  // and the words say where it goes.
  Compiled c("test_curl reps 5 -> 15 x2 -> 3 load band yellow -> red effort 30% -> 50%\n"
             "test_plank hold 30s -> 2min\n");
  REQUIRE(c.result.ok());
  CHECK(schedule::dose_words(c.item(0), 1) == "2 sets of 5 repetitions. Build up to 3 sets and 15 repetitions.");
  CHECK(schedule::dose_words(c.item(1), 1) == "Hold 30 seconds. Build up to holding for 2 minutes.");
  CHECK(schedule::dose_extras(c.item(0)) ==
        "Use a yellow resistance band. Build up to a red resistance band. "
        "Work at about 30% of your maximum effort. Build up to about 50%.");
  CHECK(plan_extras(c) == std::vector<std::string>{schedule::dose_extras(c.item(0))});
  // With a length to spread over, the plan's weeks carry the steps instead.
  Compiled timed("program 4 weeks\ntest_curl reps 5 -> 15\n");
  REQUIRE(timed.result.ok());
  CHECK(schedule::dose_words(timed.item(0), 1) == "5 repetitions.");
}

}  // namespace
}  // namespace regimen::testing
