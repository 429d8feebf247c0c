// The words an exercise definition's properties take (`kind hold`,
// `position seated`, `equipment band, chair`), for the checker, the linter's
// patient profile and the library browser alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regimen {

// Every property a definition may have, for "did you mean" and the docs.
const std::vector<std::string>& definition_properties();

// The words a property allows (`position` -> standing, seated, ...); empty for
// properties that take any word (`targets`).
const std::vector<std::string>& property_words(std::string_view property);

}  // namespace regimen
