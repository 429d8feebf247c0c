// Schedules: the timeline of one session and the plan, with every total
// worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "schedule/periods.h"
#include "schedule/plan.h"
#include "schedule/timeline.h"

namespace regimen::testing {
namespace {

using schedule::DoseChoice;
using schedule::Interval;
using Kind = Interval::Kind;

// Round figures, so the arithmetic below is easy to follow.
const std::string kTiming = "timing rep 3s, breath 5s, rest 30s, switch 5s, transition 15s, get_ready 10s, round_rest 60s\n";

const std::string kSides = R"(
exercise test_lunge "Test lunge" {
  kind reps
  sides per_side
  switch per_set
}
exercise test_held "Test held" {
  kind reps_hold
}
exercise test_reach "Test reach" {
  kind hold
  sides per_direction
  directions right, left, centre
}
)";

schedule::Timeline session(const std::string& routine, int week = 1, DoseChoice dose = DoseChoice::Low) {
  Compiled c(kSides + kTiming + routine);
  REQUIRE_FALSE(c.result.diagnostics.has_errors());
  return schedule::lower_session(c.program(), schedule::period_of(c.program(), program::first_day_of_week(week)), dose);
}

std::vector<Kind> kinds(const schedule::Timeline& t) {
  std::vector<Kind> out;
  for (const auto& i : t.intervals) out.push_back(i.kind);
  return out;
}

TEST_CASE("repetitions in sets, with rest between sets", "[schedule]") {
  // get ready 10 + set 10 x 3s = 30 + rest 30 + set 30 = 100
  auto t = session("test_curl reps 10 x2\n");
  CHECK(t.total_seconds == 100);
  CHECK(kinds(t) == std::vector<Kind>{Kind::GetReady, Kind::Work, Kind::Rest, Kind::Work});
  CHECK(t.intervals[1].start == 10);
  CHECK(t.intervals[1].cue == "10 repetitions");
  // The routine's `timing rest 30s` (kTiming) gives the rest: no estimate.
  CHECK(t.intervals[2].cue == "Rest 30 seconds");
  CHECK(!t.estimated);
  CHECK(t.intervals[3].set == 2);
  CHECK(t.intervals[3].sets == 2);
}

TEST_CASE("a rest nobody gave is the schedule's estimate, and says so", "[schedule]") {
  auto lower = [](const std::string& text) {
    Compiled c(kSides + text);
    REQUIRE_FALSE(c.result.diagnostics.has_errors());
    return schedule::lower_session(c.program(), schedule::period_of(c.program(), 1), DoseChoice::Low);
  };
  auto usual = lower("test_curl reps 10 x2\n");
  CHECK(usual.intervals[2].cue == "Rest about 30 seconds");
  CHECK(usual.intervals[2].estimated);
  CHECK(usual.estimated);
  auto given = lower("test_curl reps 10 x2 rest 45s\n");
  CHECK(given.intervals[2].cue == "Rest 45 seconds");
  CHECK(!given.intervals[2].estimated);
  CHECK(!given.estimated);
  // Between rounds: the circuit's own rest, or an estimate.
  auto rounds = lower("circuit rounds 2 { test_curl reps 10 }\n");
  REQUIRE(rounds.intervals.size() > 3);
  bool estimated_round_rest = false;
  for (const auto& i : rounds.intervals) {
    if (i.kind == Kind::RoundRest) estimated_round_rest = i.estimated && i.cue.starts_with("Rest about 1 minute");
  }
  CHECK(estimated_round_rest);
}

TEST_CASE("a hold repeated, and holds in breaths", "[schedule]") {
  // 10 + 3 holds of 20 s + 2 rests of 30 s = 130
  CHECK(session("test_plank hold 20s x3\n").total_seconds == 130);
  // 3 breaths of 5 s at the low end, 4 at the high end
  CHECK(session("test_plank hold 3..4 breaths\n").total_seconds == 10 + 15);
  CHECK(session("test_plank hold 3..4 breaths\n", 1, DoseChoice::High).total_seconds == 10 + 20);
  auto t = session("test_plank hold 3..4 breaths\n");
  CHECK(t.intervals[1].cue == "Hold for 3 slow breaths");
  Compiled c(kTiming + "test_plank hold 20s x3\n");
  auto plan = schedule::make_plan(c.program(), DoseChoice::Low);
  CHECK(plan.periods.at(0).sessions.at(0).entries.at(0).dose_phrase == "Hold 20 seconds. Do this 3 times.");
  // A range is timed at the choice's end, and the plan says the whole range.
  Compiled range(kTiming + "test_plank hold 3..4 breaths x2..3\n");
  for (auto choice : {DoseChoice::Low, DoseChoice::High}) {
    auto ranged = schedule::make_plan(range.program(), choice);
    CHECK(ranged.periods.at(0).sessions.at(0).entries.at(0).dose_phrase == "Hold for 3 to 4 breaths. Do this 2 to 3 times.");
  }
}

TEST_CASE("per side, each set: one side then the other, both orders", "[schedule]") {
  // 10 + (5 x 3 = 15, switch 5, 15) + rest 30 + (15, 5, 15) = 110
  auto t = session("test_lunge reps 5 x2 per side\n");
  CHECK(t.total_seconds == 110);
  CHECK(kinds(t) == std::vector<Kind>{Kind::GetReady, Kind::Work, Kind::SwitchSide, Kind::Work, Kind::Rest, Kind::Work,
                                      Kind::SwitchSide, Kind::Work});
  CHECK(t.intervals[1].side == Side::Right);
  CHECK_FALSE(t.intervals[1].toward);
  CHECK(t.intervals[2].cue == "Switch to the left side");
  CHECK(t.intervals[3].cue == "Left side: 5 repetitions");
  auto left_first = session("test_lunge reps 5 per side left first\n");
  CHECK(left_first.intervals[1].side == Side::Left);
  CHECK(left_first.intervals[3].side == Side::Right);
}

TEST_CASE("alternating sides: both sides in one block", "[schedule]") {
  // test_press switches every repetition: 8 each side = 16 reps x 3 s = 48, plus 10
  auto t = session("test_press reps 8\n");
  CHECK(t.total_seconds == 58);
  CHECK(t.intervals[1].cue == "8 repetitions each side, alternating");
}

TEST_CASE("per direction, in the library's order", "[schedule]") {
  // 10 + 3 holds of 3 breaths (15 s) with 2 changes of 5 s = 10 + 45 + 10 = 65
  auto t = session("test_reach hold 3 breaths\n");
  CHECK(t.total_seconds == 65);
  CHECK(t.intervals[1].cue == "To the right: hold for 3 slow breaths");
  CHECK(t.intervals[2].cue == "Now to the left");
  CHECK_FALSE(t.intervals[3].side);
  CHECK(t.intervals[3].toward == Direction{"left", "to the left"});
  CHECK(t.intervals[4].cue == "Now to the centre");
  CHECK(t.intervals[5].toward->id == "centre");
}

TEST_CASE("a direction the library defines reads as its cue says", "[schedule]") {
  auto t = session("direction sideways \"out to the side\"\ntest_reach hold 3 breaths per direction (forward, clockwise, sideways)\n");
  CHECK(t.intervals[1].cue == "Forward: hold for 3 slow breaths");
  CHECK(t.intervals[2].cue == "Now clockwise");
  CHECK(t.intervals[2].what == "change direction");
  CHECK(t.intervals[3].cue == "Clockwise: hold for 3 slow breaths");
  CHECK(t.intervals[4].cue == "Now out to the side");
  CHECK(t.intervals[5].toward == Direction{"sideways", "out to the side"});
}

TEST_CASE("a rep with a hold, and alternation of two movements", "[schedule]") {
  // each rep: 3 s + hold 2 s = 5 s; 10 reps = 50, plus 10
  CHECK(session("test_held reps 10 hold 2s\n").total_seconds == 60);
  // alternating two held positions: each rep 3 s + 2 x 2 s = 7 s; 10 reps = 70, plus 10
  CHECK(session("cat_camel reps 10 hold 2s alternate cat, cow timing rep 3s\n").total_seconds == 80);
}

TEST_CASE("circuits go round, resting between rounds", "[schedule]") {
  // a round: curl 5 x 3 = 15, transition 15, plank 20 -> 50
  // get ready 10 + round 1 (50) + rest 45 + transition 15 + round 2 (50) = 170
  auto t = session("circuit \"C\" rounds 2 rest 45s {\n  test_curl reps 5\n  test_plank hold 20s\n}\n");
  CHECK(t.total_seconds == 170);
  int round_rests = 0;
  for (const auto& i : t.intervals) round_rests += i.kind == Kind::RoundRest;
  CHECK(round_rests == 1);
  CHECK(t.intervals.back().round == 2);
  CHECK(t.intervals.back().rounds == 2);
}

TEST_CASE("open-ended holds use their upper bound", "[schedule]") {
  CHECK(session("test_plank hold until pain 2/10 from pain 6/10 max 90s\n").total_seconds == 100);
  CHECK(session("test_plank hold until \"the tension releases\"\n").total_seconds == 10 + 120);
  CHECK(session("test_plank hold at least 5min\n").total_seconds == 10 + 300);
}

TEST_CASE("duration and distance", "[schedule]") {
  CHECK(session("test_walk for 20min\n").total_seconds == 10 + 1200);
  // 800 m at the default 80 m a minute: 10 minutes
  CHECK(session("test_walk distance 800m\n").total_seconds == 10 + 600);
}

TEST_CASE("progressions spread over the program's weeks", "[schedule]") {
  std::string routine = "program 5 weeks\ntest_curl reps 5 -> 15\n";
  auto reps_in = [&](int week) { return std::get<schedule::RepsWork>(session(routine, week).entries.at(0).dose.work).reps; };
  CHECK(reps_in(1) == 5);
  CHECK(reps_in(3) == 10);
  CHECK(reps_in(5) == 15);
}

TEST_CASE("a progression over days steps every day, then stays at its end", "[schedule]") {
  Compiled c(kSides + kTiming + "program 6 weeks\ntest_plank hold 5s -> 30s over 10 days\n");
  REQUIRE_FALSE(c.result.diagnostics.has_errors());
  auto hold_on = [&](int day) {
    schedule::WeekDose d = schedule::dose_at(c.item(0), day, DoseChoice::Low);
    return std::get<schedule::HoldWork>(d.work).hold.seconds;
  };
  // 5 + 25 x (day - 1) / 9, in steps of 5 seconds: 7.8 is 10, 16.1 is 15.
  CHECK(hold_on(1) == 5);
  CHECK(hold_on(2) == 10);
  CHECK(hold_on(5) == 15);
  CHECK(hold_on(10) == 30);
  CHECK(hold_on(11) == 30);
  CHECK(hold_on(42) == 30);
}

TEST_CASE("a progression over weeks steps once a week, from its phase's first day", "[schedule]") {
  Compiled c(kSides + kTiming + "program 8 weeks\ndays 4-30 { test_curl reps 5 -> 15 over 3 weeks }\n");
  REQUIRE_FALSE(c.result.diagnostics.has_errors());
  const auto& phase = std::get<program::Block>(c.program().body.at(0));
  const auto& item = std::get<program::Item>(phase.body.at(0));
  auto reps_on = [&](int day) { return std::get<schedule::RepsWork>(schedule::dose_at(item, day, DoseChoice::Low).work).reps; };
  CHECK(reps_on(4) == 5);
  CHECK(reps_on(10) == 5);
  CHECK(reps_on(11) == 10);
  CHECK(reps_on(18) == 15);
  CHECK(reps_on(30) == 15);
}

TEST_CASE("the plan's stretches: weeks, cut into days where a phase in days ends", "[schedule][plan]") {
  using program::DayRange;
  Compiled weeks(kSides + kTiming + "program 3 weeks\ntest_curl reps 10\ndays 1-3 { test_curl reps 5 }\n");
  REQUIRE_FALSE(weeks.result.diagnostics.has_errors());
  CHECK(schedule::periods(weeks.program(), 21) ==
        std::vector<DayRange>{{1, 3, TimeUnit::Days}, {4, 7, TimeUnit::Days}, {8, 14, TimeUnit::Weeks},
                              {15, 21, TimeUnit::Weeks}});
  CHECK(schedule::period_of(weeks.program(), 5) == DayRange{4, 7, TimeUnit::Days});
  // Counted in days: runs of days, not weeks.
  Compiled days(kSides + kTiming + "program 10 days\ntest_curl reps 10\ndays 1-3 { test_curl reps 5 }\n");
  REQUIRE_FALSE(days.result.diagnostics.has_errors());
  CHECK(schedule::plan_days(days.program()) == 10);
  CHECK(schedule::periods(days.program(), 10) == std::vector<DayRange>{{1, 3, TimeUnit::Days}, {4, 10, TimeUnit::Days}});
  auto plan = schedule::make_plan(days.program(), DoseChoice::Low);
  REQUIRE(plan.periods.size() == 2);
  CHECK(plan.periods[0].sessions.at(0).entries.at(0).dose_phrase == "5 repetitions.");
  CHECK(plan.periods[1].sessions.at(0).entries.at(0).dose_phrase == "10 repetitions.");
  CHECK(program::label(plan.periods[1].days) == "Days 4-10");
  // Without a length, whole weeks up to the last day a phase names.
  Compiled ongoing(kSides + kTiming + "test_curl reps 10\ndays 9-10 { test_curl reps 5 }\n");
  REQUIRE_FALSE(ongoing.result.diagnostics.has_errors());
  CHECK(schedule::plan_days(ongoing.program()) == 14);
}

TEST_CASE("a phase replaces the same exercise in its weeks", "[schedule]") {
  // The timeline's entries point into the program: keep it alive while they are read.
  Compiled c(kSides + kTiming + "program 4 weeks\ntest_curl reps 5\ntest_plank hold 10s\nweeks 3-4 { test_curl reps 12 }\n");
  REQUIRE_FALSE(c.result.diagnostics.has_errors());
  auto week1 = schedule::lower_session(c.program(), schedule::period_of(c.program(), 1), DoseChoice::Low);
  auto week3 = schedule::lower_session(c.program(), schedule::period_of(c.program(), 15), DoseChoice::Low);
  REQUIRE(week1.entries.size() == 2);
  CHECK(std::get<schedule::RepsWork>(week1.entries[0].dose.work).reps == 5);
  REQUIRE(week3.entries.size() == 2);
  CHECK(week3.entries[0].item->exercise_id == "test_plank");
  CHECK(std::get<schedule::RepsWork>(week3.entries[1].dose.work).reps == 12);
}

TEST_CASE("the plan's session time is the schedule's", "[schedule][plan]") {
  Compiled c(kSides + kTiming + "program 3 weeks\nfrequency 2/day\ntest_curl reps 5 -> 9 x2\n");
  REQUIRE_FALSE(c.result.diagnostics.has_errors());
  auto plan = schedule::make_plan(c.program(), DoseChoice::Low);
  REQUIRE(plan.periods.size() == 3);
  for (const auto& period : plan.periods) {
    CHECK(period.sessions.at(0).session_seconds == schedule::lower_session(c.program(), period.days, DoseChoice::Low).total_seconds);
    // One session, twice a day: the day holds it twice.
    CHECK(period.daily_seconds == 2 * period.sessions.at(0).session_seconds);
  }
  CHECK(plan.periods[0].sessions.at(0).entries[0].dose_phrase == "2 sets of 5 repetitions.");
  CHECK(plan.periods[1].sessions.at(0).entries[0].dose_phrase == "2 sets of 7 repetitions.");
  CHECK(plan.periods[2].sessions.at(0).entries[0].dose_phrase == "2 sets of 9 repetitions.");
}

TEST_CASE("clock and spoken times", "[schedule]") {
  CHECK(schedule::clock(0) == "0:00");
  CHECK(schedule::clock(125) == "2:05");
  CHECK(schedule::clock(3725) == "1:02:05");
  CHECK(schedule::spoken_seconds(1) == "1 second");
  CHECK(schedule::spoken_seconds(90) == "1 minute 30 seconds");
  CHECK(schedule::spoken_seconds(120) == "2 minutes");
}

}  // namespace
}  // namespace regimen::testing
