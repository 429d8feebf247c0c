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
  std::optional<double> each_seconds;    // each repetition lasts this long (`for 20s each`)
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
  // The numbers rest on an estimate, not on the prescription: an open count
  // or hold (`up to`, `as many as you can`, `until ...`), or `as advised`.
  // Every output that shows a length built on them says it is approximate.
  bool estimated = false;
  std::optional<program::Load> load;     // the week's load, `end` unset
  std::optional<double> effort_percent;  // of maximal effort
};

// The seconds an `as advised` line is timed by when the library gives no
// usual dose for the exercise.
inline constexpr double kAdvisedEstimateSeconds = 60;

// The week's value of a quantity: week 1 is `start`, the last week `end`, and
// the weeks between move evenly, in clinician steps (schedule/steps.h).
program::Range at_week(const program::Quantity& quantity, int week, std::optional<int> program_weeks);
// The chosen end of a range, or its middle in clinician steps; whole.
double pick(const program::Range& range, program::Measure measure, DoseChoice choice);

// The week's load, which does not progress (`end` unset). A weight moves
// evenly like any amount, to the nearest step a patient can pick up: 0.5 kg,
// or a whole pound when written in lb; the weights written are kept as they
// are. A band or a word has no steps between its two ends, so it changes
// once, in `load_change_week`. With a choice, one end of each range is taken,
// as the plan does; without, ranges are kept, as the handout does.
program::Load load_at(const program::Load& load, int week, std::optional<int> program_weeks,
                      std::optional<DoseChoice> choice);

// The week's effort, in percent of maximal effort: moving evenly like a
// weight, on steps of 5%, the percentages written kept as they are.
program::Range effort_at(const program::Quantity& percent, int week, std::optional<int> program_weeks,
                         std::optional<DoseChoice> choice);

// The first week in which a band or a word that progresses is its end: the
// weeks are split in two, the first half (rounded up) on the lighter load.
int load_change_week(int program_weeks);

// Whether a progression written on the line moves at all: the program has
// a length, of more than one week.
bool progresses(std::optional<int> program_weeks);

WeekDose dose_at(const program::Item& item, int week, std::optional<int> program_weeks, DoseChoice choice);

// The number of weeks a plan covers: the program's length, or the last week a
// phase names, or 1.
int plan_weeks(const program::Program& program);

}  // namespace regimen::schedule
