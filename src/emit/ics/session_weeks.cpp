#include "emit/ics/session_weeks.h"

#include <cmath>
#include <set>

#include "schedule/dose_words.h"
#include "schedule/periods.h"
#include "schedule/timeline.h"

namespace regimen::ics {
namespace {

// The session's exercises in order, each once (a circuit's exercise runs once
// per round but is listed once), under its section's title.
std::vector<std::string> session_lines(const schedule::Timeline& timeline) {
  std::vector<std::string> lines;
  std::set<const program::Item*> seen;
  std::string section;
  for (const auto& entry : timeline.entries) {
    if (!seen.insert(entry.item).second) continue;
    if (entry.section != section && !entry.section.empty()) lines.push_back(entry.section);
    section = entry.section;
    // The prescription's words, as the plan and the handout say them.
    lines.push_back("- " + entry.item->name + ": " + schedule::day_dose_words(*entry.item, timeline.period.first));
  }
  return lines;
}

}  // namespace

int calendar_days(const program::Program& program) {
  if (program.length) return program.length->days;
  return std::max(kDefaultCalendarWeeks * kDaysPerWeek, schedule::plan_days(program));
}

std::vector<WeekStretch> week_stretches(const program::Program& program, int days, schedule::DoseChoice dose) {
  std::vector<WeekStretch> stretches;
  for (const auto& period : schedule::periods(program, days)) {
    // The one session-time computation: the schedule's own timeline.
    schedule::Timeline timeline = schedule::lower_session(program, period, dose);
    WeekStretch here{period, std::llround(timeline.total_seconds), session_lines(timeline)};
    if (!stretches.empty() && stretches.back().session_seconds == here.session_seconds &&
        stretches.back().lines == here.lines) {
      program::DayRange& run = stretches.back().days;
      run.last = period.last;
      if (period.unit != TimeUnit::Weeks) run.unit = TimeUnit::Days;
    } else {
      stretches.push_back(std::move(here));
    }
  }
  return stretches;
}

}  // namespace regimen::ics
