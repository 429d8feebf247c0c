// The program stretch by stretch (schedule/periods.h): each exercise's dose
// in each week, or run of days, and how long a session takes then.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "program/program.h"
#include "schedule/sessions.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {

struct PlanEntry {
  std::string exercise_id;
  std::string name;
  std::string section;
  WeekDose dose;  // the numbers the session is timed with, at the plan's dose choice
  // The prescription on the stretch's first day, ranges and open forms kept,
  // in the handout's words: "2 sets of 10 to 15 repetitions on each side."
  std::string dose_phrase;
  // What goes with the dose then: load, tempo, effort, pain limit and rest,
  // ranges kept ("Move at a slow pace."); may be empty.
  std::string extras;
};

// One session in one stretch: what is done, and how long it takes.
struct PlanSession {
  std::size_t session = 0;         // index into Plan::sessions
  std::vector<PlanEntry> entries;  // each exercise once, in session order
  double session_seconds = 0;
};

struct PlanPeriod {
  program::DayRange days;            // a whole week, or a run of days, all alike
  std::vector<PlanSession> sessions; // those with exercises in the stretch, in session order
  // The most exercise any one day of the stretch holds: each session's time
  // as often as it comes that day (the top of a range, as `4..6/day`).
  double daily_seconds = 0;
  std::string stage;                 // the stage the schedule places then; empty without stages
  std::string moving_on;             // what the stage says of moving on (schedule/stages.h)
};

// A stage no date can be put on (it starts when the one before ends, at a
// sign): its stretches, their days counted from its own first day
// (schedule::in_stage); it goes on as the last until its sign.
struct PlanStage {
  std::string title;
  std::string starts;                // "when you can walk without a limp": the sign that ends the stage before
  std::string moving_on;
  std::vector<PlanPeriod> periods;   // each with no stage or moving_on of its own
};

// A session as the plan names it: schedule/sessions.h without its program.
struct PlanSessionInfo {
  Session::Origin origin = Session::Origin::Routine;
  std::string title;
  std::optional<program::Frequency> frequency;
};

struct Plan {
  int days = 7;  // the days shown: schedule::plan_days
  // No program length was given: the program goes on, as its last stretch
  // shown, until the therapist reviews it. Every output says so in its own words.
  bool ongoing = false;
  std::optional<program::Length> length;  // the program's, as written
  DoseChoice dose = DoseChoice::Low;
  std::optional<program::Frequency> frequency;  // the routine's sessions per day and week
  std::vector<PlanSessionInfo> sessions;        // schedule::sessions, in order
  std::vector<PlanPeriod> periods;
  std::vector<PlanStage> undated;               // after the dated part, in order
};

// How many times a session comes on a day of the week at most: the top of
// its rate a day (1 without one); 0 when its days leave that day out.
int sessions_on(const std::optional<program::Frequency>& frequency, Weekday day);

Plan make_plan(const program::Program& program, DoseChoice dose);

}  // namespace regimen::schedule
