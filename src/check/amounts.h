// Converting and checking amounts: units, ranges, counts, progressions.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "vocab/units.h"
#include "diag/diagnostic.h"
#include "program/program.h"

namespace regimen {

// A number as a routine writes it: `10`, `2.5`.
std::string format_number(double value);

// What a clause accepts.
struct Expect {
  std::string_view clause;               // "hold", for messages
  std::vector<Dimension> dimensions;     // the units it takes
  std::optional<Dimension> unitless;     // what a bare number means, if allowed
  bool whole = false;                    // counts must be whole numbers
  bool allow_zero = false;               // rest 0s is no rest; reps 0 is a mistake
  // The most the clause can mean, in its unit (docs/safety.md): a schedule,
  // plan or calendar is built a set, a round and a week at a time, so
  // `x999999999` would take the machine's memory.
  std::optional<double> most = std::nullopt;
};

// The limits of the language on what is built one by one.
inline constexpr int kMostSets = 100;
inline constexpr int kMostRounds = 100;
inline constexpr int kMostWeeks = 520;  // ten years
inline constexpr int kMostDays = kMostWeeks * kDaysPerWeek;

// False, after reporting it, when `value` is above `most`.
// `unit` follows the limit in the message: " weeks", or "" for a count.
bool within_most(const ast::Number& value, std::string_view clause, int most, std::string_view unit,
                 Diagnostics& diagnostics);

struct Converted {
  program::Range range;
  Dimension dimension;
};

struct ConvertedQuantity {
  program::Quantity quantity;
  Dimension dimension;
};

std::optional<Converted> convert(const ast::Amount& amount, const Expect& expect, Diagnostics& diagnostics);
std::optional<ConvertedQuantity> convert(const ast::Quantity& dose, const Expect& expect, Diagnostics& diagnostics);

// `program 10 days`, `over 2 weeks`: one whole number of days or weeks, in
// days, with the unit written.
std::optional<program::Length> convert_length(const ast::Amount& amount, std::string_view clause, Diagnostics& diagnostics);

// A pain or effort score out of 10.
std::optional<program::Range> convert_score(const ast::Score& score, std::string_view what, Diagnostics& diagnostics);
std::optional<program::Range> convert_rpe(const ast::Amount& amount, Diagnostics& diagnostics);

}  // namespace regimen
