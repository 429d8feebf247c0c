// When a routine is done: the days of the week, the named parts of the day,
// clock times, and a time of day that is either. Each with its one spelling,
// as the checked program and every writer spell it.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "vocab/kinds.h"

namespace regimen {

// In the order routines and calendars name them: the week starts on Monday.
enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// The parts of the day a routine may name instead of a clock time.
enum class PartOfDay { Morning, Midday, Afternoon, Evening, Bedtime };

// A time on the clock, as in `07:30`. The checker admits 00:00 to 23:59 only.
struct ClockTime {
  int hour = 0;
  int minute = 0;

  int minute_of_day() const { return hour * 60 + minute; }
  bool operator==(const ClockTime&) const = default;
};

// `morning` or `07:30`.
using TimeOfDay = std::variant<PartOfDay, ClockTime>;

std::string_view to_string(Weekday day);     // mon, tue, ...
std::string_view to_string(PartOfDay part);  // morning, midday, ...
std::string to_string(ClockTime time);       // 07:30: two digits each
std::string to_string(const TimeOfDay& time);

// "Monday": the day's full name, for people.
std::string day_name(Weekday day);

template <>
struct AllValues<Weekday> {
  static constexpr std::array values{Weekday::Monday, Weekday::Tuesday,  Weekday::Wednesday, Weekday::Thursday,
                                     Weekday::Friday, Weekday::Saturday, Weekday::Sunday};
};
template <>
struct AllValues<PartOfDay> {
  static constexpr std::array values{PartOfDay::Morning, PartOfDay::Midday, PartOfDay::Afternoon, PartOfDay::Evening,
                                     PartOfDay::Bedtime};
};

// A routine may write a day out in full; the program keeps its short spelling.
// `day_name` capitalises these, so the full names are written once.
template <>
struct OtherSpellings<Weekday> {
  static constexpr std::array<std::pair<std::string_view, Weekday>, 7> words{{
      {"monday", Weekday::Monday},
      {"tuesday", Weekday::Tuesday},
      {"wednesday", Weekday::Wednesday},
      {"thursday", Weekday::Thursday},
      {"friday", Weekday::Friday},
      {"saturday", Weekday::Saturday},
      {"sunday", Weekday::Sunday},
  }};
};

}  // namespace regimen
