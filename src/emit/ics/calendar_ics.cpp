#include "emit/ics/calendar_ics.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

#include "emit/ics/session_slots.h"
#include "emit/ics/session_weeks.h"
#include "schedule/timeline.h"

namespace regimen::ics {
namespace {

const char* const kProductId = "-//Regimen//Regimen 0.1//EN";
// The latest moment SOURCE_DATE_EPOCH may name: 9999-12-31T23:59:59Z.
constexpr std::int64_t kLastEpoch = 253402300799;

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Floating local time: no zone, so "08:00" stays 08:00 wherever the patient
// is. A zone would move sessions when they travel or the calendar app's zone
// differs from the clinic's.
icaltimetype local_time(const CalendarDate& date, int minute_of_day, int second = 0) {
  icaltimetype t = icaltime_null_time();
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  t.hour = minute_of_day / 60;
  t.minute = minute_of_day % 60;
  t.second = second;
  t.is_date = 0;
  return t;
}

constexpr const char* kCalendarNamePlaceholder = "regimen-calendar-name";

// "X-WR-CALNAME:" and the title escaped as TEXT (by libical, through a NAME
// property), folded at 75 octets without splitting a UTF-8 character.
std::string calendar_name_line(const std::string& title) {
  icalproperty* name = icalproperty_new_name(title.c_str());
  char* rendered = icalproperty_as_ical_string_r(name);
  std::string line = rendered ? rendered : "";
  icalmemory_free_buffer(rendered);
  icalproperty_free(name);
  // Unfold libical's line and take its value: what follows "NAME:".
  std::string value;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    if (line.compare(i, 2, "\r\n") == 0) break;
    value.push_back(line[i]);
  }
  value = value.substr(std::min(value.size(), value.find(':') + 1));
  std::string unfolded = "X-WR-CALNAME:" + value;
  std::string out;
  std::size_t octets = 0;
  for (std::size_t i = 0; i < unfolded.size();) {
    std::size_t n = 1;
    while (i + n < unfolded.size() && (static_cast<unsigned char>(unfolded[i + n]) & 0xC0) == 0x80) ++n;
    if (octets + n > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out.append(unfolded, i, n);
    octets += n;
    i += n;
  }
  return out + "\r\n";
}

icaltimetype stamp(const CalendarRequest& request) {
  if (request.stamp_epoch)
    return icaltime_from_timet_with_zone(static_cast<time_t>(*request.stamp_epoch), 0, icaltimezone_get_utc_timezone());
  icaltimetype t = local_time(request.start, 0);
  t.zone = icaltimezone_get_utc_timezone();
  return t;
}

// Same input, same UID: FNV-1a over the title, the slot and where the
// stretch starts (its first week, or "day N" for a stretch that starts
// inside a week), so a calendar imported again updates its events instead of
// doubling them.
std::string uid(const std::string& title, const Slot& slot, const program::DayRange& days) {
  std::string start = days.first == program::first_day_of_week(program::week_of(days.first))
                          ? fmt::format("{}", program::week_of(days.first))
                          : fmt::format("day {}", days.first);
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : fmt::format("{}\n{}\n{}\n{}", title, to_string(slot.time), slot.minute_of_day, start)) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}@regimen", hash);
}

icalrecurrencetype_weekday ical_weekday(Weekday day) {
  switch (day) {
    case Weekday::Monday: return ICAL_MONDAY_WEEKDAY;
    case Weekday::Tuesday: return ICAL_TUESDAY_WEEKDAY;
    case Weekday::Wednesday: return ICAL_WEDNESDAY_WEEKDAY;
    case Weekday::Thursday: return ICAL_THURSDAY_WEEKDAY;
    case Weekday::Friday: return ICAL_FRIDAY_WEEKDAY;
    case Weekday::Saturday: return ICAL_SATURDAY_WEEKDAY;
    case Weekday::Sunday: return ICAL_SUNDAY_WEEKDAY;
  }
  return ICAL_MONDAY_WEEKDAY;
}

// Runs every day, or on the pattern's weekdays, up to the stretch's last day.
icalrecurrencetype recurrence(const SessionPattern& pattern, const CalendarDate& last_day) {
  icalrecurrencetype rule;
  icalrecurrencetype_clear(&rule);
  rule.until = local_time(last_day, 23 * 60 + 59, 59);
  if (pattern.every_day()) {
    rule.freq = ICAL_DAILY_RECURRENCE;
    return rule;
  }
  rule.freq = ICAL_WEEKLY_RECURRENCE;
  for (std::size_t i = 0; i < pattern.weekdays.size(); ++i)
    rule.by_day[i] = static_cast<short>(ical_weekday(pattern.weekdays[i]));
  return rule;
}

// RFC 5545 wants DTSTART to be the first occurrence: the first of the
// pattern's days among the `days` from `first`; none when a short stretch of
// days holds none of them.
std::optional<CalendarDate> first_session_day(const SessionPattern& pattern, const CalendarDate& first, int days) {
  for (int offset = 0; offset < std::min(days, kDaysPerWeek); ++offset) {
    CalendarDate day = add_days(first, offset);
    for (Weekday wd : pattern.weekdays)
      if (wd == weekday(day)) return day;
  }
  return std::nullopt;
}

// "of 6" after "Weeks 1-2", "of 10" after "Days 1-3" of a program counted in
// days, "of the 6-week program" after days of one counted in weeks; `length`
// none for an ongoing program, which the calendar only shows the start of.
std::string of_program(const program::DayRange& days, const std::optional<program::Length>& length) {
  if (!length) return "of an ongoing program";
  if (days.unit == length->unit) return fmt::format("of {}", length->count());
  return fmt::format("of the {} program", program::length_before_noun(*length));
}

std::string description(const WeekStretch& stretch, const std::optional<program::Length>& length,
                        schedule::DoseChoice dose, const std::vector<std::string>& notes) {
  std::string out = fmt::format("{} {}, {} dose. A session takes about {}.\n", program::label(stretch.days),
                                of_program(stretch.days, length), schedule::to_string(dose),
                                schedule::spoken_seconds(static_cast<double>(stretch.session_seconds)));
  for (const auto& line : stretch.lines) out += "\n" + line;
  if (stretch.lines.empty()) out += stretch.days.unit == TimeUnit::Weeks ? "\nNo exercises this week." : "\nNo exercises these days.";
  if (!notes.empty()) out += "\n";
  for (const auto& note : notes) out += "\n" + note;
  return out;
}

}  // namespace

std::optional<std::string> calendar_ics(const program::Program& program, const CalendarRequest& request,
                                        std::string& error) {
  auto pattern = session_pattern(program.frequency, error);
  if (!pattern) return std::nullopt;
  int days = calendar_days(program);
  if (days > kMostCalendarDays) {
    error = fmt::format("a calendar covers at most {} weeks; the program has {}", kMostCalendarDays / kDaysPerWeek,
                        program::length_words(*program.length));
    return std::nullopt;
  }
  std::vector<std::string> notes = pattern->notes;
  if (!program.length)
    notes.push_back(fmt::format("The routine gives no program length: it goes on until your therapist reviews it. "
                                "This calendar covers its first {} weeks.", days / kDaysPerWeek));
  const std::string title = program.title.empty() ? "Routine" : program.title;

  Component calendar{icalcomponent_new_vcalendar()};
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  // The calendar's name: RFC 7986's NAME, and X-WR-CALNAME, which more
  // calendar apps read. libical writes an X- property's commas and
  // semicolons unescaped, so that line is put in after (calendar_name_line).
  icalcomponent_add_property(calendar.get(), icalproperty_new_name(title.c_str()));
  icalproperty* name = icalproperty_new_x(kCalendarNamePlaceholder);
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name);

  const icaltimetype dtstamp = stamp(request);
  for (const auto& stretch : week_stretches(program, days, request.dose)) {
    CalendarDate first = add_days(request.start, stretch.days.first - 1);
    CalendarDate last = add_days(request.start, stretch.days.last - 1);
    // A few days that fall on none of the routine's weekdays hold no session.
    std::optional<CalendarDate> first_session = first_session_day(*pattern, first, stretch.days.days());
    if (!first_session) continue;
    std::string text = description(stretch, program.length, request.dose, notes);
    for (const auto& slot : pattern->slots) {
      icalcomponent* event = icalcomponent_new_vevent();
      icalcomponent_add_property(event, icalproperty_new_uid(uid(title, slot, stretch.days).c_str()));
      icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
      icalcomponent_add_property(
          event, icalproperty_new_summary(fmt::format("{} ({})", title, to_string(slot.time)).c_str()));
      icalcomponent_add_property(
          event, icalproperty_new_dtstart(local_time(*first_session, slot.minute_of_day)));
      icalcomponent_add_property(
          event, icalproperty_new_duration(icaldurationtype_from_int(static_cast<int>(stretch.session_seconds))));
      icalcomponent_add_property(event, icalproperty_new_rrule(recurrence(*pattern, last)));
      icalcomponent_add_property(event, icalproperty_new_description(text.c_str()));
      icalcomponent_add_component(calendar.get(), event);
    }
  }
  char* bytes = icalcomponent_as_ical_string_r(calendar.get());
  std::string out = bytes ? bytes : "";
  icalmemory_free_buffer(bytes);
  std::string placeholder = fmt::format("X-WR-CALNAME:{}\r\n", kCalendarNamePlaceholder);
  if (auto at = out.find(placeholder); at != std::string::npos) out.replace(at, placeholder.size(), calendar_name_line(title));
  return out;
}

std::optional<std::string> calendar_for_build(const program::Program& program, const std::string& start,
                                              schedule::DoseChoice dose, std::string& error) {
  CalendarRequest request;
  auto date = parse_calendar_date(start);
  if (!date) {
    error = fmt::format("--start '{}': give the first day of the program as YYYY-MM-DD", start);
    return std::nullopt;
  }
  request.start = *date;
  request.dose = dose;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    std::string text = epoch;
    bool digits = text.size() <= 12 && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(text) > kLastEpoch) {
      error = fmt::format("SOURCE_DATE_EPOCH '{}': give whole seconds since 1970-01-01, as in 1767225600", text);
      return std::nullopt;
    }
    request.stamp_epoch = std::stoll(text);
  }
  return calendar_ics(program, request, error);
}

}  // namespace regimen::ics
