#include "schedule/plan.h"

#include <set>

#include "schedule/dose_extras.h"
#include "schedule/dose_words.h"
#include "schedule/periods.h"
#include "schedule/timeline.h"

namespace regimen::schedule {

// Built from each stretch's timeline, so the plan's session time and the
// schedule's are one computation.
Plan make_plan(const program::Program& program, DoseChoice dose) {
  Plan plan;
  plan.days = plan_days(program);
  plan.ongoing = !program.length.has_value();
  plan.length = program.length;
  plan.dose = dose;
  plan.frequency = program.frequency;
  for (const auto& period : periods(program, plan.days)) {
    Timeline timeline = lower_session(program, period, dose);
    PlanPeriod row;
    row.days = period;
    row.session_seconds = timeline.total_seconds;
    std::set<const program::Item*> seen;  // a circuit's exercise appears once, not once per round
    for (const auto& entry : timeline.entries) {
      if (!seen.insert(entry.item).second) continue;
      // The words are the prescription's, ranges kept; the dose choice only
      // times the session.
      row.entries.push_back(PlanEntry{entry.item->exercise_id, entry.item->name, entry.section, entry.dose,
                                      dose_words(*entry.item, period.first), plan_extras(*entry.item, period.first)});
    }
    plan.periods.push_back(std::move(row));
  }
  return plan;
}

}  // namespace regimen::schedule
