// One exercise of the library: what it is, how it is dosed, how it is timed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source.h"

namespace regimen {

// The form an exercise's dose takes. It decides which clauses it accepts.
enum class DosageKind { Reps, Hold, RepsHold, Duration };

enum class Sidedness {
  Bilateral,    // both sides at once
  PerSide,      // one side, then the other
  Alternating,  // one rep each side in turn
  Directional,  // toward named directions: right, left, centre
};

// For per-side work: whether the side changes after each set or each rep.
enum class SideSwitch { PerSet, PerRep };

enum class Level { Beginner, Intermediate, Advanced };

enum class VariantKind { Easier, Harder, Alternative };

struct ExerciseVariant {
  VariantKind kind = VariantKind::Easier;
  std::string target;       // an exercise id, resolved; or empty when `description` is used
  std::string description;  // a quoted change such as "hands higher on the wall"
  std::string condition;
  std::optional<Level> level;
  Span span;
};

// Seconds used when a routine does not say; docs/library.md gives the reasons.
struct Timing {
  double seconds_per_rep = 3;
  double seconds_per_breath = 5;
  double rest_seconds = 30;
  double open_hold_bound_seconds = 120;  // the schedule's end for "hold until ..."
  double short_hold_seconds = 3;         // "hold for a few seconds"
};

// The dose the library suggests when a routine gives none. Unset parts stay unset.
struct DefaultDose {
  std::optional<double> reps_min, reps_max;
  std::optional<double> hold_min, hold_max;  // seconds, or breaths when hold_in_breaths
  bool hold_in_breaths = false;
  std::optional<double> sets;
  std::optional<double> duration_min, duration_max;  // seconds
};

struct Exercise {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string module;
  DosageKind kind = DosageKind::Reps;
  bool accepts_reps = true;
  bool accepts_hold = false;
  bool accepts_duration = false;
  Sidedness sides = Sidedness::Bilateral;
  SideSwitch side_switch = SideSwitch::PerSet;
  std::string position;
  std::vector<std::string> equipment;
  std::vector<std::string> targets;
  Level level = Level::Beginner;
  std::string category;
  Timing timing;
  DefaultDose defaults;
  std::vector<std::string> steps;
  std::vector<std::string> cues;
  std::vector<std::string> cautions;
  std::vector<ExerciseVariant> variants;
  std::string source;
  Span span;
};

std::string_view to_string(DosageKind kind);
std::string_view to_string(Sidedness sides);
std::string_view to_string(SideSwitch side_switch);
std::string_view to_string(Level level);
std::string_view to_string(VariantKind kind);
std::optional<Level> parse_level(std::string_view word);

}  // namespace regimen
