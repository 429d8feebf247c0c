// The session of each calendar week, and the stretches of weeks whose
// session is the same, so that each stretch becomes one event series whose
// description is right for every week it covers.
#pragma once

#include <string>
#include <vector>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::ics {

// Weeks the calendar covers when the routine gives no program length.
inline constexpr int kDefaultCalendarWeeks = 4;
// The longest calendar written: ten years, as `--week` allows.
inline constexpr int kMostCalendarWeeks = 520;

struct WeekStretch {
  int first_week = 1, last_week = 1;
  long long session_seconds = 0;   // the schedule's session time, to the second
  std::vector<std::string> lines;  // section headings and "- Name: dose" lines
};

// The program's length; without one, kDefaultCalendarWeeks or the last week
// a phase names, whichever is later.
int calendar_weeks(const program::Program& program);

std::vector<WeekStretch> week_stretches(const program::Program& program, int weeks, schedule::DoseChoice dose);

}  // namespace regimen::ics
