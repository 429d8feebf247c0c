// How names are compared and suggested: one rule for the compiler and the CLI.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace regimen::names {

// The key a name is looked up by: lower case, without spaces, hyphens,
// underscores or apostrophes, so "Cat-Cow", "cat_cow" and "cat cow" agree.
std::string lookup_key(std::string_view name);

// The name as quoted in a message: cut to `max` bytes (at a character
// boundary) with "..." so that a pathological input cannot flood the output,
// and each control character shown as U+FFFD, so that a name decoded from an
// escape such as "\u001b" cannot send codes to the terminal.
std::string shorten(std::string_view name, std::size_t max = 60);

// Levenshtein distance, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The nearest of the candidates shown to it, one at a time, so that a caller
// with its names in a map need not copy them. A candidate counts if it is
// within a third of the name's length (and at least one edit): a guess
// further away misleads more than it helps. Candidates whose length alone
// rules them out cost no distance, and a distance stops as soon as it passes
// the best so far, so a suggestion against thousands of names stays cheap.
class Nearest {
 public:
  explicit Nearest(std::string_view name);
  void consider(std::string_view candidate);
  // The best candidate; a tie goes to the first in alphabetical order.
  std::optional<std::string_view> best() const;
  // How many edit distances were computed (the rest were skipped by length).
  std::size_t distances_computed() const { return distances_; }

 private:
  std::string_view name_;
  std::size_t limit_ = 0;
  bool hopeless_ = false;
  std::optional<std::string_view> best_;
  std::size_t best_distance_ = 0;
  std::size_t distances_ = 0;
  std::vector<std::size_t> row_;
};

// The closest candidate, by the rule of `Nearest`.
std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& candidates);
std::optional<std::string> closest(std::string_view name, std::span<const std::string_view> candidates);

// "did you mean `guess`?": the one wording of a suggestion, in diagnostics
// and usage errors alike.
std::string did_you_mean(std::string_view guess);

}  // namespace regimen::names
