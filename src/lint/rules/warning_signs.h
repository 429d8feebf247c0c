// The warning signs a patient exercising one region of the body must know:
// the signs, in the guidance this linter follows, that mean stopping and
// getting help rather than exercising on (a clot after leg surgery, nerve
// compression in the low back, a vascular problem in the neck).
#pragma once

#include <span>
#include <string_view>

namespace regimen::lint {

struct WarningSign {
  std::string_view what;     // in a message: "pain, swelling or warmth in the calf (a possible blood clot)"
  std::string_view pattern;  // an ECMAScript regex over the lower-case text that names it
};

struct RegionSigns {
  std::string_view region;   // a vocabulary region id
  std::string_view example;  // a red flag naming every sign, in a help line
  std::span<const WarningSign> signs;
};

// Every region with signs of its own; a region not here needs none beyond
// the routine's general cautions.
std::span<const RegionSigns> all_region_signs();

}  // namespace regimen::lint
