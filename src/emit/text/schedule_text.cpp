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
  // `on mon, wed, fri` or `at evening` alone: once at each time, on each day.
  if (parts.empty()) parts.push_back(fmt::format("{} a day", std::max<std::size_t>(1, f.times.size())));
  std::string out = fmt::format("{}", fmt::join(parts, ", "));
  if (!f.times.empty()) out += fmt::format(" ({})", fmt::join(to_strings(f.times), ", "));
  if (!f.days.empty()) out += fmt::format(" on {}", fmt::join(to_strings(f.days), ", "));
  return out;
}

// "Strength", "Corner stretch (on its own)", "Other exercises".
std::string session_name(const schedule::PlanSessionInfo& info) {
  std::string name = schedule::session_label(info.origin, info.title);
  return info.origin == schedule::Session::Origin::OwnFrequency ? name + " (on its own)" : name;
}

// "every day, twice a day", or "as your therapist advises".
std::string session_when(const schedule::PlanSessionInfo& info) {
  return info.frequency ? frequency_phrase(*info.frequency) : "as your therapist advises";
}

// One session's table and total.
std::string timeline_table(const schedule::Timeline& timeline) {
  std::string out;
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
    out += "~ an estimate: the prescription does not give this length, and the schedule times it by a usual figure\n";
  } else {
    out += fmt::format("\nSession total: {} ({})\n", clock(timeline.total_seconds), schedule::spoken_seconds(timeline.total_seconds));
  }
  return out;
}

}  // namespace

std::string schedule_text(const program::Program& program, const schedule::Stretch& stretch, schedule::DoseChoice dose,
                          const std::vector<schedule::SessionTimeline>& sessions) {
  const std::string when = program::label_in_sentence(stretch.days);
  // The stage, and what the days count from when it has no date.
  std::string stage_line;
  if (const program::Block* stage = schedule::stage_on(program, stretch.days.first)) {
    stage_line = stretch.from_stage_start ? fmt::format("Stage {}: weeks and days counted from the day you start it\n", stage->title)
                                          : fmt::format("Stage {}\n", stage->title);
  }
  if (sessions.size() == 1 && sessions.front().session->origin == schedule::Session::Origin::Routine) {
    return fmt::format("{}: {} session, {} dose\n{}\n", title_of(program), when, schedule::to_string(dose), stage_line) +
           timeline_table(sessions.front().timeline);
  }
  std::string out = fmt::format("{}: {} sessions, {} dose\n{}", title_of(program), when, schedule::to_string(dose), stage_line);
  for (const auto& [session, timeline] : sessions) {
    schedule::PlanSessionInfo info{session->origin, session->title, session->frequency};
    out += fmt::format("\n{}, {}\n\n", session_name(info), session_when(info));
    // A session chosen with --session may have nothing to do then: its stage or phase is another's.
    out += timeline.entries.empty() ? fmt::format("No exercises in this session in {}.\n", when)
                                    : timeline_table(timeline);
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
    const schedule::PlanPeriod& final = plan.periods.back();
    const program::DayRange& last = final.days;
    std::string after = program::label_in_sentence({last.last, last.last, last.unit});
    if (!final.stage.empty() && !plan.undated.empty()) {
      // The last dated stage ends on a sign: it goes on until then, and the stages below follow.
      out += fmt::format("Length: none given; after {}, stage {} goes on as in {} until you are ready for the "
                         "stages below\n",
                         after, final.stage, program::label_in_sentence(last));
    } else {
      out += every_week ? std::string("Length: none given; every week is the same until your therapist reviews it\n")
                        : fmt::format("Length: none given; after {} the program goes on as in {} until your therapist "
                                      "reviews it\n",
                                      after, program::label_in_sentence(last));
    }
  }
  bool one = plan.sessions.size() == 1 && plan.sessions.front().origin == schedule::Session::Origin::Routine;
  auto entries = [&](const schedule::PlanSession& session, std::string_view indent) {
    std::size_t width = 8;
    for (const auto& e : session.entries) width = std::max(width, utf8::count_chars(e.name));
    std::string lines;
    for (const auto& e : session.entries)
      lines += fmt::format("{}{}  {}\n", indent, pad(e.name, width), schedule::with_extras(e.dose_phrase, e.extras));
    return lines;
  };
  // "Week 2, stage Early movement": the stage, and what it says of moving on.
  auto heading = [&](const schedule::PlanPeriod& period) {
    std::string label = every_week ? std::string("Every week") : program::label(period.days);
    return period.stage.empty() ? label : fmt::format("{}, stage {}", label, period.stage);
  };
  auto stage_note = [&](const std::string& moving_on, std::string_view indent) {
    return moving_on.empty() ? std::string() : fmt::format("{}{}\n", indent, moving_on);
  };
  // A stretch's sessions, each with its time: one session alone, or each named.
  auto period_sessions = [&](const schedule::PlanPeriod& period, std::string_view indent) {
    std::string lines;
    for (const auto& session : period.sessions) {
      if (one) {
        lines += fmt::format("{}A session takes about {}\n", indent, clock(session.session_seconds));
      } else {
        const auto& info = plan.sessions[session.session];
        lines += fmt::format("{}{}, {}; a session takes about {}\n", indent, session_name(info), session_when(info),
                             clock(session.session_seconds));
      }
      lines += entries(session, std::string(indent) + "  ");
    }
    return lines;
  };
  // " (at most about 7:22 of exercise a day)": only when every session of
  // the stretch says how often it comes; the day of one the therapist
  // sets is not known, and the plan does not guess it.
  auto daily = [&](const schedule::PlanPeriod& period) {
    for (const auto& session : period.sessions) {
      if (!plan.sessions[session.session].frequency) return std::string();
    }
    return fmt::format(" (at most about {} of exercise a day)", clock(period.daily_seconds));
  };
  std::string later;
  for (const auto& stage : plan.undated) {
    later += fmt::format("\nStage {}: no dates; it starts when {}\n", stage.title,
                         stage.starts.empty() ? "the stage before ends" : stage.starts);
    later += stage_note(stage.moving_on, "  ");
    if (stage.periods.size() == 1) {
      later += period_sessions(stage.periods.front(), "  ");
      continue;
    }
    // Its own weeks or days, counted from the day the patient starts it.
    for (const auto& period : stage.periods) {
      if (one) {
        const auto& session = period.sessions.front();
        later += fmt::format("  {} of the stage (a session takes about {})\n", program::label(period.days),
                             clock(session.session_seconds));
        later += entries(session, "    ");
        continue;
      }
      later += fmt::format("  {} of the stage{}\n", program::label(period.days), daily(period));
      later += period_sessions(period, "    ");
    }
    const program::DayRange& last = stage.periods.back().days;
    later += fmt::format("  After {} of the stage, it goes on as in {}.\n",
                         program::label_in_sentence({last.last, last.last, last.unit}), program::label_in_sentence(last));
  }
  if (one) {
    if (plan.frequency) out += fmt::format("Sessions: {}\n", frequency_phrase(*plan.frequency));
    for (const auto& period : plan.periods) {
      const auto& session = period.sessions.front();
      out += fmt::format("\n{} (a session takes about {})\n", heading(period), clock(session.session_seconds));
      out += stage_note(period.moving_on, "  ");
      out += entries(session, "  ");
    }
    return out + later;
  }
  // Several sessions: each with its own days and time, and the most a day
  // holds; a session's time is never added to another's.
  out += "Sessions:\n";
  for (const auto& info : plan.sessions) out += fmt::format("  {}: {}\n", session_name(info), session_when(info));
  for (const auto& period : plan.periods) {
    out += fmt::format("\n{}{}\n", heading(period), daily(period));
    out += stage_note(period.moving_on, "  ");
    out += period_sessions(period, "  ");
  }
  out += later;
  return out;
}

}  // namespace regimen
