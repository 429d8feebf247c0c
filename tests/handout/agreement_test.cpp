// The handout and the plan say the same numbers, week by week: both take a
// progression's doses from one rounding, the steps a clinician writes
// (schedule/steps.h), so a patient reading the sheet and following the
// calendar or the timer is never told two different doses.
#include <catch2/catch.hpp>

#include <regex>

#include "compile_fixture.h"
#include "handout/handout.h"
#include "schedule/plan.h"
#include "schedule/steps.h"

using regimen::testing::Compiled;
namespace h = regimen::handout;
namespace s = regimen::schedule;

namespace {

// The numbers a dose says, in order; the plan's "(about 6 minutes)" after a
// distance is a walking time, not part of the dose.
std::vector<double> numbers(const std::string& text) {
  static const std::regex about(R"(\(about [^)]*\))");
  static const std::regex number(R"(\d+(\.\d+)?)");
  std::string dose = std::regex_replace(text, about, "");
  std::vector<double> out;
  for (auto it = std::sregex_iterator(dose.begin(), dose.end(), number); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod(it->str()));
  return out;
}

// The weeks a row of a handout's dose table covers: "Week 3", "Weeks 2 to 4".
std::pair<int, int> row_weeks(const std::string& label) {
  std::vector<double> ends = numbers(label);
  REQUIRE(!ends.empty());
  return {static_cast<int>(ends.front()), static_cast<int>(ends.back())};
}

struct Compared {
  h::Handout handout;
  s::Plan low, high;
};

Compared compare(const std::string& routine) {
  Compiled c(R"(exercise test_rep_hold "Test rep hold" {
  kind reps_hold
}
)" + routine);
  REQUIRE(c.result.ok());
  return {h::make_handout(c.program(), *c.result.library, c.result.pictures, {}), s::make_plan(c.program(), s::DoseChoice::Low),
          s::make_plan(c.program(), s::DoseChoice::High)};
}

}  // namespace

TEST_CASE("the handout and the plan give a progression the same dose every week") {
  Compared c = compare(R"(routine "R" {
  program 8 weeks
  test_curl reps 5 -> 17 x1 -> 3
  test_plank hold 5s -> 55s
  test_plank hold 45s -> 5min
  test_plank hold 2 -> 6 breaths
  test_rep_hold reps 10 hold 3s -> 20s
  test_walk for 10min -> 30min
  test_walk distance 500m -> 2km
}
)");
  const auto& exercises = c.handout.sections.at(0).exercises;
  REQUIRE(exercises.size() == 7);
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    INFO(exercises[i].name << " " << i);
    REQUIRE(exercises[i].dose_by_week.size() > 2);
    for (const auto& row : exercises[i].dose_by_week) {
      auto [first, last] = row_weeks(row.weeks);
      for (int week = first; week <= last; ++week) {
        const std::string& phrase = c.low.periods.at(week - 1).sessions.at(0).entries.at(i).dose_phrase;
        INFO("week " << week << ": handout '" << row.dose << "', plan '" << phrase << "'");
        CHECK(numbers(row.dose) == numbers(phrase));
      }
    }
  }
}

TEST_CASE("a progressing range reads the same in the plan at every dose choice, and as the handout says it") {
  Compared c = compare(R"(routine "R" {
  program 6 weeks
  test_plank hold 20..30s -> 40s..2min
  test_curl reps 8..10 -> 12..20
}
)");
  const auto& exercises = c.handout.sections.at(0).exercises;
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    REQUIRE(exercises[i].dose_by_week.size() > 2);
    for (const auto& row : exercises[i].dose_by_week) {
      auto [first, last] = row_weeks(row.weeks);
      for (int week = first; week <= last; ++week) {
        const auto& low = c.low.periods.at(week - 1).sessions.at(0).entries.at(i);
        const auto& high = c.high.periods.at(week - 1).sessions.at(0).entries.at(i);
        INFO("week " << week << ": handout '" << row.dose << "', plan '" << low.dose_phrase << "'");
        // Both ends of each range, in the plan as in the handout: the dose
        // choice times the session, it does not cut the prescription.
        CHECK(numbers(row.dose) == numbers(low.dose_phrase));
        CHECK(low.dose_phrase == high.dose_phrase);
        CHECK(low.dose_phrase.find(" to ") != std::string::npos);
      }
    }
  }
  // The choice still reaches the timing.
  for (std::size_t week = 0; week < c.low.periods.size(); ++week)
    CHECK(c.low.periods[week].sessions.at(0).session_seconds < c.high.periods[week].sessions.at(0).session_seconds);
}

TEST_CASE("a progression's doses between its ends are in clinician steps") {
  CHECK(s::clinician_step(11, regimen::program::Measure::Seconds) == 10);
  CHECK(s::clinician_step(81, regimen::program::Measure::Seconds) == 75);  // never "1 minute 21 seconds"
  CHECK(s::clinician_step(728, regimen::program::Measure::Seconds) == 720);
  CHECK(s::clinician_step(6.5, regimen::program::Measure::Count) == 7);
  CHECK(s::clinician_step(1286, regimen::program::Measure::Metres) == 1300);
  // The ends are as written, and no step goes past them.
  CHECK(s::step_between(5, 32, 0, regimen::program::Measure::Seconds) == 5);
  CHECK(s::step_between(5, 32, 1, regimen::program::Measure::Seconds) == 32);
  CHECK(s::step_between(5, 33, 0.99, regimen::program::Measure::Seconds) == 33);  // 32.7 is a step of 35
  CHECK(s::step_between(2, 3, 0.1, regimen::program::Measure::Seconds) == 2);
}
