// A checked dose: how much of an exercise to do, in one of four closed
// forms, with every amount in one unit (counts, seconds, metres). The
// exercise lines of a program and the library's defaults both use it, and
// every backend reads it with std::visit, so a new form is a compile error
// wherever it is not yet handled.
#pragma once

#include <algorithm>
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
  bool operator==(const Quantity&) const = default;
};

// UpTo: any time to `amount` (`hold up to 30s`). Comfortable: as long as it
// stays comfortable, ended for the schedule by `bound_seconds`.
enum class HoldKind { Timed, UntilPain, UntilText, AtLeast, UpTo, Comfortable };
enum class HoldUnit { Seconds, Breaths };

struct Hold {
  HoldKind kind = HoldKind::Timed;
  HoldUnit unit = HoldUnit::Seconds;
  Quantity amount;                   // Timed, AtLeast, UpTo; for open holds, 0..bound
  std::optional<Range> until_pain;   // UntilPain: the score that ends the hold
  std::optional<Range> start_pain;   // the score it starts at, when given
  std::string until_text;            // UntilText
  // The longest it can last, in seconds: the schedule uses it for open holds.
  std::optional<double> bound_seconds;
  bool bound_from_library = false;   // true when the routine gave no `max`
  bool amount_from_library = false;  // a bare `hold`: the library's brief hold
  bool operator==(const Hold&) const = default;
};

// `reps up to 10`: any number of repetitions to `most`, never more.
struct UpTo {
  Quantity most;
  bool operator==(const UpTo&) const = default;
};

// `reps as many as you can`, perhaps capped (`up to 20`). The schedule counts
// the cap, or else `estimate`, and says the count is an estimate.
struct AsManyAsYouCan {
  std::optional<Range> cap;
  double estimate = 10;
  bool estimate_from_library = false;  // the library's usual count, not the fixed guess
  bool operator==(const AsManyAsYouCan&) const = default;
};

// A count as prescribed: given (`10`, `10..15`, `5 -> 15`), at most, or open.
using RepCount = std::variant<Quantity, UpTo, AsManyAsYouCan>;

// `reps 10`, `reps 10 hold 5s`: repetitions, each held when `hold_each` is
// set, each lasting `each_seconds` when timed (`reps up to 5 for 20s each`).
struct RepsDose {
  RepCount reps;
  std::optional<Hold> hold_each;
  std::optional<Quantity> each_seconds;
  bool operator==(const RepsDose&) const = default;
};

// `hold 20..30s`: one held position.
struct HoldDose {
  Hold hold;
  bool operator==(const HoldDose&) const = default;
};

// `for 20min`
struct TimeDose {
  Quantity seconds;
  bool operator==(const TimeDose&) const = default;
};

// `distance 2km`
struct DistanceDose {
  Quantity metres;
  bool operator==(const DistanceDose&) const = default;
};

// A dose with amounts: what the library suggests, and what an `as advised`
// line is timed by.
using MeasuredDose = std::variant<RepsDose, HoldDose, TimeDose, DistanceDose>;

// `as advised`: the therapist shows the dose. The library's usual dose, when
// it has one, times the session, and every output says it is an estimate.
struct AdvisedDose {
  std::optional<MeasuredDose> usual;
  bool operator==(const AdvisedDose&) const = default;
};

using Dose = std::variant<RepsDose, HoldDose, TimeDose, DistanceDose, AdvisedDose>;

// The dose's numbers: an `as advised` dose's usual one, or the dose itself.
inline std::optional<MeasuredDose> measured(const Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::optional<MeasuredDose> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, AdvisedDose>) return d.usual;
        else return MeasuredDose{d};
      },
      dose);
}

// The most a count can be: its top (over a progression, the larger end), an
// up-to's limit, or an open count's cap or estimate.
inline double top_count(const RepCount& count) {
  auto top = [](const Quantity& q) {
    double high = q.start.max.value_or(q.start.min);
    if (q.end) high = std::max(high, q.end->max.value_or(q.end->min));
    return high;
  };
  if (const auto* q = std::get_if<Quantity>(&count)) return top(*q);
  if (const auto* u = std::get_if<UpTo>(&count)) return top(u->most);
  const auto& open = std::get<AsManyAsYouCan>(count);
  return open.cap ? open.cap->max.value_or(open.cap->min) : open.estimate;
}

// The amounts a dose is written with, any of which may progress.
template <typename AnyDose>
  requires std::is_same_v<AnyDose, Dose> || std::is_same_v<AnyDose, MeasuredDose>
std::vector<const Quantity*> quantities(const AnyDose& dose) {
  return std::visit(
      [](const auto& d) -> std::vector<const Quantity*> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, RepsDose>) {
          std::vector<const Quantity*> out;
          if (const auto* given = std::get_if<Quantity>(&d.reps)) out.push_back(given);
          if (const auto* up_to = std::get_if<UpTo>(&d.reps)) out.push_back(&up_to->most);
          if (d.hold_each) out.push_back(&d.hold_each->amount);
          if (d.each_seconds) out.push_back(&*d.each_seconds);
          return out;
        } else if constexpr (std::is_same_v<T, HoldDose>) {
          return {&d.hold.amount};
        } else if constexpr (std::is_same_v<T, TimeDose>) {
          return {&d.seconds};
        } else if constexpr (std::is_same_v<T, DistanceDose>) {
          return {&d.metres};
        } else {
          static_assert(std::is_same_v<T, AdvisedDose>, "every dose form has its amounts");
          // The usual dose only times the session; it is not prescribed, and does not progress.
          return {};
        }
      },
      dose);
}

// The hold of a dose, if it has one: a held position, or each repetition's.
template <typename AnyDose>
  requires std::is_same_v<AnyDose, Dose> || std::is_same_v<AnyDose, MeasuredDose>
const Hold* hold_of(const AnyDose& dose) {
  if (const auto* r = std::get_if<RepsDose>(&dose)) return r->hold_each ? &*r->hold_each : nullptr;
  if (const auto* h = std::get_if<HoldDose>(&dose)) return &h->hold;
  return nullptr;
}

}  // namespace regimen::program
