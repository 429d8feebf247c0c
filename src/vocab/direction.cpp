#include "vocab/direction.h"

namespace regimen {

std::string_view to_string(Direction direction) {
  switch (direction) {
    case Direction::Right: return "right";
    case Direction::Left: return "left";
    case Direction::Centre: return "centre";
    case Direction::Forward: return "forward";
  }
  return "right";
}

}  // namespace regimen
