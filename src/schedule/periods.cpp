#include "schedule/periods.h"

#include <algorithm>
#include <set>

#include "schedule/week_dose.h"

namespace regimen::schedule {
namespace {

// The amounts of an item that may progress.
std::vector<const program::Quantity*> amounts(const program::Item& item) {
  std::vector<const program::Quantity*> out = program::quantities(item.dose);
  out.push_back(&item.sets);
  if (item.effort_percent) out.push_back(&*item.effort_percent);
  return out;
}

// A stage that starts on a sign has no days of the program: what it holds
// counts from its own first day (schedule::in_stage), not the program's.
bool undated_stage(const program::Block& block) { return block.kind == program::Block::Kind::Stage && !block.runs; }

// The days on which something may differ from the day before: a phase's
// first day and the day after its last, and each step of a progression.
void change_days(const std::vector<program::Node>& body, std::set<int>& out) {
  for (const auto& node : body) {
    if (const auto* block = std::get_if<program::Block>(&node)) {
      if (undated_stage(*block)) continue;
      // A stage's own days may be only the least it lasts (`days 4-14
      // until ...`): when it runs is `runs`.
      if (block->days && block->kind != program::Block::Kind::Stage) {
        out.insert(block->days->first);
        out.insert(block->days->last + 1);
      }
      if (block->runs) {
        out.insert(block->runs->first);
        out.insert(block->runs->last + 1);
      }
      change_days(block->body, out);
      continue;
    }
    const auto& item = std::get<program::Item>(node);
    // Each step of a progression (schedule/week_dose.h): of an amount, over
    // its own time or the line's days; of a load, over the line's days (a
    // weight by steps, a band at one of them).
    auto steps = [&](const std::optional<program::Length>& over) {
      auto time = progression_time(over, item.days);
      if (!time) return;
      int step_days = time->unit == TimeUnit::Weeks ? kDaysPerWeek : 1;
      for (int k = 1; k < time->count; ++k) out.insert(time->first_day + k * step_days);
    };
    for (const program::Quantity* q : amounts(item)) {
      if (q->end) steps(q->over);
    }
    if (item.load && item.load->end) steps(std::nullopt);
  }
}

// The last day a phase names, or a progression outside phases reaches.
void last_day_named(const std::vector<program::Node>& body, int& last) {
  for (const auto& node : body) {
    if (const auto* block = std::get_if<program::Block>(&node)) {
      if (undated_stage(*block)) continue;
      if (block->days) last = std::max(last, block->days->last);
      // A stage that runs on from a known day: the plan shows it start.
      if (block->runs) last = std::max(last, std::min(block->runs->first, block->runs->last));
      last_day_named(block->body, last);
      continue;
    }
    const auto& item = std::get<program::Item>(node);
    for (const program::Quantity* q : amounts(item)) {
      if (q->end && q->over) last = std::max(last, (item.days ? item.days->first : 1) + q->over->days - 1);
    }
  }
}

// Days `first` to `last` cut at the change days inside them.
std::vector<program::DayRange> cut(int first, int last, const std::set<int>& changes) {
  std::vector<program::DayRange> out;
  int start = first;
  for (auto it = changes.upper_bound(first); it != changes.end() && *it <= last; ++it) {
    out.push_back({start, *it - 1, TimeUnit::Days});
    start = *it;
  }
  out.push_back({start, last, TimeUnit::Days});
  return out;
}

}  // namespace

int plan_days(const program::Program& program) {
  if (program.length) return program.length->days;
  int last = 1;
  last_day_named(program.body, last);
  // Up to the last change too (the day after a phase ends), so that the
  // program goes on as the last stretch shown.
  std::set<int> changes;
  change_days(program.body, changes);
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
    if (*it <= program::kMostScheduledDay) {
      last = std::max(last, *it);
      break;
    }
  }
  return program::last_day_of_week(program::week_of(last));
}

int last_schedule_day(const program::Program& program) {
  int days = plan_days(program);
  if (program.length) return days;
  std::set<int> changes;
  change_days(program.body, changes);
  auto next = changes.upper_bound(days);
  return next == changes.end() ? program::kMostScheduledDay : std::clamp(*next - 1, days, program::kMostScheduledDay);
}

std::vector<program::DayRange> periods(const program::Program& program, int days) {
  std::set<int> changes;
  change_days(program.body, changes);
  if (program.length && program.length->unit == TimeUnit::Days) return cut(1, days, changes);
  std::vector<program::DayRange> out;
  for (int week = 1; program::first_day_of_week(week) <= days; ++week) {
    int first = program::first_day_of_week(week), last = std::min(days, program::last_day_of_week(week));
    std::vector<program::DayRange> parts = cut(first, last, changes);
    if (parts.size() == 1 && last == program::last_day_of_week(week)) parts.front().unit = TimeUnit::Weeks;
    out.insert(out.end(), parts.begin(), parts.end());
  }
  return out;
}

program::DayRange period_of(const program::Program& program, int day) {
  int days = std::max(plan_days(program), program::last_day_of_week(program::week_of(day)));
  if (program.length && program.length->unit == TimeUnit::Days) days = std::max(day, program.length->days);
  for (const auto& period : periods(program, days)) {
    if (period.contains(day)) return period;
  }
  return {day, day, TimeUnit::Days};  // unreachable: the stretches cover every day up to `days`
}

}  // namespace regimen::schedule
