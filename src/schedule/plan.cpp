#include "schedule/plan.h"

#include <set>

#include "schedule/dose_extras.h"
#include "schedule/timeline.h"

namespace regimen::schedule {

// Built from each week's timeline, so the plan's session time and the
// schedule's are one computation.
Plan make_plan(const program::Program& program, DoseChoice dose) {
  Plan plan;
  plan.weeks = plan_weeks(program);
  plan.ongoing = !program.weeks.has_value();
  plan.dose = dose;
  plan.frequency = program.frequency;
  for (int week = 1; week <= plan.weeks; ++week) {
    Timeline timeline = lower_session(program, week, dose);
    PlanWeek pw;
    pw.week = week;
    pw.session_seconds = timeline.total_seconds;
    std::set<const program::Item*> seen;  // a circuit's exercise appears once, not once per round
    for (const auto& entry : timeline.entries) {
      if (!seen.insert(entry.item).second) continue;
      pw.entries.push_back(PlanEntry{entry.item->exercise_id, entry.item->name, entry.section, entry.dose,
                                     dose_phrase(*entry.item, entry.dose, program.session_timing),
                                     week_extras(*entry.item, entry.dose)});
    }
    plan.by_week.push_back(std::move(pw));
  }
  return plan;
}

}  // namespace regimen::schedule
