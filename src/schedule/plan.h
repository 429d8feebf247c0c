// The program week by week: each exercise's dose in each week, and how long
// a session takes that week.
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
  WeekDose dose;
  std::string dose_phrase;  // "2 sets: 10 repetitions, on each side"
  // What goes with the dose that week: load, tempo, effort, pain limit and
  // rest, as the handout words them ("Move at a slow pace."); may be empty.
  std::string extras;
};

struct PlanWeek {
  int week = 1;
  std::vector<PlanEntry> entries;  // each exercise once, in session order
  double session_seconds = 0;
};

struct Plan {
  int weeks = 1;  // the weeks shown: the program's length, or its last phase's week
  // No program length was given: the program goes on, as its last week shown,
  // until the therapist reviews it. Every output says so in its own words.
  bool ongoing = false;
  DoseChoice dose = DoseChoice::Low;
  std::optional<program::Frequency> frequency;  // the routine's sessions per day and week
  std::vector<PlanWeek> by_week;
};

Plan make_plan(const program::Program& program, DoseChoice dose);

}  // namespace regimen::schedule
