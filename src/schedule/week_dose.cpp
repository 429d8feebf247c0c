#include "schedule/week_dose.h"

#include <algorithm>
#include <cmath>

#include "schedule/steps.h"

namespace regimen::schedule {
namespace {

void last_phase_week(const std::vector<program::Node>& body, int& last) {
  for (const auto& node : body) {
    if (const auto* block = std::get_if<program::Block>(&node)) {
      if (block->last_week) last = std::max(last, *block->last_week);
      last_phase_week(block->body, last);
    }
  }
}

HeldFor held_for(const program::Hold& h, const Timing& timing, int week, std::optional<int> weeks, DoseChoice choice) {
  double amount = 0;
  switch (h.kind) {
    case program::HoldKind::Timed: amount = pick(at_week(h.amount, week, weeks), h.amount.measure, choice); break;
    case program::HoldKind::AtLeast: amount = h.amount.start.min; break;
    case program::HoldKind::UntilPain:
    case program::HoldKind::UntilText: amount = h.bound_seconds.value_or(timing.open_hold_bound_seconds); break;
  }
  bool counted_in_breaths = h.unit == program::HoldUnit::Breaths &&
                            (h.kind == program::HoldKind::Timed || h.kind == program::HoldKind::AtLeast);
  if (!counted_in_breaths) return HeldFor{amount, std::nullopt};
  return HeldFor{amount * timing.seconds_per_breath, static_cast<int>(amount)};
}


}  // namespace

std::string_view to_string(DoseChoice choice) {
  switch (choice) {
    case DoseChoice::Low: return "low";
    case DoseChoice::Mid: return "mid";
    case DoseChoice::High: return "high";
  }
  return "low";
}

std::optional<DoseChoice> parse_dose_choice(std::string_view word) {
  if (word == "low") return DoseChoice::Low;
  if (word == "mid") return DoseChoice::Mid;
  if (word == "high") return DoseChoice::High;
  return std::nullopt;
}

program::Range at_week(const program::Quantity& q, int week, std::optional<int> program_weeks) {
  if (!q.end || !program_weeks || *program_weeks <= 1) return q.start;
  double t = std::clamp(static_cast<double>(week - 1) / (*program_weeks - 1), 0.0, 1.0);
  auto mix = [&](double a, double b) { return step_between(a, b, t, q.measure); };
  program::Range out;
  out.min = mix(q.start.min, q.end->min);
  if (q.start.max && q.end->max) out.max = mix(*q.start.max, *q.end->max);
  return out;
}

double pick(const program::Range& r, program::Measure measure, DoseChoice choice) {
  double high = r.max.value_or(r.min);
  // The middle is worked out, so it is in clinician steps; the ends were
  // written, and are only made whole (repetitions, seconds, metres).
  if (choice == DoseChoice::Mid) return std::round(step_between(r.min, high, 0.5, measure));
  return std::round(choice == DoseChoice::Low ? r.min : high);
}

WeekDose dose_at(const program::Item& item, int week, std::optional<int> weeks, DoseChoice choice) {
  auto at = [&](const program::Quantity& q) { return pick(at_week(q, week, weeks), q.measure, choice); };
  WeekDose d;
  d.work = std::visit(
      [&](const auto& dose) -> WeekWork {
        using T = std::decay_t<decltype(dose)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          RepsWork work{static_cast<int>(at(dose.reps)), std::nullopt};
          if (dose.hold_each) work.each = held_for(*dose.hold_each, item.timing, week, weeks, choice);
          return work;
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          return HoldWork{held_for(dose.hold, item.timing, week, weeks, choice)};
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          return TimeWork{at(dose.seconds)};
        } else {
          static_assert(std::is_same_v<T, program::DistanceDose>, "every dose form has its week's work");
          return DistanceWork{at(dose.metres)};
        }
      },
      item.dose);
  d.sets = std::max(1, static_cast<int>(at(item.sets)));
  d.rest_seconds = item.rest_seconds ? pick(*item.rest_seconds, program::Measure::Seconds, choice) : item.timing.rest_seconds;
  return d;
}

int plan_weeks(const program::Program& program) {
  if (program.weeks) return *program.weeks;
  int last = 1;
  last_phase_week(program.body, last);
  return last;
}

}  // namespace regimen::schedule
