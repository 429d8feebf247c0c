// UTF-8 helpers: the compiler accepts only valid UTF-8 and reports the rest.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace regimen::utf8 {

// Number of code points in valid UTF-8; an invalid byte counts as one.
std::size_t count_chars(std::string_view text);

// Byte offsets of the first byte of every invalid sequence.
std::vector<std::uint32_t> invalid_offsets(std::string_view text);

// A copy in which every byte of an invalid sequence is replaced by '?', so
// byte offsets stay the same as in the original.
std::string replace_invalid(std::string_view text);

// A copy for display: every invalid byte becomes U+FFFD, one character each,
// so character columns stay the same as in the original.
std::string for_display(std::string_view text);

// Length in bytes of the (valid) sequence starting at text[i], or 0 if invalid.
std::size_t sequence_length(std::string_view text, std::size_t i);

}  // namespace regimen::utf8
