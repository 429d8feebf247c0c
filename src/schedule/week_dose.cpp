#include "schedule/week_dose.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "schedule/steps.h"
#include "vocab/units.h"

namespace regimen::schedule {
namespace {

HeldFor held_for(const program::Item& item, const program::Hold& h, int day, DoseChoice choice) {
  const Timing& timing = item.timing;
  double amount = 0;
  switch (h.kind) {
    case program::HoldKind::Timed: amount = pick(at_day(h.amount, day, item.days), h.amount.measure, choice); break;
    case program::HoldKind::UpTo: amount = pick(at_day(h.amount, day, item.days), h.amount.measure, DoseChoice::High); break;
    case program::HoldKind::AtLeast: amount = h.amount.start.min; break;
    case program::HoldKind::UntilPain:
    case program::HoldKind::UntilText:
    case program::HoldKind::Comfortable: amount = h.bound_seconds.value_or(timing.open_hold_bound_seconds); break;
  }
  bool counted_in_breaths = h.unit == program::HoldUnit::Breaths &&
                            (h.kind == program::HoldKind::Timed || h.kind == program::HoldKind::AtLeast ||
                             h.kind == program::HoldKind::UpTo);
  if (!counted_in_breaths) return HeldFor{amount, std::nullopt};
  return HeldFor{amount * timing.seconds_per_breath, static_cast<int>(amount)};
}

// Whether a hold's length is the prescription or the schedule's estimate.
bool open_hold(const program::Hold& h) { return h.kind != program::HoldKind::Timed; }

// `value` to the nearest `step`, within the two weights written on either
// side of it; halfway between two steps, the lighter, so that a load never
// grows faster than evenly.
double to_step(double value, double step, double lowest, double highest) {
  double steps = value / step;
  double below = std::floor(steps);
  double nearest = steps - below > 0.5 + 1e-9 ? below + 1 : below;
  return std::clamp(nearest * step, lowest, highest);
}

// How far along its progression a quantity is on `day`: 0 on its first step,
// 1 on its last and after. None when there is nothing to spread over (no
// progression, or a line outside phases of a program of no length): the
// first dose, as written, holds every day.
std::optional<double> progress(const program::Quantity& q, int day, const std::optional<program::DayRange>& applies) {
  auto time = progression_time(q.over, applies);
  if (!q.end || !time || time->count < 2) return std::nullopt;
  return std::clamp(static_cast<double>(time->step_of(day)) / (time->count - 1), 0.0, 1.0);
}

// A load's or an effort's range on `day`: the ends of the progression
// exactly as written, the steps between evenly on this measure's own step
// (not the clinician steps of counts and times, which would round 2.5 kg to 3).
program::Range stepped_at(const program::Quantity& q, int day, const std::optional<program::DayRange>& applies, double step) {
  auto t = progress(q, day, applies);
  if (!t || *t <= 0) return q.start;
  if (*t >= 1) return *q.end;
  auto mix = [&](double a, double b) { return to_step(a + (b - a) * *t, step, a, b); };
  program::Range r{mix(q.start.min, q.end->min), std::nullopt};
  if (q.start.max && q.end->max) r.max = mix(*q.start.max, *q.end->max);
  return r;
}

// One end of a range, or its middle on a step.
program::Range stepped_choice(const program::Range& r, DoseChoice choice, double step) {
  double high = r.max.value_or(r.min);
  double value = choice == DoseChoice::Low ? r.min : choice == DoseChoice::High ? high : to_step((r.min + high) / 2, step, r.min, high);
  return program::Range{value, value};
}

}  // namespace

int ProgressionTime::step_of(int day) const {
  int step_days = unit == TimeUnit::Weeks ? kDaysPerWeek : 1;
  return std::max(0, (day - first_day) / step_days);
}

int ProgressionTime::number(int step) const {
  return unit == TimeUnit::Weeks ? program::week_of(first_day) + step : first_day + step;
}

std::string ProgressionTime::step_words(int step) const {
  return fmt::format("{} {}", unit == TimeUnit::Weeks ? "week" : "day", number(step));
}

std::string ProgressionTime::span_words(int first, int last) const {
  if (first == last) return step_words(first);
  return fmt::format("{} {} to {}", unit == TimeUnit::Weeks ? "weeks" : "days", number(first), number(last));
}

std::optional<ProgressionTime> progression_time(const std::optional<program::Length>& over,
                                                const std::optional<program::DayRange>& applies) {
  int first = applies ? applies->first : 1;
  if (over) return ProgressionTime{first, over->count(), over->unit};
  if (!applies) return std::nullopt;
  return ProgressionTime{first, program::Length{applies->days(), applies->unit}.count(), applies->unit};
}

int load_change_step(int steps) { return (steps + 1) / 2; }

program::Load load_at(const program::Load& load, int day, const std::optional<program::DayRange>& applies,
                      std::optional<DoseChoice> choice) {
  program::Load out = load;
  out.end.reset();
  if (load.kind == program::Load::Kind::Weight && load.start.as_written) {
    double step = load.written_unit == "lb" ? 1 : 0.5;
    program::Quantity written{*load.start.as_written, load.end ? load.end->as_written : std::nullopt};
    program::Range r = stepped_at(written, day, applies, step);
    if (choice) r = stepped_choice(r, *choice, step);
    double to_kg = load.written_unit.empty() ? 1 : find_unit(load.written_unit)->factor;
    out.start.as_written = r;
    out.start.kilograms = program::Range{r.min * to_kg, r.max ? std::optional<double>(*r.max * to_kg) : std::nullopt};
    return out;
  }
  auto time = progression_time(std::nullopt, applies);
  if (load.end && time && time->count > 1 && time->step_of(day) >= load_change_step(time->count)) out.start = *load.end;
  return out;
}

program::Range effort_at(const program::Quantity& percent, int day, const std::optional<program::DayRange>& applies,
                         std::optional<DoseChoice> choice) {
  // Nobody feels the difference between 36% and 35% of their maximum.
  constexpr double kStep = 5;
  program::Range r = stepped_at(percent, day, applies, kStep);
  return choice ? stepped_choice(r, *choice, kStep) : r;
}

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
  auto t = progress(q, day, applies);
  if (!t) return q.start;
  auto mix = [&](double a, double b) { return step_between(a, b, *t, q.measure); };
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
  // An open count is timed by its most: the longest the session can take.
  auto count = [&](const program::RepCount& c) -> int {
    if (const auto* given = std::get_if<program::Quantity>(&c)) return static_cast<int>(at(*given));
    d.estimated = true;
    if (const auto* up_to = std::get_if<program::UpTo>(&c))
      return static_cast<int>(pick(at_day(up_to->most, day, item.days), up_to->most.measure, DoseChoice::High));
    return static_cast<int>(std::round(program::top_count(c)));
  };
  auto work = [&](const program::MeasuredDose& dose) {
    return std::visit(
        [&](const auto& m) -> WeekWork {
          using T = std::decay_t<decltype(m)>;
          if constexpr (std::is_same_v<T, program::RepsDose>) {
            RepsWork w{count(m.reps), std::nullopt, std::nullopt};
            if (m.hold_each) {
              w.each = held_for(item, *m.hold_each, day, choice);
              d.estimated = d.estimated || open_hold(*m.hold_each);
            }
            if (m.each_seconds) w.each_seconds = at(*m.each_seconds);
            return w;
          } else if constexpr (std::is_same_v<T, program::HoldDose>) {
            d.estimated = d.estimated || open_hold(m.hold);
            return HoldWork{held_for(item, m.hold, day, choice)};
          } else if constexpr (std::is_same_v<T, program::TimeDose>) {
            return TimeWork{at(m.seconds)};
          } else {
            static_assert(std::is_same_v<T, program::DistanceDose>, "every dose form has its week's work");
            return DistanceWork{at(m.metres)};
          }
        },
        dose);
  };
  if (const auto* advised = std::get_if<program::AdvisedDose>(&item.dose)) {
    d.work = advised->usual ? work(*advised->usual) : WeekWork{TimeWork{kAdvisedEstimateSeconds}};
    d.estimated = true;
  } else {
    d.work = work(*program::measured(item.dose));
  }
  d.sets = std::max(1, static_cast<int>(at(item.sets)));
  d.rest_seconds = item.rest_seconds ? pick(*item.rest_seconds, program::Measure::Seconds, choice) : item.timing.rest_seconds;
  if (item.load) d.load = load_at(*item.load, day, item.days, choice);
  if (item.effort_percent) d.effort_percent = effort_at(*item.effort_percent, day, item.days, choice).min;
  return d;
}

}  // namespace regimen::schedule
