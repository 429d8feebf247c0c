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
  std::string label;     // the word the routine used, or the default chosen
  int minute_of_day = 0;
};

struct SessionPattern {
  std::vector<Slot> slots;        // in clock order
  std::vector<int> weekdays;      // 0 = Monday; all seven means every day
  std::vector<std::string> notes; // each default or choice made, in words for the patient
  bool every_day() const { return weekdays.size() == 7; }
};

// The most sessions a day a calendar holds: one an hour is already more
// than any routine asks for.
inline constexpr int kMostSessionsPerDay = 24;

// The default clock time of a named time of day, in minutes after midnight,
// or of an explicit "HH:MM"; nullopt for anything else.
std::optional<int> clock_minutes(const std::string& time_of_day);

// Fails (nullopt, with `error` set) only when the routine asks for more than
// kMostSessionsPerDay sessions a day.
std::optional<SessionPattern> session_pattern(const std::optional<program::Frequency>& frequency, std::string& error);

}  // namespace regimen::ics
