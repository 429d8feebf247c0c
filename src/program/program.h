// The checked program: every name resolved to a library exercise, every
// amount converted to one unit per quantity (seconds, counts, kilograms,
// metres). What every backend reads; never the syntax tree.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/source.h"
#include "vocab/calendar.h"
#include "vocab/direction.h"
#include "vocab/kinds.h"
#include "program/dose.h"

namespace regimen::program {

enum class SideMode { Bilateral, PerSide, Alternating, PerDirection };

struct Sides {
  SideMode mode = SideMode::Bilateral;
  std::vector<Direction> order;      // right, left; or the directions, in turn
  SideSwitch switch_by = SideSwitch::PerSet;
  bool from_library = false;         // the routine did not say
};

struct Tempo {
  std::string word;                  // slow, moderate, fast
  std::vector<int> phases;           // 3-1-3
  std::optional<double> seconds_per_rep;
};

struct Load {
  enum class Kind { Weight, Band, Effort };
  Kind kind = Kind::Weight;
  std::optional<Range> kilograms;    // Weight
  std::string written_unit;          // kg or lb, as written
  std::optional<Range> as_written;   // the numbers as written, before conversion
  std::string colour;                // Band
  std::string resistance;            // Band or Effort: light, medium, heavy
};

struct Frequency {
  std::optional<Range> per_day;
  std::optional<Range> per_week;
  std::vector<TimeOfDay> times;      // morning, evening, 07:30
  std::vector<Weekday> days;         // mon, tue, ... (`monday` written is `mon`)
  Span span;
};

struct Variant {
  VariantKind kind = VariantKind::Easier;
  std::string exercise_id;           // empty for a described change
  std::string name;                  // the exercise's display name, or the description
  std::string condition;
  std::optional<Level> level;
};

struct Texts {
  std::vector<std::string> cues;
  std::vector<std::string> notes;
  std::vector<std::string> cautions;
};

// One exercise as prescribed.
struct Item {
  std::string exercise_id;
  std::string name;
  DosageKind kind = DosageKind::Reps;
  Dose dose;
  Quantity sets{Range{1, 1}, std::nullopt};
  std::optional<Range> rest_seconds;
  Sides sides;
  std::optional<Tempo> tempo;
  std::optional<Load> load;
  std::optional<Range> rpe;
  std::optional<Range> pain_max;
  std::vector<std::string> alternation;
  std::optional<Frequency> frequency;
  std::vector<Variant> variants;
  Texts texts;
  bool dose_from_library = false;    // no dosage written; the library's default used
  Timing timing;                     // the library's, with the routine's `timing` and `tempo` applied
  // The days the line applies, over which its progressions run: its phase's,
  // or the whole program's; none outside phases of a program of no length.
  std::optional<DayRange> days;
  Span span;
};

struct Block;
using Node = std::variant<Item, Block>;

struct Block {
  enum class Kind { Section, Circuit, Phase };
  Kind kind = Kind::Section;
  std::string title;
  std::optional<int> rounds;         // Circuit
  std::optional<Range> rest_seconds; // Circuit: between rounds
  std::optional<DayRange> days;      // Phase: the days it applies, in the unit written
  std::vector<Node> body;
  Span span;
};

struct Program {
  std::string title;
  std::string author;
  std::optional<Level> level;
  std::vector<std::string> targets;
  std::optional<Length> length;      // `program 6 weeks`; none: ongoing
  std::optional<Frequency> frequency;
  std::vector<std::string> cautions;
  std::vector<std::string> disclaimers;
  std::vector<std::string> red_flags;
  std::vector<std::string> notes;
  std::map<std::string, std::string> params;  // name -> chosen value
  std::vector<std::string> imports;
  SessionTiming session_timing;
  std::vector<Node> body;
  Span span;
};

}  // namespace regimen::program
