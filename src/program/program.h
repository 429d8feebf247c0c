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
#include "program/image.h"

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

// Two frequencies that name the same sessions: rates, times and days alike,
// wherever they were written. None is the routine's unsaid frequency.
inline bool same_sessions(const std::optional<Frequency>& a, const std::optional<Frequency>& b) {
  if (!a || !b) return !a && !b;
  return a->per_day == b->per_day && a->per_week == b->per_week && a->times == b->times && a->days == b->days;
}

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

// `progress "add 2 repetitions" every 3 days until reps 15`: a rule the
// patient follows, said in the routine's words. Its numbers are never worked
// into the week's dose: every output says the rule as written.
struct ProgressRule {
  std::string text;                  // "add 2 repetitions"
  std::optional<Length> every;       // every 3 days
  // Where it stops: a number of repetitions or seconds held (`until reps
  // 15`, in the line's measure), a sign in words, or neither.
  std::variant<std::monostate, Range, std::string> limit;
  Measure limit_measure = Measure::Count;  // Range: repetitions or seconds
  std::string when;                  // `when "the exercise is pain-free"`
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
  std::optional<ProgressRule> progress;
  // What the patient is offered instead: the line's own variants, then the
  // library's that the line keeps (see Checker::library_variants).
  std::vector<Variant> variants;
  bool no_variants = false;          // `no variants`: none of the library's
  Texts texts;
  // The line's own pictures, or else the exercise's definition's.
  std::vector<Image> images;
  bool dose_from_library = false;    // no dosage written; the library's default used
  Timing timing;                     // the library's, with the routine's `timing` and `tempo` applied
  // The days the line applies, over which its progressions run: its phase's,
  // or the whole program's; none outside phases of a program of no length.
  std::optional<DayRange> days;
  Span span;
};

struct Block;
using Node = std::variant<Item, Block>;

// What a therapist writes on a stage, a phase, a session or a section:
// shown where the block is, never on another.
// The last day a stage that never ends on a known day is scheduled to:
// beyond any program (ten years), so that every plan and calendar ends first.
inline constexpr int kMostScheduledDay = 520 * 7;

struct BlockTexts {
  std::vector<std::string> goals;
  std::vector<std::string> notes;
  std::vector<std::string> cautions;
  bool empty() const { return goals.empty() && notes.empty() && cautions.empty(); }
};

struct Block {
  // Session: exercises done together at their own times (`frequency`).
  // Stage: one step of the program, left after its days, on a sign
  // (`criterion`), or both; only at the top of a routine.
  enum class Kind { Section, Circuit, Phase, Session, Stage };
  Kind kind = Kind::Section;
  std::string title;
  std::optional<Range> rounds;       // Circuit: `rounds 3`, `rounds 2..3`
  std::optional<Range> rest_seconds; // Circuit: between rounds
  // Phase: the days it applies, in the unit written. Stage: its days, when
  // they are known: its own, or (no `until`) those of the stage before.
  std::optional<DayRange> days;
  // Stage: the days the schedule places it on. A stage that ends on a day
  // runs its days; one that ends on a sign (or never) runs from the day it
  // is known to start to kMostScheduledDay; one after a stage that ends on a
  // sign has no known days, and no output puts it on a date.
  std::optional<DayRange> runs;
  std::optional<Frequency> frequency;  // Session: none means the routine's
  std::string criterion;             // Stage: "you can walk without a limp"; empty: none
  // Stage or phase: the level its exercises are for, where the patient has
  // moved on from the routine's (`level intermediate` inside the block).
  std::optional<Level> level;
  BlockTexts texts;
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
  std::vector<std::string> seek_review;  // not urgent: "if it has not improved in 2 weeks..."
  std::vector<std::string> pain_rules;   // how much pain is fine, replacing the default advice
  std::vector<std::string> goals;
  std::vector<std::string> notes;
  std::map<std::string, std::string> params;  // name -> chosen value
  std::optional<Side> affected_side;     // named at build time: `--affected-side left`
  std::vector<std::string> imports;
  SessionTiming session_timing;
  std::vector<Node> body;
  Span span;
};

}  // namespace regimen::program
