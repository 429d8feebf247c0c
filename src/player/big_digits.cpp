#include "player/big_digits.h"

#include <array>

namespace regimen::player {
namespace {

// Seven-segment shapes, '#' for a block; a colon is narrower than a digit.
using Glyph = std::array<std::string_view, kBigDigitRows>;
constexpr std::array<Glyph, 10> kDigits = {{
    {"#####", "#   #", "#   #", "#   #", "#####"},
    {"    #", "    #", "    #", "    #", "    #"},
    {"#####", "    #", "#####", "#    ", "#####"},
    {"#####", "    #", "#####", "    #", "#####"},
    {"#   #", "#   #", "#####", "    #", "    #"},
    {"#####", "#    ", "#####", "    #", "#####"},
    {"#####", "#    ", "#####", "#   #", "#####"},
    {"#####", "    #", "    #", "    #", "    #"},
    {"#####", "#   #", "#####", "#   #", "#####"},
    {"#####", "#   #", "#####", "    #", "#####"},
}};
constexpr Glyph kColon = {" ", "#", " ", "#", " "};
constexpr Glyph kBlank = {"     ", "     ", "     ", "     ", "     "};

const Glyph& glyph(char c) {
  if (c >= '0' && c <= '9') return kDigits[static_cast<std::size_t>(c - '0')];
  return c == ':' ? kColon : kBlank;
}

}  // namespace

std::vector<std::string> big_digits(std::string_view text) {
  std::vector<std::string> rows(kBigDigitRows);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Glyph& g = glyph(text[i]);
    for (int r = 0; r < kBigDigitRows; ++r) {
      if (i > 0) rows[r] += "  ";
      for (char cell : g[r]) rows[r] += cell == '#' ? "█" : " ";
    }
  }
  return rows;
}

std::size_t big_digits_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) width += glyph(text[i])[0].size() + (i > 0 ? 2 : 0);
  return width;
}

}  // namespace regimen::player
