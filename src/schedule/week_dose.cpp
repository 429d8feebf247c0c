#include "schedule/week_dose.h"

#include <algorithm>
#include <cmath>

#include "schedule/steps.h"
#include "vocab/units.h"

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
    case program::HoldKind::UpTo: amount = pick(at_week(h.amount, week, weeks), h.amount.measure, DoseChoice::High); break;
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
// side of it.
double to_step(double value, double step, double lowest, double highest) {
  return std::clamp(std::round(value / step) * step, lowest, highest);
}

// A load's or an effort's range in the week: the ends of the progression
// exactly as written, the weeks between on steps.
program::Range stepped_at(const program::Quantity& q, int week, std::optional<int> weeks, double step) {
  if (!q.end || !progresses(weeks) || week <= 1) return q.start;
  if (week >= *weeks) return *q.end;
  // Evenly between the ends, then on this measure's own step (not the
  // clinician steps of counts and times, which would round 2.5 kg to 3).
  double t = static_cast<double>(week - 1) / (*weeks - 1);
  auto mix = [&](double a, double b) { return a + (b - a) * t; };
  program::Range r{mix(q.start.min, q.end->min), std::nullopt};
  if (q.start.max && q.end->max) r.max = mix(*q.start.max, *q.end->max);
  r.min = to_step(r.min, step, q.start.min, q.end->min);
  if (r.max) r.max = to_step(*r.max, step, q.start.max.value_or(q.start.min), q.end->max.value_or(q.end->min));
  return r;
}

// One end of a range, or its middle on a step.
program::Range stepped_choice(const program::Range& r, DoseChoice choice, double step) {
  double high = r.max.value_or(r.min);
  double value = choice == DoseChoice::Low ? r.min : choice == DoseChoice::High ? high : to_step((r.min + high) / 2, step, r.min, high);
  return program::Range{value, value};
}

}  // namespace

bool progresses(std::optional<int> program_weeks) { return program_weeks && *program_weeks > 1; }

int load_change_week(int program_weeks) { return (program_weeks + 1) / 2 + 1; }

program::Load load_at(const program::Load& load, int week, std::optional<int> weeks, std::optional<DoseChoice> choice) {
  program::Load out = load;
  out.end.reset();
  if (load.kind == program::Load::Kind::Weight && load.start.as_written) {
    double step = load.written_unit == "lb" ? 1 : 0.5;
    program::Range r = stepped_at(program::Quantity{*load.start.as_written, load.end ? load.end->as_written : std::nullopt},
                                  week, weeks, step);
    if (choice) r = stepped_choice(r, *choice, step);
    double to_kg = load.written_unit.empty() ? 1 : find_unit(load.written_unit)->factor;
    out.start.as_written = r;
    out.start.kilograms = program::Range{r.min * to_kg, r.max ? std::optional<double>(*r.max * to_kg) : std::nullopt};
    return out;
  }
  if (load.end && progresses(weeks) && week >= load_change_week(*weeks)) out.start = *load.end;
  return out;
}

program::Range effort_at(const program::Quantity& percent, int week, std::optional<int> weeks, std::optional<DoseChoice> choice) {
  // Nobody feels the difference between 36% and 35% of their maximum.
  constexpr double kStep = 5;
  program::Range r = stepped_at(percent, week, weeks, kStep);
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
  // An open count is timed by its most: the longest the session can take.
  auto count = [&](const program::RepCount& c) -> int {
    if (const auto* given = std::get_if<program::Quantity>(&c)) return static_cast<int>(at(*given));
    d.estimated = true;
    if (const auto* up_to = std::get_if<program::UpTo>(&c))
      return static_cast<int>(pick(at_week(up_to->most, week, weeks), up_to->most.measure, DoseChoice::High));
    return static_cast<int>(std::round(program::top_count(c)));
  };
  auto work = [&](const program::MeasuredDose& dose) {
    return std::visit(
        [&](const auto& m) -> WeekWork {
          using T = std::decay_t<decltype(m)>;
          if constexpr (std::is_same_v<T, program::RepsDose>) {
            RepsWork w{count(m.reps), std::nullopt, std::nullopt};
            if (m.hold_each) {
              w.each = held_for(*m.hold_each, item.timing, week, weeks, choice);
              d.estimated = d.estimated || open_hold(*m.hold_each);
            }
            if (m.each_seconds) w.each_seconds = at(*m.each_seconds);
            return w;
          } else if constexpr (std::is_same_v<T, program::HoldDose>) {
            d.estimated = d.estimated || open_hold(m.hold);
            return HoldWork{held_for(m.hold, item.timing, week, weeks, choice)};
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
  if (item.load) d.load = load_at(*item.load, week, weeks, choice);
  if (item.effort_percent) d.effort_percent = effort_at(*item.effort_percent, week, weeks, choice).min;
  return d;
}

int plan_weeks(const program::Program& program) {
  if (program.weeks) return *program.weeks;
  int last = 1;
  last_phase_week(program.body, last);
  return last;
}

}  // namespace regimen::schedule
