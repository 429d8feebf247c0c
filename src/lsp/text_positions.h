// Positions as the Language Server Protocol counts them: a line from 0, and
// a character as UTF-16 code units from the line's start (a character
// outside the Basic Multilingual Plane, such as an emoji, counts two). The
// compiler counts bytes; these convert between the two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace regimen::lsp {

struct Position {
  std::size_t line = 0;
  std::size_t character = 0;  // UTF-16 code units
  bool operator==(const Position&) const = default;
};

// The byte offset of `position` in `text`. A character past the end of its
// line means the line's end, and a line past the last the text's end, as the
// protocol asks; a position inside a surrogate pair means the character's start.
std::size_t offset_of(std::string_view text, Position position);

// The position of the byte at `offset` (the text's end past it).
Position position_of(std::string_view text, std::size_t offset);

// A letter, digit or `_`: what the words of a routine are made of.
bool word_char(char c);

// The word (word_char) the byte at `offset` is in or just after;
// empty between words.
std::string word_at(std::string_view text, std::size_t offset);

}  // namespace regimen::lsp
