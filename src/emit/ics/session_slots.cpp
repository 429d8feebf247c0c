#include "emit/ics/session_slots.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace regimen::ics {
namespace {

const std::vector<std::string> kDayWords = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const std::vector<std::string> kDayNames = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

struct NamedTime {
  const char* word;
  int minute;
};
const NamedTime kNamedTimes[] = {
    {"morning", 8 * 60}, {"midday", 12 * 60}, {"afternoon", 15 * 60}, {"evening", 18 * 60}, {"bedtime", 21 * 60}};

std::string hh_mm(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

// N sessions a day spread over the waking day: up to five use the named
// times (the ones patients recognise); more are spaced evenly from 08:00 to 21:00.
std::vector<Slot> spread_times(int sessions) {
  static const std::vector<std::vector<int>> kByCount = {
      {0}, {0, 3}, {0, 1, 3}, {0, 1, 2, 3}, {0, 1, 2, 3, 4}};
  std::vector<Slot> out;
  if (sessions <= 5) {
    for (int index : kByCount[static_cast<std::size_t>(sessions - 1)])
      out.push_back(Slot{kNamedTimes[index].word, kNamedTimes[index].minute});
    return out;
  }
  const int first = 8 * 60, last = 21 * 60;
  for (int i = 0; i < sessions; ++i) {
    int minute = first + static_cast<int>(std::lround(static_cast<double>(last - first) * i / (sessions - 1)));
    out.push_back(Slot{hh_mm(minute), minute});
  }
  return out;
}

// N days out of seven, spaced so that rest days fall between sessions.
std::vector<int> spread_week(int sessions) {
  static const std::vector<std::vector<int>> kByCount = {
      {0}, {0, 3}, {0, 2, 4}, {0, 1, 3, 4}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 6}};
  return kByCount[static_cast<std::size_t>(std::clamp(sessions, 1, 7) - 1)];
}

// N of the named days, first and last included, as evenly spaced as the list allows.
std::vector<int> spread_over(const std::vector<int>& days, int sessions) {
  if (sessions >= static_cast<int>(days.size())) return days;
  if (sessions <= 1) return {days.front()};
  std::vector<int> out;
  for (int i = 0; i < sessions; ++i) {
    double at = static_cast<double>(days.size() - 1) * i / (sessions - 1);
    out.push_back(days[static_cast<std::size_t>(std::lround(at))]);
  }
  return out;
}

// "Monday, Wednesday and Friday".
std::string day_list(const std::vector<int>& days) {
  std::string out;
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (i > 0) out += i + 1 == days.size() ? " and " : ", ";
    out += kDayNames[static_cast<std::size_t>(days[i])];
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

std::optional<int> clock_minutes(const std::string& time_of_day) {
  for (const auto& named : kNamedTimes)
    if (time_of_day == named.word) return named.minute;
  if (time_of_day.size() == 5 && time_of_day[2] == ':') {
    int hour = std::atoi(time_of_day.substr(0, 2).c_str()), minute = std::atoi(time_of_day.substr(3).c_str());
    if (hour < 24 && minute < 60) return hour * 60 + minute;
  }
  return std::nullopt;
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
  for (const auto& word : f.times) {
    auto minute = clock_minutes(word);
    if (!minute) continue;  // the checker admits only named times and HH:MM
    bool seen = std::any_of(named.begin(), named.end(), [&](const Slot& s) { return s.minute_of_day == *minute; });
    if (!seen) named.push_back(Slot{word, *minute});
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
    for (const auto& s : named) words.push_back(s.label);
    named.resize(static_cast<std::size_t>(per_day));
    std::vector<std::string> used;
    for (const auto& s : named) used.push_back(s.label);
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
  std::vector<int> named_days;
  for (int d = 0; d < 7; ++d)
    if (std::find(f.days.begin(), f.days.end(), kDayWords[static_cast<std::size_t>(d)]) != f.days.end())
      named_days.push_back(d);
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
