#include "schedule/week_dose.h"

#include <algorithm>
#include <cmath>

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
  auto mix = [&](double a, double b) { return a + (b - a) * t; };
  program::Range out;
  out.min = mix(q.start.min, q.end->min);
  if (q.start.max && q.end->max) out.max = mix(*q.start.max, *q.end->max);
  return out;
}

double pick(const program::Range& r, DoseChoice choice, bool whole) {
  double high = r.max.value_or(r.min);
  double value = choice == DoseChoice::Low ? r.min : choice == DoseChoice::High ? high : (r.min + high) / 2;
  // Counts are whole repetitions; times are whole seconds.
  (void)whole;
  return std::round(value);
}

WeekDose dose_at(const program::Item& item, int week, std::optional<int> weeks, DoseChoice choice) {
  WeekDose d;
  if (item.reps) d.reps = static_cast<int>(pick(at_week(*item.reps, week, weeks), choice, true));
  d.sets = std::max(1, static_cast<int>(pick(at_week(item.sets, week, weeks), choice, true)));
  if (item.hold) {
    const program::Hold& h = *item.hold;
    double amount;
    switch (h.kind) {
      case program::HoldKind::Timed: amount = pick(at_week(h.amount, week, weeks), choice, true); break;
      case program::HoldKind::AtLeast: amount = h.amount.start.min; break;
      default: amount = h.bound_seconds.value_or(item.timing.open_hold_bound_seconds); break;
    }
    if (h.unit == program::HoldUnit::Breaths && (h.kind == program::HoldKind::Timed || h.kind == program::HoldKind::AtLeast)) {
      d.hold_breaths = static_cast<int>(amount);
      d.hold_seconds = amount * item.timing.seconds_per_breath;
    } else {
      d.hold_seconds = amount;
    }
  }
  if (item.duration) d.duration_seconds = pick(at_week(*item.duration, week, weeks), choice, true);
  if (item.distance) d.distance_metres = pick(at_week(*item.distance, week, weeks), choice, true);
  d.rest_seconds = item.rest_seconds ? pick(*item.rest_seconds, choice, true) : item.timing.rest_seconds;
  return d;
}

int plan_weeks(const program::Program& program) {
  if (program.weeks) return *program.weeks;
  int last = 1;
  last_phase_week(program.body, last);
  return last;
}

}  // namespace regimen::schedule
