// An exercise's dose in one week of the program, as single numbers: ranges
// resolved by the chosen dose, progressions spread over the weeks.
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

// The week's value of a quantity: week 1 is `start`, the last week `end`, and
// the weeks between move evenly, in clinician steps (schedule/steps.h).
program::Range at_week(const program::Quantity& quantity, int week, std::optional<int> program_weeks);
// The chosen end of a range, or its middle in clinician steps; whole.
double pick(const program::Range& range, program::Measure measure, DoseChoice choice);

WeekDose dose_at(const program::Item& item, int week, std::optional<int> program_weeks, DoseChoice choice);

// The number of weeks a plan covers: the program's length, or the last week a
// phase names, or 1.
int plan_weeks(const program::Program& program);

}  // namespace regimen::schedule
