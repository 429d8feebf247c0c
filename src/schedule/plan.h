// The program stretch by stretch (schedule/periods.h): each exercise's dose
// in each week, or run of days, and how long a session takes then.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "program/program.h"
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

struct PlanPeriod {
  program::DayRange days;          // a whole week, or a run of days, all alike
  std::vector<PlanEntry> entries;  // each exercise once, in session order
  double session_seconds = 0;
};

struct Plan {
  int days = 7;  // the days shown: schedule::plan_days
  // No program length was given: the program goes on, as its last stretch
  // shown, until the therapist reviews it. Every output says so in its own words.
  bool ongoing = false;
  std::optional<program::Length> length;  // the program's, as written
  DoseChoice dose = DoseChoice::Low;
  std::optional<program::Frequency> frequency;  // the routine's sessions per day and week
  std::vector<PlanPeriod> periods;
};

Plan make_plan(const program::Program& program, DoseChoice dose);

}  // namespace regimen::schedule
