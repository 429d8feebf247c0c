// The sides and directions of one-sided work: `per side` works right then
// left, `per direction (right, left, centre)` moves toward each in turn.
#pragma once

#include <string_view>

#include "vocab/kinds.h"

namespace regimen {

enum class Direction { Right, Left, Centre, Forward };

std::string_view to_string(Direction direction);  // right, left, centre, forward

template <>
struct AllValues<Direction> {
  static constexpr std::array values{Direction::Right, Direction::Left, Direction::Centre, Direction::Forward};
};

// A routine line may spell it the American way; the program says `centre`.
template <>
struct OtherSpellings<Direction> {
  static constexpr std::array<std::pair<std::string_view, Direction>, 1> words{{{"center", Direction::Centre}}};
};

}  // namespace regimen
