#include "schedule/plan.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "schedule/dose_extras.h"
#include "schedule/dose_words.h"
#include "schedule/periods.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"

namespace regimen::schedule {

int sessions_on(const std::optional<program::Frequency>& frequency, Weekday day) {
  if (!frequency) return 1;
  if (!frequency->days.empty() && std::find(frequency->days.begin(), frequency->days.end(), day) == frequency->days.end())
    return 0;
  if (frequency->per_day) return static_cast<int>(std::lround(frequency->per_day->max.value_or(frequency->per_day->min)));
  return std::max<int>(1, static_cast<int>(frequency->times.size()));
}

namespace {

// The sessions of `program` (a split of the routine, or of one undated
// stage) on the days `period`, each pointing at its place in the routine's
// split, and the most a day holds.
std::vector<PlanSession> plan_sessions(const std::vector<Session>& routine, const std::vector<Session>& split,
                                       const program::DayRange& period, DoseChoice dose, double& daily_seconds) {
  std::vector<PlanSession> out;
  for (const auto& [of, timeline] : lower_sessions(split, period, dose)) {
    PlanSession session;
    for (std::size_t i = 0; i < routine.size(); ++i) {
      if (routine[i].origin == of->origin && routine[i].title == of->title && routine[i].exercise_id == of->exercise_id)
        session.session = i;
    }
    session.session_seconds = timeline.total_seconds;
    std::set<const program::Item*> seen;  // a circuit's exercise appears once, not once per round
    for (const auto& entry : timeline.entries) {
      if (!seen.insert(entry.item).second) continue;
      // The words are the prescription's, ranges kept; the dose choice only
      // times the session.
      session.entries.push_back(PlanEntry{entry.item->exercise_id, entry.item->name, entry.section, entry.dose,
                                          dose_words(*entry.item, period.first), plan_extras(*entry.item, period.first)});
    }
    out.push_back(std::move(session));
  }
  daily_seconds = 0;
  for (Weekday day : all_values<Weekday>()) {
    double total = 0;
    for (const auto& s : out) total += s.session_seconds * sessions_on(routine[s.session].frequency, day);
    daily_seconds = std::max(daily_seconds, total);
  }
  return out;
}

}  // namespace

// Built from each session's timeline in each stretch, so the plan's session
// time and the schedule's are one computation.
Plan make_plan(const program::Program& program, DoseChoice dose) {
  Plan plan;
  plan.days = plan_days(program);
  plan.ongoing = !program.length.has_value();
  plan.length = program.length;
  plan.dose = dose;
  plan.frequency = program.frequency;
  std::vector<Session> split = sessions(program);
  for (const auto& s : split) plan.sessions.push_back(PlanSessionInfo{s.origin, s.title, s.frequency});
  for (const auto& period : periods(program, plan.days)) {
    PlanPeriod row;
    row.days = period;
    row.sessions = plan_sessions(split, split, period, dose, row.daily_seconds);
    if (const program::Block* stage = stage_on(program, period.first)) {
      row.stage = stage->title;
      row.moving_on = moving_on(program, *stage);
    }
    plan.periods.push_back(std::move(row));
  }
  // The stages after one that ends on a sign: no date, each from its own first day.
  std::string sign;
  for (const program::Block* stage : stages(program)) {
    if (!stage->runs) {
      program::Program in = in_stage(program, *stage);
      std::vector<Session> in_split = sessions(in);
      PlanStage row;
      row.title = stage->title;
      row.starts = sign;
      row.moving_on = moving_on(program, *stage);
      for (const auto& period : periods(in, plan_days(in))) {
        PlanPeriod part;
        part.days = period;
        part.sessions = plan_sessions(split, in_split, period, dose, part.daily_seconds);
        row.periods.push_back(std::move(part));
      }
      plan.undated.push_back(std::move(row));
    }
    sign = stage->criterion;
  }
  return plan;
}

}  // namespace regimen::schedule
