// A calendar day (no time, no zone) and the arithmetic a calendar needs:
// reading YYYY-MM-DD, moving by days, and the day of the week.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vocab/calendar.h"

namespace regimen::ics {

struct CalendarDate {
  int year = 1970, month = 1, day = 1;
  bool operator==(const CalendarDate&) const = default;
};

// Strictly YYYY-MM-DD with a day that exists (2026-02-29 does not).
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

CalendarDate add_days(const CalendarDate& date, long days);

// The day of the week `date` falls on.
Weekday weekday(const CalendarDate& date);

std::string to_string(const CalendarDate& date);  // 2026-01-05

}  // namespace regimen::ics
