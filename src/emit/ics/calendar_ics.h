// An iCalendar (RFC 5545) file of a routine's sessions: one recurring event
// per session time of day and stretch of weeks, written with libical.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "emit/ics/calendar_date.h"
#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::ics {

struct CalendarRequest {
  CalendarDate start;                        // the first day of week 1
  schedule::DoseChoice dose = schedule::DoseChoice::Low;
  std::optional<std::int64_t> stamp_epoch;   // DTSTAMP; nullopt: midnight UTC of `start`
  std::optional<int> remind_seconds;         // a VALARM this long before each session; none: no reminder
};

// The longest a reminder may come before its session: a day.
inline constexpr int kMostReminderSeconds = 24 * 60 * 60;

// The calendar's bytes, or nullopt with `error` set when the routine asks for
// more than a calendar holds (sessions a day, weeks).
std::optional<std::string> calendar_ics(const program::Program& program, const CalendarRequest& request,
                                        std::string& error);

// The command line's way in: `--start` as written, and SOURCE_DATE_EPOCH
// from the environment for DTSTAMP (so builds can be reproduced).
// `remind` as written (`15min`; empty: no reminder).
std::optional<std::string> calendar_for_build(const program::Program& program, const std::string& start,
                                              schedule::DoseChoice dose, const std::string& remind, std::string& error);

}  // namespace regimen::ics
