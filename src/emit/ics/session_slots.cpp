#include "emit/ics/session_slots.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <variant>

namespace regimen::ics {
namespace {

// N sessions a day spread over the waking day: up to five use the parts of
// the day (the times patients recognise); more are spaced evenly from 08:00 to 21:00.
std::vector<Slot> spread_times(int sessions) {
  static const std::vector<std::vector<PartOfDay>> kByCount = {
      {PartOfDay::Morning},
      {PartOfDay::Morning, PartOfDay::Evening},
      {PartOfDay::Morning, PartOfDay::Midday, PartOfDay::Evening},
      {PartOfDay::Morning, PartOfDay::Midday, PartOfDay::Afternoon, PartOfDay::Evening},
      {PartOfDay::Morning, PartOfDay::Midday, PartOfDay::Afternoon, PartOfDay::Evening, PartOfDay::Bedtime}};
  std::vector<Slot> out;
  if (sessions <= 5) {
    for (PartOfDay part : kByCount[static_cast<std::size_t>(sessions - 1)])
      out.push_back(Slot{part, minute_of_day(part), {}});
    return out;
  }
  const int first = 8 * 60, last = 21 * 60;
  for (int i = 0; i < sessions; ++i) {
    int minute = first + static_cast<int>(std::lround(static_cast<double>(last - first) * i / (sessions - 1)));
    out.push_back(Slot{ClockTime{minute / 60, minute % 60}, minute, {}});
  }
  return out;
}

// N days out of seven, spaced so that rest days fall between sessions.
std::vector<Weekday> spread_week(int sessions) {
  static const std::vector<std::vector<int>> kByCount = {
      {0}, {0, 3}, {0, 2, 4}, {0, 1, 3, 4}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 6}};
  std::vector<Weekday> out;
  for (int day : kByCount[static_cast<std::size_t>(std::clamp(sessions, 1, 7) - 1)])
    out.push_back(all_values<Weekday>()[static_cast<std::size_t>(day)]);
  return out;
}

// N of the named days, first and last included, as evenly spaced as the list allows.
std::vector<Weekday> spread_over(const std::vector<Weekday>& days, int sessions) {
  if (sessions >= static_cast<int>(days.size())) return days;
  if (sessions <= 1) return {days.front()};
  std::vector<Weekday> out;
  for (int i = 0; i < sessions; ++i) {
    double at = static_cast<double>(days.size() - 1) * i / (sessions - 1);
    out.push_back(days[static_cast<std::size_t>(std::lround(at))]);
  }
  return out;
}

// "Monday, Wednesday and Friday".
std::string day_list(const std::vector<Weekday>& days) {
  std::string out;
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (i > 0) out += i + 1 == days.size() ? " and " : ", ";
    out += day_name(days[i]);
  }
  return out;
}

// The low end of a count: the safe start. A range is noted for the patient.
int low_end(const program::Range& range, const char* per, std::vector<std::string>& notes) {
  int low = std::max(1, static_cast<int>(range.min));
  if (range.max && *range.max != range.min)
    notes.push_back(fmt::format("The routine asks for {:g} to {:g} sessions a {}; this calendar plans {}, the low end "
                                "and the safe start. Add sessions as they get easier.",
                                range.min, *range.max, per, low));
  return low;
}

}  // namespace

int minute_of_day(const TimeOfDay& time) {
  return std::visit(
      [](const auto& t) {
        using T = std::decay_t<decltype(t)>;
        if constexpr (std::is_same_v<T, PartOfDay>) {
          switch (t) {
            case PartOfDay::Morning: return 8 * 60;
            case PartOfDay::Midday: return 12 * 60;
            case PartOfDay::Afternoon: return 15 * 60;
            case PartOfDay::Evening: return 18 * 60;
            case PartOfDay::Bedtime: return 21 * 60;
          }
          return 8 * 60;
        } else {
          static_assert(std::is_same_v<T, ClockTime>, "every time of day has its minute");
          return t.minute_of_day();
        }
      },
      time);
}

std::optional<SessionPattern> session_pattern(const std::optional<program::Frequency>& frequency, std::string& error) {
  SessionPattern pattern;
  if (!frequency) {
    pattern.slots = spread_times(1);
    pattern.weekdays = spread_week(7);
    pattern.notes.push_back("The routine does not say how often; this calendar plans one session a day, in the morning.");
    return pattern;
  }
  const program::Frequency& f = *frequency;

  std::vector<Slot> named;
  for (const auto& time : f.times) {
    int minute = minute_of_day(time);
    bool seen = std::any_of(named.begin(), named.end(), [&](const Slot& s) { return s.minute_of_day == minute; });
    if (!seen) named.push_back(Slot{time, minute, {}});
  }

  std::optional<int> per_week;
  if (f.per_week) per_week = low_end(*f.per_week, "week", pattern.notes);

  // Sessions a day: as the routine says; else one per named time; else one,
  // or as many as it takes to fit more than seven a week into seven days.
  int per_day = 1;
  if (f.per_day) {
    per_day = low_end(*f.per_day, "day", pattern.notes);
  } else if (!named.empty()) {
    per_day = static_cast<int>(named.size());
  } else if (per_week && *per_week > 7) {
    per_day = (*per_week + 6) / 7;
    pattern.notes.push_back(fmt::format("{} sessions a week do not fit in seven days one at a time; this calendar plans "
                                        "{} a day, every day.", *per_week, per_day));
  }
  if (per_day > kMostSessionsPerDay) {
    error = fmt::format("a calendar holds at most {} sessions a day; the routine asks for {}", kMostSessionsPerDay, per_day);
    return std::nullopt;
  }

  // Times: the named ones first; more than asked for are alternatives, so
  // the first ones are used; fewer are topped up from the defaults.
  if (static_cast<int>(named.size()) > per_day) {
    std::vector<std::string> words;
    for (const auto& s : named) words.push_back(to_string(s.time));
    named.resize(static_cast<std::size_t>(per_day));
    std::vector<std::string> used;
    for (const auto& s : named) used.push_back(to_string(s.time));
    pattern.notes.push_back(fmt::format("The routine names {} for {} session{} a day; this calendar uses {}.",
                                        fmt::join(words, ", "), per_day, per_day == 1 ? "" : "s", fmt::join(used, ", ")));
  }
  // Each named time takes the place of the nearest default, so that
  // `2/day at 07:30` gives 07:30 and the evening, not 07:30 and 08:00.
  std::vector<Slot> defaults = spread_times(per_day);
  for (const auto& slot : named) {
    auto nearest = std::min_element(defaults.begin(), defaults.end(), [&](const Slot& a, const Slot& b) {
      return std::abs(a.minute_of_day - slot.minute_of_day) < std::abs(b.minute_of_day - slot.minute_of_day);
    });
    defaults.erase(nearest);
  }
  pattern.slots = named;
  pattern.slots.insert(pattern.slots.end(), defaults.begin(), defaults.end());
  std::sort(pattern.slots.begin(), pattern.slots.end(),
            [](const Slot& a, const Slot& b) { return a.minute_of_day < b.minute_of_day; });

  // Days: the named ones (a lower weekly count picks among them), else the
  // weekly count spread over the week, else every day.
  std::vector<Weekday> named_days;
  for (Weekday d : all_values<Weekday>())
    if (std::find(f.days.begin(), f.days.end(), d) != f.days.end()) named_days.push_back(d);
  if (!named_days.empty()) {
    pattern.weekdays = per_week ? spread_over(named_days, *per_week) : named_days;
    if (pattern.weekdays.size() < named_days.size())
      pattern.notes.push_back(fmt::format("The routine names {} for {} session{} a week; this calendar uses {}.",
                                          day_list(named_days), *per_week, *per_week == 1 ? "" : "s",
                                          day_list(pattern.weekdays)));
  } else if (per_week) {
    pattern.weekdays = spread_week(*per_week);
    if (*per_week < 7)
      pattern.notes.push_back(fmt::format("The routine names no days; this calendar spreads the sessions over {}. "
                                          "Any days with rest between them will do.", day_list(pattern.weekdays)));
  } else {
    pattern.weekdays = spread_week(7);
  }
  return pattern;
}

}  // namespace regimen::ics
