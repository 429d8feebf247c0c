#include "emit/json/values_json.h"

#include <cmath>

namespace regimen::json_values {
namespace {

std::string_view hold_kind(program::HoldKind kind) {
  switch (kind) {
    case program::HoldKind::Timed: return "timed";
    case program::HoldKind::UntilPain: return "until_pain";
    case program::HoldKind::UntilText: return "until_text";
    case program::HoldKind::AtLeast: return "at_least";
  }
  return "timed";
}

}  // namespace

// Rounded so that 5 lb is 2.268 kg, not 2.2679618500000003.
json number(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) return static_cast<long long>(value);
  double rounded = std::round(value * 1000) / 1000;
  if (std::floor(rounded) == rounded) return static_cast<long long>(rounded);
  return rounded;
}

json range(const program::Range& r) { return {{"min", number(r.min)}, {"max", r.max ? number(*r.max) : json(nullptr)}}; }

json quantity(const program::Quantity& q) {
  return {{"start", range(q.start)}, {"end", optional(q.end, range)}, {"over", optional(q.over, length)}};
}

json length(const program::Length& l) {
  return {{"count", l.count()}, {"unit", to_string(l.unit)}, {"days", l.days}};
}

json day_range(const program::DayRange& r) {
  bool weeks = r.unit == TimeUnit::Weeks;
  return {{"unit", to_string(r.unit)},
          {"first", weeks ? program::week_of(r.first) : r.first},
          {"last", weeks ? program::week_of(r.last) : r.last},
          {"first_day", r.first},
          {"last_day", r.last},
          {"label", program::label(r)}};
}

json frequency(const program::Frequency& f) {
  return {{"per_day", optional(f.per_day, range)}, {"per_week", optional(f.per_week, range)}, {"times", to_strings(f.times)}, {"days", to_strings(f.days)}};
}

json hold(const program::Hold& h) {
  return {{"kind", hold_kind(h.kind)},
          {"unit", h.unit == program::HoldUnit::Breaths ? "breaths" : "seconds"},
          {"amount", quantity(h.amount)},
          {"until_pain", optional(h.until_pain, range)},
          {"start_pain", optional(h.start_pain, range)},
          {"until_text", h.kind == program::HoldKind::UntilText ? json(h.until_text) : json(nullptr)},
          {"bound_seconds", h.bound_seconds ? number(*h.bound_seconds) : json(nullptr)},
          {"bound_from_library", h.bound_from_library},
          {"amount_from_library", h.amount_from_library}};
}

json timing(const Timing& t) {
  return {{"seconds_per_rep", number(t.seconds_per_rep)},
          {"seconds_per_breath", number(t.seconds_per_breath)},
          {"rest_seconds", number(t.rest_seconds)},
          {"open_hold_bound_seconds", number(t.open_hold_bound_seconds)},
          {"short_hold_seconds", number(t.short_hold_seconds)}};
}

json session_timing(const SessionTiming& t) {
  return {{"side_switch_seconds", number(t.side_switch_seconds)},
          {"transition_seconds", number(t.transition_seconds)},
          {"get_ready_seconds", number(t.get_ready_seconds)},
          {"round_rest_seconds", number(t.round_rest_seconds)},
          {"metres_per_minute", number(t.metres_per_minute)}};
}

void dose_fields(const std::optional<program::Dose>& dose, json& object) {
  object["reps"] = nullptr;
  object["hold"] = nullptr;
  object["duration_seconds"] = nullptr;
  object["distance_metres"] = nullptr;
  if (!dose) return;
  std::visit(
      [&](const auto& d) {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          object["reps"] = quantity(d.reps);
          if (d.hold_each) object["hold"] = hold(*d.hold_each);
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          object["hold"] = hold(d.hold);
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          object["duration_seconds"] = quantity(d.seconds);
        } else {
          static_assert(std::is_same_v<T, program::DistanceDose>, "every dose form is written");
          object["distance_metres"] = quantity(d.metres);
        }
      },
      *dose);
}

}  // namespace regimen::json_values
