#include "vocab/direction.h"

namespace regimen {

std::string_view to_string(Side side) { return side == Side::Right ? "right" : "left"; }

}  // namespace regimen
