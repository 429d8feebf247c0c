#include "emit/text/schedule_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/utf8.h"
#include "schedule/dose_extras.h"

namespace regimen {
namespace {

using schedule::clock;

std::string pad(const std::string& text, std::size_t width) {
  std::size_t chars = utf8::count_chars(text);
  return chars >= width ? text : text + std::string(width - chars, ' ');
}

std::string title_of(const program::Program& program) { return program.title.empty() ? "Routine" : program.title; }

std::string frequency_phrase(const program::Frequency& f) {
  auto count = [](const program::Range& r) {
    return r.max && *r.max != r.min ? fmt::format("{:g} to {:g}", r.min, *r.max) : fmt::format("{:g}", r.min);
  };
  std::vector<std::string> parts;
  if (f.per_day) parts.push_back(count(*f.per_day) + " a day");
  if (f.per_week) parts.push_back(count(*f.per_week) + " a week");
  std::string out = fmt::format("{}", fmt::join(parts, ", "));
  if (!f.times.empty()) out += fmt::format(" ({})", fmt::join(to_strings(f.times), ", "));
  if (!f.days.empty()) out += fmt::format(" on {}", fmt::join(to_strings(f.days), ", "));
  return out;
}

}  // namespace

std::string schedule_text(const program::Program& program, const schedule::Timeline& timeline) {
  std::string out = fmt::format("{}: {} session, {} dose\n\n", title_of(program),
                                program::label_in_sentence(timeline.period), schedule::to_string(timeline.dose));
  std::size_t name_width = 8;
  for (const auto& i : timeline.intervals) name_width = std::max(name_width, utf8::count_chars(i.exercise_name));
  out += fmt::format("{}  {}  {}  {}  {}  {}\n", pad("TIME", 7), pad("LENGTH", 6), pad("EXERCISE", name_width), pad("SET", 5),
                     pad("ROUND", 5), "WHAT TO DO");
  for (const auto& i : timeline.intervals) {
    std::string set = i.sets > 1 ? fmt::format("{}/{}", i.set, i.sets) : "";
    std::string round = i.rounds > 1 ? fmt::format("{}/{}", i.round, i.rounds) : "";
    // `~`: a length the schedule estimated; the prescription gives none.
    std::string length = (i.estimated ? "~" : "") + clock(i.duration);
    out += fmt::format("{}  {}  {}  {}  {}  {}\n", pad(clock(i.start), 7), pad(length, 6),
                       pad(i.exercise_name, name_width), pad(set, 5), pad(round, 5), i.cue);
  }
  if (timeline.estimated) {
    out += fmt::format("\nSession total: about {} ({})\n", clock(timeline.total_seconds), schedule::spoken_seconds(timeline.total_seconds));
    out += "~ an estimate: the prescription leaves this length open, and the schedule times it by the library's usual figure\n";
  } else {
    out += fmt::format("\nSession total: {} ({})\n", clock(timeline.total_seconds), schedule::spoken_seconds(timeline.total_seconds));
  }
  return out;
}

std::string plan_text(const program::Program& program, const schedule::Plan& plan) {
  std::string out = plan.ongoing
                        ? fmt::format("{}: ongoing, {} dose\n", title_of(program), schedule::to_string(plan.dose))
                        : fmt::format("{}: {} plan, {} dose\n", title_of(program), program::length_before_noun(*plan.length),
                                      schedule::to_string(plan.dose));
  // One week alike all through: an ongoing program's every week.
  bool every_week = plan.ongoing && plan.periods.size() == 1 && plan.periods.front().days.unit == TimeUnit::Weeks;
  if (plan.ongoing) {
    const program::DayRange& last = plan.periods.back().days;
    out += every_week ? std::string("Length: none given; every week is the same until your therapist reviews it\n")
                      : fmt::format("Length: none given; after {} the program goes on as in {} until your therapist "
                                    "reviews it\n",
                                    program::label_in_sentence({last.last, last.last, last.unit}),
                                    program::label_in_sentence(last));
  }
  if (plan.frequency) out += fmt::format("Sessions: {}\n", frequency_phrase(*plan.frequency));
  for (const auto& period : plan.periods) {
    std::string label = every_week ? std::string("Every week") : program::label(period.days);
    out += fmt::format("\n{} (a session takes about {})\n", label, clock(period.session_seconds));
    std::size_t width = 8;
    for (const auto& e : period.entries) width = std::max(width, utf8::count_chars(e.name));
    for (const auto& e : period.entries) out += fmt::format("  {}  {}\n", pad(e.name, width), schedule::with_extras(e.dose_phrase, e.extras));
  }
  return out;
}

}  // namespace regimen
