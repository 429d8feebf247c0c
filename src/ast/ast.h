// The syntax tree of one routine file, as written: no names resolved, no units
// converted. Built once by the parser and never changed afterwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/source.h"
#include "vocab/kinds.h"
#include "vocab/units.h"

namespace regimen::ast {

// A word or a quoted string where a name is expected.
struct Name {
  std::string text;
  Span span;
  bool quoted = false;
};

struct Number {
  double value = 0;
  bool integer = true;
  bool valid = true;  // false after "number too large": later checks stay quiet
  Span span;
};

// `10`, `20..30s`, `2kg`, `3..4 breaths`. A unit written on the low end only
// (`20s..30`) is kept where it was written; the checker decides what it means.
struct Amount {
  Number low;
  std::optional<Number> high;
  std::optional<Name> low_unit;
  std::optional<Name> high_unit;
  Span span;
};

// An amount, possibly progressing over the program (`5 -> 15`) or over a
// time of its own (`5s -> 30s over 10 days`).
struct Quantity {
  Amount start;
  std::optional<Amount> end;
  std::optional<Amount> over;
  Span span;
};

// `6/10`, `2..3/10`.
// A score out of a scale: `pain 3/10`, `rpe 6/10`. `rpe 6` leaves the scale
// unwritten; a pain score always has one.
struct Score {
  Number low;
  std::optional<Number> high;
  std::optional<Number> scale;
  Span span;
};

struct Hold {
  // Brief: a bare `hold`, "hold for a few seconds", timed by the library.
  enum class Form { Timed, UntilPain, UntilText, AtLeast, Brief };
  Form form = Form::Timed;
  std::optional<Quantity> dose;      // Timed
  std::optional<Score> until_pain;   // UntilPain
  std::string until_text;            // UntilText: "the tension releases"
  std::optional<Score> from_pain;    // the pain it starts at, when given
  std::optional<Amount> bound;       // `max 2min`; for AtLeast, the floor
  Span span;
};

// How much of an exercise to do: one of four forms, each a closed set of
// clauses. The parser builds it from the clauses in any order and reports
// clauses that fit no form (`reps 10 for 20s`), so none is ever dropped.
struct RepsDose {                      // `reps 10`, `reps 10 hold 5s`
  Quantity reps;
  std::optional<Hold> hold_each;       // each repetition held
};
struct HoldDose {                      // `hold 20..30s`
  Hold hold;
};
struct TimeDose {                      // `for 20min`
  Quantity time;
};
struct DistanceDose {                  // `distance 2km`
  Quantity distance;
};
using Dose = std::variant<RepsDose, HoldDose, TimeDose, DistanceDose>;

// Where each clause of a dose was written, in no particular order.
inline std::vector<Span> clause_spans(const Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::vector<Span> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, RepsDose>) {
          if (d.hold_each) return {d.reps.span, d.hold_each->span};
          return {d.reps.span};
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          return {d.hold.span};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {d.time.span};
        } else {
          static_assert(std::is_same_v<T, DistanceDose>, "every dose form has its clauses");
          return {d.distance.span};
        }
      },
      dose);
}

// The amounts a dose was written with (`reps 5 -> 15`, `hold 20..30s`, `for
// 20min`), for rules about ranges and progressions; an open hold has none.
inline std::vector<const Quantity*> quantities(const Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::vector<const Quantity*> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, RepsDose>) {
          if (d.hold_each && d.hold_each->dose) return {&d.reps, &*d.hold_each->dose};
          return {&d.reps};
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          if (d.hold.dose) return {&*d.hold.dose};
          return {};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {&d.time};
        } else {
          static_assert(std::is_same_v<T, DistanceDose>, "every dose form has its amounts");
          return {&d.distance};
        }
      },
      dose);
}

// The hold written in a dose, if any: a held position, or each repetition's.
inline const Hold* hold_of(const Dose& dose) {
  if (const auto* r = std::get_if<RepsDose>(&dose)) return r->hold_each ? &*r->hold_each : nullptr;
  if (const auto* h = std::get_if<HoldDose>(&dose)) return &h->hold;
  return nullptr;
}

struct Sides {
  enum class Form { PerSide, Alternating, PerDirection };
  Form form = Form::PerSide;
  std::optional<Name> first;            // `per side left first`
  std::vector<Name> directions;         // `per direction (right, left, centre)`
  Span span;
};

struct Tempo {
  std::optional<Name> word;             // slow, moderate, fast
  std::vector<Number> phases;           // 3-1-3
  std::optional<Amount> per_rep;        // 4s
  Span span;
};

struct Load {
  std::optional<Amount> weight;         // 2kg, 5lb
  std::optional<Name> kind;             // light, band
  std::optional<Name> detail;           // band's colour or resistance
  Span span;
};

// `07:30` as written; the checker decides whether it is a time of day. Each
// number's span covers its digits, which count: `7:5` is not a time.
struct ClockTime {
  Number hour;
  Number minute;
  std::string written;                  // as typed, for messages: digits past a double's precision stay exact
  Span span;
};

// `morning`, or a clock time.
using TimeOfDay = std::variant<Name, ClockTime>;

struct Frequency {
  struct Rate {
    std::optional<Amount> count;        // 2, 3..5
    Name per;                           // day, week; or a word such as `daily`
    Span span;
  };
  std::vector<Rate> rates;
  std::vector<TimeOfDay> times;         // morning, evening, 07:30
  std::vector<Name> days;               // mon, wed
  Span span;
};

struct Variant {
  VariantKind kind = VariantKind::Easier;
  Name target;                          // an exercise, or a quoted description
  std::optional<std::string> condition; // if "no corner is free"
  std::optional<Name> level;            // for beginner
  Span span;
};

// `timing rep 4s, transition 20s`
struct TimingSetting {
  Name key;
  Amount value;
  Span span;
};

struct Text {
  enum class Kind { Cue, Note, Caution, Step, Disclaimer, RedFlag };
  Kind kind = Kind::Note;
  std::string text;
  Span span;
};

// One exercise line: an exercise and how much of it to do.
struct Prescription {
  Name exercise;
  std::optional<Dose> dose;             // unset: the library's default
  std::optional<Quantity> sets;
  std::optional<Quantity> rest;
  std::optional<Sides> sides;
  std::optional<Tempo> tempo;
  std::optional<Load> load;
  std::optional<Score> rpe;
  std::optional<Score> pain;
  std::vector<Name> alternation;
  std::optional<Frequency> frequency;
  std::vector<Variant> variants;
  std::vector<Text> texts;
  std::vector<TimingSetting> timing;
  Span span;
};

struct Statement;

struct Section {
  std::string title;
  std::vector<Statement> body;
  Span span;
};

struct Circuit {
  std::string title;
  std::optional<Number> rounds;
  std::optional<Quantity> rest;
  std::vector<Statement> body;
  Span span;
};

// `weeks 3-4 { ... }`, `days 1-3 { ... }`: what is done in those weeks or
// days only, counted from the program's start.
struct Phase {
  TimeUnit unit = TimeUnit::Weeks;
  Number first;
  Number last;
  std::vector<Statement> body;
  Span span;
};

// `when symptoms = severe { ... }`
struct When {
  Name param;
  Name value;
  std::vector<Statement> body;
  Span span;
};

struct Fact {
  enum class Kind { Title, By, Level, Program, Frequency, Targets, Text, Timing };
  Kind kind = Kind::Title;
  std::string text;                     // Title, By
  std::optional<Name> word;             // Level
  std::optional<Amount> length;         // Program
  std::optional<Frequency> frequency;   // Frequency
  std::vector<Name> names;              // Targets
  std::optional<Text> note;             // Text: caution, disclaimer, red flag, note
  std::vector<TimingSetting> timing;    // Timing
  Span span;
};

// A statement that may only stand at the top of a file; kept in the body so
// that the checker can say where it was misplaced.
struct Misplaced {
  std::string what;                     // "import", "routine", "exercise", "param"
  Span span;
};

// A statement a syntax error broke. The error is reported already; the
// checker skips the statement and reports nothing that could follow from it.
struct Invalid {
  // What the statement was, when it declared something the rest of the file
  // may name: "import", "exercise" or "param"; empty otherwise.
  std::string what;
  // The statements of its block, when it had one: each was parsed on its own
  // and is checked as usual.
  std::vector<Statement> body;
  Span span;
};

struct Statement {
  std::variant<Prescription, Section, Circuit, Phase, When, Fact, Misplaced, Invalid> node;
};

struct Import {
  Name target;                          // a module name, or a quoted path
  bool is_path = false;
  Span span;
};

struct Property {
  Name key;
  std::vector<Name> words;              // identifiers and strings, in order
  std::vector<Amount> amounts;
  Span span;
};

// `exercise id "Display name" { ... }` in a routine file or a library module.
struct ExerciseDef {
  Name id;
  std::optional<Name> display;
  std::vector<Property> properties;
  std::optional<Prescription> defaults;
  std::vector<Text> texts;              // steps, cues, cautions, notes in order
  std::vector<Variant> variants;
  // True when a syntax error broke some of its items: the items that parsed
  // are kept and checked, and routine lines naming the exercise are not
  // checked against what is left.
  bool partial = false;
  Span span;
};

struct Param {
  Name name;
  std::vector<Name> values;
  std::optional<Name> fallback;
  Span span;
};

struct File {
  FileId file = kNoFile;
  // False when the parser stopped before the end of the file (blocks nested
  // too deep, too many syntax errors): the tree is then empty and is not
  // checked. A syntax error the parser recovered from leaves an `Invalid`
  // statement (or a `partial` definition) in a complete tree.
  bool complete = true;
  // False when a `{` is never closed or a `}` has no `{` to close: which
  // block a statement was meant for is then a guess, so no statement is
  // reported as misplaced.
  bool braces_balanced = true;
  std::vector<Import> imports;
  std::vector<ExerciseDef> definitions;
  std::vector<Param> params;
  std::optional<Name> routine_title;    // from `routine "..." { }`
  Span routine_span;                    // the header, when there is one
  std::vector<Statement> body;
};

}  // namespace regimen::ast
