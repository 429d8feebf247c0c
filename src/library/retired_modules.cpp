#include "library/retired_modules.h"

#include <array>

namespace regimen {

std::optional<RetiredModule> retired_module(std::string_view name) {
  static const std::array<RetiredModule, 5> kRetired = {{
      {"mobility", {"thoracic", "low_back"}},
      {"stretching", {"thoracic", "low_back", "hip"}},
      {"strengthening", {"thoracic", "low_back"}},
      {"release", {"thoracic"}},
      {"activity", {"conditioning"}},
  }};
  for (const auto& retired : kRetired) {
    if (retired.name == name) return retired;
  }
  return std::nullopt;
}

}  // namespace regimen
