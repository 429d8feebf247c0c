// When sessions happen: a routine's `frequency` turned into clock times of
// day and days of the week, with the defaults a calendar needs when the
// routine leaves a time, a day or the whole frequency unsaid.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "program/program.h"

namespace regimen::ics {

// One session a day at a fixed time: "morning" at 08:00, or "07:30".
struct Slot {
  TimeOfDay time;        // the time the routine named, or the default chosen
  int minute_of_day = 0;
  std::string moved;     // why this slot's events start later than its time: another session then
};

struct SessionPattern {
  std::vector<Slot> slots;          // in clock order
  std::vector<Weekday> weekdays;    // in week order; all seven means every day
  std::vector<std::string> notes;   // each default or choice made, in words for the patient
  bool every_day() const { return weekdays.size() == 7; }
};

// The most sessions a day a calendar holds: one an hour is already more
// than any routine asks for.
inline constexpr int kMostSessionsPerDay = 24;

// When a session at `time` starts, in minutes after midnight: a clock time
// as it says, a part of the day at its default (the morning at 08:00).
int minute_of_day(const TimeOfDay& time);

// Fails (nullopt, with `error` set) only when the routine asks for more than
// kMostSessionsPerDay sessions a day.
std::optional<SessionPattern> session_pattern(const std::optional<program::Frequency>& frequency, std::string& error);

}  // namespace regimen::ics
