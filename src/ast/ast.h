// The syntax tree of one routine file, as written: no names resolved, no units
// converted. Built once by the parser and never changed afterwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "ast/boxed.h"
#include "base/source.h"
#include "vocab/exercise_words.h"
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
  Boxed<Amount> end;
  Boxed<Amount> over;
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
  // UpTo: `hold up to 30s`, any time to that. Comfortable: `hold as long as
  // comfortable`, perhaps with a cap (`up to 60s`).
  enum class Form { Timed, UntilPain, UntilText, AtLeast, Brief, UpTo, Comfortable };
  Form form = Form::Timed;
  std::optional<Quantity> dose;      // Timed; UpTo: the most
  Boxed<Score> until_pain;           // UntilPain
  std::string until_text;            // UntilText: "the tension releases"
  Boxed<Score> from_pain;            // the pain it starts at, when given
  Boxed<Amount> bound;               // `max 2min`, Comfortable's `up to`; for AtLeast, the floor
  Span span;
};

// How many repetitions: a number, range or progression (`10`, `10..15`,
// `5 -> 15`); at most a number (`up to 10`); or as many as the patient can,
// perhaps capped (`as many as you can up to 20`).
struct RepCount {
  enum class Form { Given, UpTo, AsManyAsYouCan };
  Form form = Form::Given;
  std::optional<Quantity> amount;    // Given, UpTo; AsManyAsYouCan: the cap, when given
  Span span;
};

// How much of an exercise to do: one of four forms, each a closed set of
// clauses. The parser builds it from the clauses in any order and reports
// clauses that fit no form (`reps 10 for 20s`), so none is ever dropped.
struct RepsDose {                      // `reps 10`, `reps 10 hold 5s`
  RepCount reps;
  Boxed<Hold> hold_each;               // each repetition held
  Boxed<Quantity> each_time;           // `reps up to 5 for 20s each`: each repetition lasts this long
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
struct AdvisedDose {                   // `as advised`: the therapist shows the dose
  Span span;
};
using Dose = std::variant<RepsDose, HoldDose, TimeDose, DistanceDose, AdvisedDose>;

// Where each clause of a dose was written, in no particular order.
inline std::vector<Span> clause_spans(const Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::vector<Span> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, RepsDose>) {
          std::vector<Span> out{d.reps.span};
          if (d.hold_each) out.push_back(d.hold_each->span);
          if (d.each_time) out.push_back(d.each_time->span);
          return out;
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          return {d.hold.span};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {d.time.span};
        } else if constexpr (std::is_same_v<T, DistanceDose>) {
          return {d.distance.span};
        } else {
          static_assert(std::is_same_v<T, AdvisedDose>, "every dose form has its clauses");
          return {d.span};
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
          std::vector<const Quantity*> out;
          if (d.reps.amount) out.push_back(&*d.reps.amount);
          if (d.hold_each && d.hold_each->dose) out.push_back(&*d.hold_each->dose);
          if (d.each_time) out.push_back(&*d.each_time);
          return out;
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          if (d.hold.dose) return {&*d.hold.dose};
          return {};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {&d.time};
        } else if constexpr (std::is_same_v<T, DistanceDose>) {
          return {&d.distance};
        } else {
          static_assert(std::is_same_v<T, AdvisedDose>, "every dose form has its amounts");
          return {};
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
  // Only: one side of the body (`left only`, `affected side only`).
  enum class Form { PerSide, Alternating, PerDirection, Only };
  Form form = Form::PerSide;
  std::optional<Name> first;            // `per side left first`
  std::vector<Name> directions;         // `per direction (right, left, centre)`
  std::optional<Name> only;             // left, right, affected, unaffected
  Span span;
};

struct Tempo {
  std::optional<Name> word;             // slow, moderate, fast
  std::vector<Number> phases;           // 3-1-3
  std::optional<Amount> per_rep;        // 4s
  Span span;
};

// One load as written: a weight, a named load or a description. After `->`
// a band's colour or resistance may stand alone (`band yellow -> red`); the
// checker reads `kind` then as the band's.
struct LoadValue {
  std::optional<Amount> weight;         // 2kg, 5lb
  std::optional<Name> kind;             // light, band
  std::optional<Name> detail;           // band's colour or resistance
  std::optional<Name> description;      // "a shopping bag with tins", quoted
  Span span;
};

// `load 2kg`, `load band yellow -> red`: a load, progressing over the
// program when it has an `end`.
struct Load {
  LoadValue start;
  std::optional<LoadValue> end;
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
  // Goal, SeekReview and PainRule are the program's, a stage's or a session's
  // (a goal), never an exercise line's.
  enum class Kind { Cue, Note, Caution, Step, Disclaimer, RedFlag, Goal, SeekReview, PainRule };
  Kind kind = Kind::Note;
  std::string text;
  Span span;
};

// `progress "add 2 repetitions" every 3 days until reps 15`, `progress "add
// load" when "the exercise is pain-free"`: a rule the patient follows, in
// their words, with when it applies and where it stops.
struct Progress {
  std::string text;
  Span text_span;
  std::optional<Amount> every;          // `every 3 days`
  // Where it stops: a dose (`until reps 15`, `until hold 30s`), a sign in
  // words, or neither (it goes on).
  enum class Limit { None, Reps, Hold, Words };
  Limit limit = Limit::None;
  std::optional<Amount> limit_amount;   // Reps, Hold
  std::string limit_words;              // Words
  std::string when;                     // `when "the exercise is pain-free"`
  Span span;
};

// `image "photos/wall_slide.jpg" alt "..."`: a picture of the clinic's own,
// on an exercise's definition or on one line. The file is read, and its alt
// text required, after parsing.
struct Image {
  std::string path;                     // as written, from the file's folder
  Span path_span;
  std::optional<std::string> alt;
  Span span;
};

// `figure quadruped spine -20 -> spine 30 with wall behind`: the figure the
// compiler draws for a library exercise, as written. Every word and number
// keeps its span, so that a diagnostic points at the one at fault; the words
// are looked up by the checker.
struct JointAngle {
  Name joint;                           // `hip`, `near_knee`
  Number degrees;
  Span span;
};

struct FigurePose {
  std::optional<Name> position;         // `quadruped`; an end pose may leave it out
  std::vector<JointAngle> changes;
  std::vector<Name> words;              // words with no angle after the position: `on_heels`
};

struct FigureProp {
  Name prop;                            // `wall`
  std::optional<Name> placement;        // `behind`
  Span span;
};

struct Figure {
  Span keyword;                         // `figure`, where a start with nothing in it is reported
  FigurePose start;
  std::optional<FigurePose> end;        // set when `->` is written, even with nothing after it
  Span arrow;
  std::optional<Name> view;             // `front` in `from front`
  std::vector<FigureProp> props;
  // A word or number out of place, reported when parsing: the rest is
  // checked, but nothing that may only follow from it.
  bool broken = false;
  Span span;
};

// One exercise line: an exercise and how much of it to do.
struct Prescription {
  Name exercise;
  std::optional<Dose> dose;             // unset: the library's default
  std::optional<Quantity> sets;
  std::optional<Quantity> rest;
  std::optional<Sides> sides;
  // The clauses most lines leave out are boxed (see boxed.h).
  Boxed<Tempo> tempo;
  Boxed<Load> load;
  Boxed<Score> rpe;
  Boxed<Quantity> effort;               // `effort 50%`: a share of maximal effort
  Boxed<Score> pain;
  std::optional<Span> as_tolerated;     // `reps 10 as tolerated`
  std::vector<Name> alternation;
  std::optional<Frequency> frequency;
  std::vector<Variant> variants;
  // `no variants`: the library's variants of the exercise are not offered.
  std::optional<Span> no_variants;
  std::vector<Text> texts;
  std::vector<TimingSetting> timing;
  Boxed<Progress> progress;
  std::vector<Image> images;            // in place of the definition's, when given
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
  std::optional<Amount> rounds;  // `rounds 3`, `rounds 2..3`
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

// `session "Strength" on mon, wed, fri { ... }`: exercises done together,
// at their own times; without a frequency, at the routine's.
struct Session {
  std::string title;
  Span title_span;
  std::optional<Frequency> frequency;
  std::vector<Statement> body;
  Span span;
};

// `stage "Early" days 1-14 until "you can walk without a limp" { ... }`:
// one step of a program that moves on after its days, on a sign, or both.
struct Stage {
  std::string title;
  Span title_span;
  struct Days {
    TimeUnit unit = TimeUnit::Days;
    Number first;
    Number last;
    Span span;
  };
  std::optional<Days> days;
  std::optional<std::string> criterion;  // `until "..."`
  Span criterion_span;
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

// A statement that may only stand at the top of a file, or an item of a
// block that cannot hold it; kept so that the checker can say where it was
// misplaced.
struct Misplaced {
  std::string what;                     // "import", "routine", "exercise", "param"; "a step"
  Span span;
};

// A statement a syntax error broke. The error is reported already; the
// checker skips the statement and reports nothing that could follow from it.
struct Invalid {
  // What the statement was, when it declared something the rest of the file
  // may name: "import", "exercise", "vocabulary" or "param"; empty otherwise.
  std::string what;
  // The statements of its block, when it had one: each was parsed on its own
  // and is checked as usual.
  std::vector<Statement> body;
  Span span;
};

struct Statement {
  std::variant<Prescription, Section, Circuit, Phase, Session, Stage, When, Fact, Misplaced, Invalid> node;
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
  std::vector<Image> images;            // in order: a start and an end position, say
  std::vector<Figure> figures;          // one is allowed; a second is reported
  // True when a syntax error broke some of its items: the items that parsed
  // are kept and checked, and routine lines naming the exercise are not
  // checked against what is left.
  bool partial = false;
  Span span;
};

// `equipment step "Step or stair" { aliases stair }`, `target hamstrings`,
// `direction clockwise "clockwise"`: a word of one of the library's open
// vocabularies. Its block may hold `aliases` only; what else it holds is kept
// so that the checker can say it has no place there.
struct VocabularyDef {
  VocabularyKind kind = VocabularyKind::Equipment;
  Name id;
  std::optional<Name> display;
  std::vector<Property> properties;
  std::vector<Misplaced> misplaced;     // steps, cues, variants and defaults in the block
  bool partial = false;                 // a syntax error broke its block
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
  std::vector<VocabularyDef> vocabulary;
  std::vector<Param> params;
  std::optional<Name> routine_title;    // from `routine "..." { }`
  Span routine_span;                    // the header, when there is one
  std::vector<Statement> body;
};

}  // namespace regimen::ast
