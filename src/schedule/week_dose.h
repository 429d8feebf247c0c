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

// The time a progression takes: `count` weeks or days (its `unit`) from
// `first_day`. The line's own `over` time, or else the days the line applies
// (its phase's, or the program's); none when there is nothing to spread it
// over (a line outside phases of a program of no length).
struct ProgressionTime {
  int first_day = 1;
  int count = 1;
  TimeUnit unit = TimeUnit::Weeks;

  // The step `day` falls in, from 0 (the first week or day) to count - 1.
  int step_of(int day) const;
  // The step's week or day, numbered as the program counts them.
  int number(int step) const;
  // "week 4", "day 10".
  std::string step_words(int step) const;
  // "weeks 1 to 2", "days 3 to 5"; one step as step_words says it.
  std::string span_words(int first, int last) const;
};
std::optional<ProgressionTime> progression_time(const std::optional<program::Length>& over,
                                                const std::optional<program::DayRange>& applies);

// A quantity's value on `day` of the program. A progression starts on the
// first day its line `applies` (its phase's, or day 1) and takes all of those
// days, or its own `over` time, step by step in the unit counted: the first
// week or day is `start`, the last `end`, and the steps between move evenly,
// in clinician steps (schedule/steps.h). After its time it stays at `end`.
program::Range at_day(const program::Quantity& quantity, int day, const std::optional<program::DayRange>& applies);
// The chosen end of a range, or its middle in clinician steps; whole.
double pick(const program::Range& range, program::Measure measure, DoseChoice choice);

// The day's load, which does not progress (`end` unset). A weight moves
// evenly over the line's days like any amount, to the nearest step a patient
// can pick up: 0.5 kg, or a whole pound when written in lb; the weights
// written are kept as they are. A band or a word has no steps between its two
// ends, so it changes once, at `load_change_step`. With a choice, one end of
// each range is taken, as a schedule times it; without, ranges are kept, as
// every patient-facing output says it.
program::Load load_at(const program::Load& load, int day, const std::optional<program::DayRange>& applies,
                      std::optional<DoseChoice> choice);

// The day's effort, in percent of maximal effort: moving evenly like a
// weight, on steps of 5%, the percentages written kept as they are.
program::Range effort_at(const program::Quantity& percent, int day, const std::optional<program::DayRange>& applies,
                         std::optional<DoseChoice> choice);

// The first step (from 0) in which a band or a word that progresses is its
// end: the steps are split in two, the first half (rounded up) on the
// lighter load.
int load_change_step(int steps);

WeekDose dose_at(const program::Item& item, int day, DoseChoice choice);

}  // namespace regimen::schedule
