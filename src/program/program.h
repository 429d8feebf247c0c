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

// OneSide: one side of the body only (`left only`, `affected side only`).
enum class SideMode { Bilateral, PerSide, Alternating, PerDirection, OneSide };

struct Sides {
  SideMode mode = SideMode::Bilateral;
  OnlySide only = OnlySide::Left;    // OneSide
  // Per side and alternating: right, left (or left first). One side: that
  // side, when known: `left only`, or `affected side only` built with
  // `--affected-side`.
  std::vector<Side> order;
  std::vector<Direction> directions; // per direction: each in turn
  SideSwitch switch_by = SideSwitch::PerSet;
  std::optional<Limb> limb;          // the exercise's limb, for "your left leg only"
  bool from_library = false;         // the routine did not say
};

// The order as words: the sides (`right, left`), or the directions' ids
// (`right, left, centre`).
inline std::vector<std::string> order_words(const Sides& sides) {
  if (sides.mode != SideMode::PerDirection) return to_strings(sides.order);
  std::vector<std::string> out;
  for (const auto& direction : sides.directions) out.push_back(direction.id);
  return out;
}

struct Tempo {
  std::string word;                  // slow, moderate, fast
  std::vector<int> phases;           // 3-1-3
  std::optional<double> seconds_per_rep;
};

// One end of a load: the first week's, or the last week's when it progresses.
struct LoadLevel {
  std::optional<Range> kilograms;    // Weight
  std::optional<Range> as_written;   // Weight: the numbers as written, in `written_unit`
  std::string colour;                // Band
  std::string resistance;            // Band or Effort: light, medium, heavy
};

struct Load {
  // Effort is a load named by how heavy it is (`load light`); Described, one
  // in the routine's words (`load "a shopping bag with tins"`).
  enum class Kind { Weight, Band, Effort, Described };
  Kind kind = Kind::Weight;
  LoadLevel start;
  // `load 2kg -> 4kg`, `load band yellow -> red`: the last week's load, of the
  // same kind and no lighter. docs/schedule.md says how the weeks between move.
  std::optional<LoadLevel> end;
  std::string written_unit;          // Weight: kg or lb, as written at both ends
  std::string description;           // Described
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
  bool from_library = false;         // the exercise's own, kept for this line
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
  std::optional<Quantity> effort_percent;  // `effort 30% -> 70%`: of maximal effort
  std::optional<Range> pain_max;
  bool as_tolerated = false;         // `as tolerated`: the patient may do less
  std::vector<std::string> alternation;
  std::optional<Frequency> frequency;
  // What the patient is offered instead: the line's own variants, then the
  // library's that the line keeps (see Checker::library_variants).
  std::vector<Variant> variants;
  bool no_variants = false;          // `no variants`: none of the library's
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
  std::optional<Range> rounds;       // Circuit: `rounds 3`, `rounds 2..3`
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
  std::optional<Side> affected_side;     // named at build time: `--affected-side left`
  std::vector<std::string> imports;
  SessionTiming session_timing;
  std::vector<Node> body;
  Span span;
};

}  // namespace regimen::program
