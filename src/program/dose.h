// A checked dose: how much of an exercise to do, in one of four closed
// forms, with every amount in one unit (counts, seconds, metres). The
// exercise lines of a program and the library's defaults both use it, and
// every backend reads it with std::visit, so a new form is a compile error
// wherever it is not yet handled.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "program/length.h"

namespace regimen::program {

// An exact value (min == max), a range, or an open one ("at least": no max).
struct Range {
  double min = 0;
  std::optional<double> max;
  bool operator==(const Range&) const = default;
};

// What a quantity counts, which decides the steps a dose worked out from it
// is written in (schedule::clinician_step): whole counts (repetitions, sets,
// breaths), seconds, metres.
enum class Measure { Count, Seconds, Metres };

// A range, possibly progressing to another range: over the days its line
// applies (its phase's, or the program's), or over a time of its own.
struct Quantity {
  Range start;
  std::optional<Range> end;    // set for `from -> to`
  Measure measure = Measure::Count;
  std::optional<Length> over = std::nullopt;  // `over 10 days`: reaches `end` then, and stays there
};

enum class HoldKind { Timed, UntilPain, UntilText, AtLeast };
enum class HoldUnit { Seconds, Breaths };

struct Hold {
  HoldKind kind = HoldKind::Timed;
  HoldUnit unit = HoldUnit::Seconds;
  Quantity amount;                   // Timed and AtLeast; for open holds, 0..bound
  std::optional<Range> until_pain;   // UntilPain: the score that ends the hold
  std::optional<Range> start_pain;   // the score it starts at, when given
  std::string until_text;            // UntilText
  // The longest it can last, in seconds: the schedule uses it for open holds.
  std::optional<double> bound_seconds;
  bool bound_from_library = false;   // true when the routine gave no `max`
  bool amount_from_library = false;  // a bare `hold`: the library's brief hold
};

// `reps 10`, `reps 10 hold 5s`: repetitions, each held when `hold_each` is set.
struct RepsDose {
  Quantity reps;
  std::optional<Hold> hold_each;
};

// `hold 20..30s`: one held position.
struct HoldDose {
  Hold hold;
};

// `for 20min`
struct TimeDose {
  Quantity seconds;
};

// `distance 2km`
struct DistanceDose {
  Quantity metres;
};

using Dose = std::variant<RepsDose, HoldDose, TimeDose, DistanceDose>;

// The amounts a dose is written with, any of which may progress.
inline std::vector<const Quantity*> quantities(const Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::vector<const Quantity*> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, RepsDose>) {
          if (d.hold_each) return {&d.reps, &d.hold_each->amount};
          return {&d.reps};
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          return {&d.hold.amount};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {&d.seconds};
        } else {
          static_assert(std::is_same_v<T, DistanceDose>, "every dose form has its amounts");
          return {&d.metres};
        }
      },
      dose);
}

// The hold of a dose, if it has one: a held position, or each repetition's.
inline const Hold* hold_of(const Dose& dose) {
  if (const auto* r = std::get_if<RepsDose>(&dose)) return r->hold_each ? &*r->hold_each : nullptr;
  if (const auto* h = std::get_if<HoldDose>(&dose)) return &h->hold;
  return nullptr;
}

}  // namespace regimen::program
