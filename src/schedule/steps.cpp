#include "schedule/steps.h"

#include <algorithm>
#include <cmath>

namespace regimen::schedule {
namespace {

// The step a measure is rounded to at `value`: finer for small doses, where a
// few seconds or metres matter, coarser for large ones, where a patient times
// and counts in round numbers ("1 minute 15 seconds", never "1 minute 21").
double step_at(double value, program::Measure measure) {
  switch (measure) {
    case program::Measure::Count: return 1;
    case program::Measure::Seconds: return value < 60 ? 5 : value < 600 ? 15 : 60;
    case program::Measure::Metres: return value < 1000 ? 10 : 100;
  }
  return 1;
}

}  // namespace

double clinician_step(double value, program::Measure measure) {
  double step = step_at(value, measure);
  return std::round(value / step) * step;
}

double step_between(double from, double to, double t, program::Measure measure) {
  if (t <= 0) return from;
  if (t >= 1) return to;
  double low = std::min(from, to), high = std::max(from, to);
  return std::clamp(clinician_step(from + (to - from) * t, measure), low, high);
}

}  // namespace regimen::schedule
