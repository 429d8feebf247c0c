#include "emit/ics/calendar_ics.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>

#include "base/words.h"
#include "emit/ics/session_slots.h"
#include "emit/ics/session_weeks.h"
#include "schedule/sessions.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"
#include "vocab/units.h"

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

// A block's goals, notes and cautions, a line each, as the handout says them.
std::string texts_lines(const program::BlockTexts& texts) {
  std::string out;
  for (const auto& goal : texts.goals) out += "Goal: " + words::sentence(goal) + "\n";
  for (const auto& note : texts.notes) out += words::sentence(note) + "\n";
  for (const auto& caution : texts.cautions) out += "Take care: " + words::sentence(caution) + "\n";
  return out;
}

// The `session` blocks of that title at the top of `body` (a routine's, or
// a stage's): what the session says of itself.
std::string session_texts(const std::vector<program::Node>& body, const std::string& title) {
  std::string out;
  for (const auto& node : body) {
    const auto* block = std::get_if<program::Block>(&node);
    if (block != nullptr && block->kind == program::Block::Kind::Session && block->title == title)
      out += texts_lines(block->texts);
  }
  return out;
}

// The stage of the stretch, and when to move on: a stage that ends on a sign
// has no last day, so its events run on, and say when to stop following them.
// Then what the stage and the session say of themselves (the ice and rest of
// a first stage are as much the program as its exercises).
std::string description(const program::Program& program, const schedule::Session& session, const WeekStretch& stretch,
                        schedule::DoseChoice dose, const std::vector<std::string>& notes) {
  std::string out = fmt::format("{} {}, {} dose. A session takes about {}.\n", program::label(stretch.days),
                                of_program(stretch.days, program.length), schedule::to_string(dose),
                                schedule::spoken_seconds(static_cast<double>(stretch.session_seconds)));
  const program::Block* stage = schedule::stage_on(program, stretch.days.first);
  if (stage != nullptr) {
    out += fmt::format("Stage: {}.", stage->title);
    if (std::string next = schedule::moving_on(program, *stage); !next.empty()) out += " " + next;
    out += "\n" + texts_lines(stage->texts);
  }
  if (session.origin == schedule::Session::Origin::Declared) {
    out += session_texts(program.body, session.title);
    if (stage != nullptr) out += session_texts(stage->body, session.title);
  }
  for (const auto& line : stretch.lines) out += "\n" + line;
  if (stretch.lines.empty()) out += stretch.days.unit == TimeUnit::Weeks ? "\nNo exercises this week." : "\nNo exercises these days.";
  if (!notes.empty()) out += "\n";
  for (const auto& note : notes) out += "\n" + note;
  return out;
}

// `--remind 15min`: an alarm that shows the session's name that long before it starts.
icalcomponent* reminder(const std::string& series, int seconds) {
  icalcomponent* alarm = icalcomponent_new_valarm();
  icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  icaltriggertype trigger;
  trigger.time = icaltime_null_time();
  trigger.duration = icaldurationtype_from_int(-seconds);
  icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
  icalcomponent_add_property(alarm, icalproperty_new_description(fmt::format("{}: time for your exercises", series).c_str()));
  return alarm;
}

// Two sessions at one time on one day would be one event on top of another:
// a session whose time falls inside an earlier session's (both "in the
// morning") starts when that one ends, rounded up to five minutes, and its
// events say so.
void separate(const std::vector<schedule::Session>& sessions, const std::vector<std::vector<WeekStretch>>& stretches,
              std::vector<SessionPattern>& patterns) {
  struct Placed {
    int minute = 0, minutes = 0;
    std::vector<Weekday> days;
    std::string name;
  };
  std::vector<Placed> placed;
  auto longest = [](const std::vector<WeekStretch>& list) {
    long long most = 0;
    for (const auto& s : list) most = std::max(most, s.session_seconds);
    return static_cast<int>((most + 299) / 300 * 5);  // minutes, rounded up to five
  };
  auto shares_a_day = [](const std::vector<Weekday>& a, const std::vector<Weekday>& b) {
    return std::any_of(a.begin(), a.end(), [&](Weekday d) { return std::find(b.begin(), b.end(), d) != b.end(); });
  };
  for (std::size_t k = 0; k < sessions.size(); ++k) {
    int minutes = longest(stretches[k]);
    for (auto& slot : patterns[k].slots) {
      std::string after;
      for (bool moved = true; moved;) {
        moved = false;
        for (const auto& p : placed) {
          bool overlaps = slot.minute_of_day < p.minute + p.minutes && p.minute < slot.minute_of_day + std::max(minutes, 1);
          if (overlaps && shares_a_day(p.days, patterns[k].weekdays) && p.minute + p.minutes < 24 * 60) {
            slot.minute_of_day = p.minute + p.minutes;
            after = p.name;
            moved = true;
          }
        }
      }
      if (!after.empty())
        slot.moved = fmt::format("This session starts at {:02}:{:02}, after {}.", slot.minute_of_day / 60,
                                 slot.minute_of_day % 60, after);
      placed.push_back({slot.minute_of_day, std::max(minutes, 1), patterns[k].weekdays,
                        sessions[k].title.empty() ? "the routine's other exercises" : sessions[k].title});
    }
  }
}

}  // namespace

std::optional<std::string> calendar_ics(const program::Program& program, const CalendarRequest& request,
                                        std::string& error) {
  int days = calendar_days(program);
  if (days > kMostCalendarDays) {
    error = fmt::format("a calendar covers at most {} weeks; the program has {}", kMostCalendarDays / kDaysPerWeek,
                        program::length_words(*program.length));
    return std::nullopt;
  }
  // Each session is its own series of events, on its own days and at its
  // own times (schedule/sessions.h): never one event for two sessions.
  std::vector<schedule::Session> sessions = schedule::sessions(program);
  std::vector<SessionPattern> patterns;
  for (const auto& session : sessions) {
    auto pattern = session_pattern(session.frequency, error);
    if (!pattern) return std::nullopt;
    patterns.push_back(std::move(*pattern));
  }
  const std::string title = program.title.empty() ? "Routine" : program.title;
  bool several = !schedule::single_session(sessions);

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

  std::vector<std::vector<WeekStretch>> stretches;
  for (const auto& session : sessions) stretches.push_back(week_stretches(session.program, days, request.dose));
  if (several) separate(sessions, stretches, patterns);

  const icaltimetype dtstamp = stamp(request);
  for (std::size_t k = 0; k < sessions.size(); ++k) {
    const schedule::Session& session = sessions[k];
    const SessionPattern& pattern = patterns[k];
    std::vector<std::string> notes = pattern.notes;
    if (!program.length)
      notes.push_back(fmt::format("The routine gives no program length: it goes on until your therapist reviews it. "
                                  "This calendar covers its first {} weeks.", days / kDaysPerWeek));
    if (auto later = schedule::undated_stages(program); !later.empty()) {
      std::vector<std::string> titles;
      for (const auto* stage : later) titles.push_back(stage->title);
      notes.push_back(fmt::format("Later stages ({}) start when you are ready for them, on no fixed day, so this "
                                  "calendar does not hold them: your handout gives them.", fmt::join(titles, ", ")));
    }
    // "Back care: Strength": the routine, then the session; a line with its own frequency is named by its exercise.
    std::string series = several && !session.title.empty() ? fmt::format("{}: {}", title, session.title) : title;
    for (const auto& stretch : stretches[k]) {
      // A session with nothing to do in a stretch (its stage or phase does not run) has no events then.
      if (several && stretch.lines.empty()) continue;
      CalendarDate first = add_days(request.start, stretch.days.first - 1);
      CalendarDate last = add_days(request.start, stretch.days.last - 1);
      // A few days that fall on none of the session's weekdays hold no session.
      std::optional<CalendarDate> first_session = first_session_day(pattern, first, stretch.days.days());
      if (!first_session) continue;
      std::string text = description(program, session, stretch, request.dose, notes);
      for (const auto& slot : pattern.slots) {
        icalcomponent* event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(uid(series, slot, stretch.days).c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(
            event, icalproperty_new_summary(fmt::format("{} ({})", series, to_string(slot.time)).c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstart(local_time(*first_session, slot.minute_of_day)));
        icalcomponent_add_property(
            event, icalproperty_new_duration(icaldurationtype_from_int(static_cast<int>(stretch.session_seconds))));
        icalcomponent_add_property(event, icalproperty_new_rrule(recurrence(pattern, last)));
        std::string said = slot.moved.empty() ? text : text + "\n" + slot.moved;
        icalcomponent_add_property(event, icalproperty_new_description(said.c_str()));
        if (request.remind_seconds) icalcomponent_add_component(event, reminder(series, *request.remind_seconds));
        icalcomponent_add_component(calendar.get(), event);
      }
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
                                              schedule::DoseChoice dose, const std::string& remind, std::string& error) {
  CalendarRequest request;
  if (!remind.empty()) {
    auto seconds = parse_time_length(remind);
    if (!seconds || *seconds > kMostReminderSeconds || *seconds != std::floor(*seconds)) {
      error = fmt::format("--remind '{}': give how long before each session, in whole seconds or minutes up to a day, "
                          "as in 15min", remind);
      return std::nullopt;
    }
    request.remind_seconds = static_cast<int>(*seconds);
  }
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
