// The sides and directions of one-sided work: `per side` works right then
// left, `per direction (right, left, centre)` moves toward each in turn.
//
// The two are different things. A side of the body is one of two, and the
// compiler knows both: the schedule says "Switch to the left side", and
// `per side left first` names one. Directions are as many as the library
// defines (`direction clockwise "clockwise"`): the compiler knows none of
// them, so each carries the words a cue says it with ("Now clockwise", "Now
// to the left"), and the schedule reads them without a list of its own.
#pragma once

#include <string>
#include <string_view>

#include "vocab/kinds.h"

namespace regimen {

enum class Side { Right, Left };

std::string_view to_string(Side side);  // right, left

template <>
struct AllValues<Side> {
  static constexpr std::array values{Side::Right, Side::Left};
};

// A direction to move toward, as the library defines it.
struct Direction {
  std::string id;      // what a routine writes and JSON shows: `clockwise`, `left`
  std::string phrase;  // what a cue says after "Now": "clockwise", "to the left"

  bool operator==(const Direction&) const = default;
};

}  // namespace regimen
