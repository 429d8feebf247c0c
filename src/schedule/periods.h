// The stretches of days in which a program's session stays the same: the
// plan gives each a row, the calendar a series of events. A program counted
// in weeks goes week by week, and a week in which a phase counted in days
// starts or ends, or a progression steps day by day, is cut into its days;
// a program counted in days goes in runs of days.
#pragma once

#include <vector>

#include "program/program.h"

namespace regimen::schedule {

// The days a plan covers: the program's length; without one, whole weeks up
// to the last day a phase names, a progression outside phases reaches or
// anything changes (the day after a phase ends), and at least one week.
// What a stage that starts on a sign holds is not counted: it has no day.
int plan_days(const program::Program& program);

// The last day a schedule can show: the program's length; without one, the
// last day before anything changes after plan_days (the plan says the
// program goes on as it is then), and at most kMostScheduledDay.
int last_schedule_day(const program::Program& program);

// Days 1 to `days`, cut where anything in the program may change: each
// stretch is one whole week (counted in weeks) or a run of days.
std::vector<program::DayRange> periods(const program::Program& program, int days);

// The stretch that holds `day`, from `periods` up to the end of that day's
// week or the program, whichever is later.
program::DayRange period_of(const program::Program& program, int day);

}  // namespace regimen::schedule
