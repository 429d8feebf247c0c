// The countdown in large block figures, five rows high, for reading from
// across the room while exercising.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regimen::player {

inline constexpr int kBigDigitRows = 5;

// The rows of `text` (digits and ':') drawn in blocks; other characters
// become blank columns. All rows have the same number of characters.
std::vector<std::string> big_digits(std::string_view text);

// The width of big_digits(text), in characters.
std::size_t big_digits_width(std::string_view text);

}  // namespace regimen::player
