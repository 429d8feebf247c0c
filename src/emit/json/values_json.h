// JSON for the values every document shares: numbers, ranges, quantities,
// holds, frequencies. One writer, so that the program and the library agree.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "program/program.h"

namespace regimen::json_values {

using nlohmann::json;

// Whole numbers as integers (`10`, not `10.0`); others rounded to three decimals.
json number(double value);
json range(const program::Range& r);
json quantity(const program::Quantity& q);
// `{"count": 6, "unit": "weeks", "days": 42}`: a length as written, and in days.
json length(const program::Length& l);
// `{"unit": "weeks", "first": 3, "last": 4, "first_day": 15, "last_day": 28,
// "label": "Weeks 3-4"}`: days of the program, counted as written.
json day_range(const program::DayRange& r);
json frequency(const program::Frequency& f);
json hold(const program::Hold& h);
// A load by its kind: the first week's fields beside `kind`, the last week's
// in `end` (null when it does not progress).
json load(const program::Load& l);
// The dose's four fields, `reps`, `hold`, `duration_seconds` and
// `distance_metres`: those of its form set, the others null. `dose` null
// gives all four null (a library exercise with no default).
void dose_fields(const std::optional<program::Dose>& dose, json& object);
json timing(const Timing& t);
json session_timing(const SessionTiming& t);

// `convert(*value)`, or null.
template <typename T, typename F>
json optional(const std::optional<T>& value, F&& convert) {
  return value ? convert(*value) : json(nullptr);
}

}  // namespace regimen::json_values
