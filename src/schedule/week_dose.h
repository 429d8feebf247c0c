// An exercise's dose on one day of the program, as single numbers: ranges
// resolved by the chosen dose, progressions spread over their weeks or days.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "program/program.h"

namespace regimen::schedule {

// Which end of a range to use. Low is the safe start and the default.
enum class DoseChoice { Low, Mid, High };
std::string_view to_string(DoseChoice choice);
std::optional<DoseChoice> parse_dose_choice(std::string_view word);

// A hold in one week: its length, and its breaths when counted in breaths
// (then `seconds` is breaths x seconds per breath). An open hold ("until the
// pain eases") lasts its bound.
struct HeldFor {
  double seconds = 0;
  std::optional<int> breaths;
};

// One week's work in each form of program::Dose, as single numbers.
struct RepsWork {
  int reps = 0;                          // for each side, when per side
  std::optional<HeldFor> each;           // each repetition held
};
struct HoldWork {
  HeldFor hold;
};
struct TimeWork {
  double seconds = 0;
};
struct DistanceWork {
  double metres = 0;
};
using WeekWork = std::variant<RepsWork, HoldWork, TimeWork, DistanceWork>;

struct WeekDose {
  WeekWork work;
  int sets = 1;
  double rest_seconds = 0;               // between sets
};

// A quantity's value on `day` of the program. A progression starts on the
// first day its line `applies` (its phase's, or day 1) and takes all of those
// days, or its own `over` time, step by step in the unit counted: the first
// week or day is `start`, the last `end`, and the steps between move evenly,
// in clinician steps (schedule/steps.h). After its time it stays at `end`.
program::Range at_day(const program::Quantity& quantity, int day, const std::optional<program::DayRange>& applies);
// The chosen end of a range, or its middle in clinician steps; whole.
double pick(const program::Range& range, program::Measure measure, DoseChoice choice);

WeekDose dose_at(const program::Item& item, int day, DoseChoice choice);

}  // namespace regimen::schedule
