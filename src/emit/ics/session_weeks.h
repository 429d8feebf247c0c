// The session of each stretch of the program's days (schedule/periods.h), and
// the runs of stretches whose session is the same, so that each run becomes
// one event series whose description is right for every day it covers.
#pragma once

#include <string>
#include <vector>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::ics {

// Weeks the calendar covers when the routine gives no program length.
inline constexpr int kDefaultCalendarWeeks = 4;
// The longest calendar written: ten years, as `--week` allows.
inline constexpr int kMostCalendarDays = 520 * kDaysPerWeek;

struct WeekStretch {
  program::DayRange days;          // whole weeks, when every stretch in it is one
  long long session_seconds = 0;   // the schedule's session time, to the second
  std::vector<std::string> lines;  // section headings and "- Name: dose" lines
};

// The program's length in days; without one, kDefaultCalendarWeeks or up to
// the plan's last day, whichever is later.
int calendar_days(const program::Program& program);

std::vector<WeekStretch> week_stretches(const program::Program& program, int days, schedule::DoseChoice dose);

}  // namespace regimen::ics
