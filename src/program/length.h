// Time in the program, counted in days from its first, day 1; a week is
// seven days. Lengths and stretches of days keep the unit the routine wrote
// them in, so that every output says "10 days" and "Weeks 1-2" as the
// therapist did, while phases and progressions in days and in weeks mix.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "vocab/units.h"

namespace regimen::program {

inline int week_of(int day) { return (day - 1) / kDaysPerWeek + 1; }
inline int first_day_of_week(int week) { return (week - 1) * kDaysPerWeek + 1; }
inline int last_day_of_week(int week) { return week * kDaysPerWeek; }

// `program 6 weeks` (42 days), `over 10 days`.
struct Length {
  int days = 0;
  TimeUnit unit = TimeUnit::Weeks;

  // How many of its unit: 6 for `6 weeks`.
  int count() const { return unit == TimeUnit::Weeks ? days / kDaysPerWeek : days; }
  bool operator==(const Length&) const = default;
};

// Days `first` to `last` of the program, both included: a phase's days, a
// row of the plan. Counted in weeks (`unit`), both ends fall on a week's bounds.
struct DayRange {
  int first = 1;
  int last = 1;
  TimeUnit unit = TimeUnit::Weeks;

  bool contains(int day) const { return first <= day && day <= last; }
  int days() const { return last - first + 1; }
  bool operator==(const DayRange&) const = default;
};

// "6 weeks", "1 week", "10 days": a length as the routine wrote it.
inline std::string length_words(const Length& length) {
  bool weeks = length.unit == TimeUnit::Weeks;
  int n = length.count();
  return fmt::format("{} {}", n, weeks ? (n == 1 ? "week" : "weeks") : (n == 1 ? "day" : "days"));
}

// "6-week", "10-day": a length before a noun, as in "the 6-week program".
inline std::string length_before_noun(const Length& length) {
  return fmt::format("{}-{}", length.count(), length.unit == TimeUnit::Weeks ? "week" : "day");
}

// "Week 2", "Weeks 1-2", "Day 4", "Days 1-3"; `to` joins the two ends.
inline std::string label(const DayRange& range, std::string_view to = "-") {
  bool weeks = range.unit == TimeUnit::Weeks;
  int first = weeks ? week_of(range.first) : range.first;
  int last = weeks ? week_of(range.last) : range.last;
  if (first == last) return fmt::format("{} {}", weeks ? "Week" : "Day", first);
  return fmt::format("{} {}{}{}", weeks ? "Weeks" : "Days", first, to, last);
}

// "week 2", "days 1-3": the label within a sentence.
inline std::string label_in_sentence(const DayRange& range, std::string_view to = "-") {
  std::string out = label(range, to);
  out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace regimen::program
