#include "schedule/week_dose.h"

#include <algorithm>
#include <cmath>

#include "schedule/steps.h"

namespace regimen::schedule {
namespace {

HeldFor held_for(const program::Item& item, const program::Hold& h, int day, DoseChoice choice) {
  const Timing& timing = item.timing;
  double amount = 0;
  switch (h.kind) {
    case program::HoldKind::Timed: amount = pick(at_day(h.amount, day, item.days), h.amount.measure, choice); break;
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

program::Range at_day(const program::Quantity& q, int day, const std::optional<program::DayRange>& applies) {
  std::optional<program::Length> time = q.over;
  if (!time && applies) time = program::Length{applies->days(), applies->unit};
  // Nothing to spread over (a line outside phases of a program of no
  // length): the first dose, as written.
  if (!q.end || !time || time->count() < 2) return q.start;
  int step_days = time->unit == TimeUnit::Weeks ? kDaysPerWeek : 1;
  int step = (day - (applies ? applies->first : 1)) / step_days;  // 0 in the first week or day
  double t = std::clamp(static_cast<double>(step) / (time->count() - 1), 0.0, 1.0);
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

WeekDose dose_at(const program::Item& item, int day, DoseChoice choice) {
  auto at = [&](const program::Quantity& q) { return pick(at_day(q, day, item.days), q.measure, choice); };
  WeekDose d;
  d.work = std::visit(
      [&](const auto& dose) -> WeekWork {
        using T = std::decay_t<decltype(dose)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          RepsWork work{static_cast<int>(at(dose.reps)), std::nullopt};
          if (dose.hold_each) work.each = held_for(item, *dose.hold_each, day, choice);
          return work;
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          return HoldWork{held_for(item, dose.hold, day, choice)};
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

}  // namespace regimen::schedule
