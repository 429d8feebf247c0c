// The bounds a regimen.toml must keep before the TOML parser reads it: its
// size, and how deep its keys, tables and lists go. toml++ recurses once per
// level, so a key of fifty thousand dotted parts would exhaust the stack; one
// pass over the text, which knows TOML's strings and comments, refuses it first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regimen::lint {

// A real config is a few hundred bytes, two tables deep.
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxConfigDepth = 32;

// Where the text first goes past a bound, and what it says about it.
struct ConfigLimitBreak {
  std::uint32_t begin = 0;  // byte range of the fault
  std::uint32_t end = 0;
  std::string message;
  std::string help;
};

// The first place where `text` goes past a bound: larger than
// kMaxConfigBytes, a dotted key of more than kMaxConfigDepth parts, or a
// value nested more than kMaxConfigDepth deep, where each part of a table's
// name or of a key is one level, and so is each list the value is in (the
// keys of an inline table count on from its own level). Dots and brackets
// inside strings and comments do not count. Linear in the text.
std::optional<ConfigLimitBreak> check_config_limits(std::string_view text);

}  // namespace regimen::lint
