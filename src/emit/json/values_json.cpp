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
    case program::HoldKind::UpTo: return "up_to";
    case program::HoldKind::Comfortable: return "comfortable";
  }
  return "timed";
}

json word_or_null(const std::string& word) { return word.empty() ? json(nullptr) : json(word); }

// The fields of one end of a load, by its kind; the start's sit beside
// `kind`, the end's in `end`.
json load_level(const program::Load& l, const program::LoadLevel& level) {
  switch (l.kind) {
    case program::Load::Kind::Weight:
      return {{"kilograms", optional(level.kilograms, range)},
              {"as_written", {{"amount", optional(level.as_written, range)}, {"unit", l.written_unit}}}};
    case program::Load::Kind::Band:
      return {{"colour", word_or_null(level.colour)}, {"resistance", word_or_null(level.resistance)}};
    case program::Load::Kind::Effort:
      return {{"resistance", level.resistance}};
    case program::Load::Kind::Described:
      return {{"text", l.description}};
  }
  return json::object();
}

std::string_view load_kind(program::Load::Kind kind) {
  switch (kind) {
    case program::Load::Kind::Weight: return "weight";
    case program::Load::Kind::Band: return "band";
    case program::Load::Kind::Effort: return "effort";
    case program::Load::Kind::Described: return "described";
  }
  return "weight";
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

namespace {

void measured_fields(const program::MeasuredDose& dose, json& object) {
  std::visit(
      [&](const auto& d) {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          std::visit(
              [&](const auto& c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, program::Quantity>) {
                  object["reps"] = quantity(c);
                  object["reps_form"] = "given";
                } else if constexpr (std::is_same_v<C, program::UpTo>) {
                  object["reps"] = quantity(c.most);
                  object["reps_form"] = "up_to";
                } else {
                  static_assert(std::is_same_v<C, program::AsManyAsYouCan>, "every count is written");
                  object["reps"] = c.cap ? quantity(program::Quantity{*c.cap, std::nullopt}) : json(nullptr);
                  object["reps_form"] = "as_many_as_you_can";
                  object["reps_estimate"] = {{"count", number(c.estimate)}, {"from_library", c.estimate_from_library}};
                }
              },
              d.reps);
          if (d.hold_each) object["hold"] = hold(*d.hold_each);
          if (d.each_seconds) object["each_seconds"] = quantity(*d.each_seconds);
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          object["hold"] = hold(d.hold);
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          object["duration_seconds"] = quantity(d.seconds);
        } else {
          static_assert(std::is_same_v<T, program::DistanceDose>, "every dose form is written");
          object["distance_metres"] = quantity(d.metres);
        }
      },
      dose);
}

void empty_dose_fields(json& object) {
  object["reps"] = nullptr;
  object["reps_form"] = nullptr;
  object["reps_estimate"] = nullptr;
  object["each_seconds"] = nullptr;
  object["hold"] = nullptr;
  object["duration_seconds"] = nullptr;
  object["distance_metres"] = nullptr;
}

}  // namespace

void dose_fields(const std::optional<program::Dose>& dose, json& object) {
  empty_dose_fields(object);
  object["as_advised"] = false;
  object["advised_estimate"] = nullptr;
  if (!dose) return;
  if (const auto* advised = std::get_if<program::AdvisedDose>(&*dose)) {
    // The amounts stay empty: the therapist gives them. The library's usual
    // dose, which times the session, is kept apart.
    object["as_advised"] = true;
    json usual = nullptr;
    if (advised->usual) {
      usual = json::object();
      empty_dose_fields(usual);
      measured_fields(*advised->usual, usual);
    }
    object["advised_estimate"] = usual;
    return;
  }
  measured_fields(*program::measured(*dose), object);
}

json load(const program::Load& l) {
  json out = load_level(l, l.start);
  out["kind"] = load_kind(l.kind);
  out["end"] = l.end ? load_level(l, *l.end) : json(nullptr);
  return out;
}

}  // namespace regimen::json_values
