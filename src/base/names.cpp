#include "base/names.h"

#include <algorithm>
#include <cctype>

namespace regimen::names {

std::string lookup_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '-' || c == '_' || c == '\'' || c == '\t') continue;
    // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        static_cast<unsigned char>(name[i + 2]) == 0x99) {
      i += 2;
      continue;
    }
    key.push_back(static_cast<char>(std::tolower(c)));
  }
  return key;
}

std::string shorten(std::string_view name, std::size_t max) {
  std::size_t cut = name.size();
  if (cut > max) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out;
  out.reserve(cut + 3);
  for (std::size_t i = 0; i < cut; ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    // U+0080 to U+009F, the C1 controls, are C2 80 to C2 9F.
    auto next = i + 1 < cut ? static_cast<unsigned char>(name[i + 1]) : 0;
    bool c1 = c == 0xC2 && next >= 0x80 && next <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      if (c1) ++i;
    } else {
      out.push_back(name[i]);
    }
  }
  if (cut < name.size()) out += "...";
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {

// The edit distance if it is at most `bound`, else some number above it. A
// file of ten thousand misspelt names asks for ten thousand suggestions, each
// against every name in the library: Nearest::consider rules most candidates
// out by their length alone, and this the rest as soon as a whole row passes
// the bound.
std::size_t distance_within(std::string_view a, std::string_view b, std::size_t bound, std::vector<std::size_t>& row) {
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
      row_best = std::min(row_best, row[j]);
    }
    if (row_best > bound) return bound + 1;
  }
  return row[b.size()];
}

}  // namespace

Nearest::Nearest(std::string_view name)
    : name_(name),
      limit_(std::max<std::size_t>(1, name.size() / 3)),
      // Nobody mistypes a forty-letter name into another one; skipping long
      // names also keeps a pathological input from costing quadratic time.
      hopeless_(name.size() > 40),
      best_distance_(limit_ + 1) {}

void Nearest::consider(std::string_view candidate) {
  if (hopeless_) return;
  std::size_t length_gap = name_.size() > candidate.size() ? name_.size() - candidate.size() : candidate.size() - name_.size();
  if (length_gap > best_distance_) return;
  ++distances_;
  // A tie goes to the first in alphabetical order, so the bound admits one.
  std::size_t d = distance_within(name_, candidate, best_distance_, row_);
  if (d < best_distance_ || (d == best_distance_ && best_ && candidate < *best_)) {
    best_distance_ = d;
    best_ = candidate;
  }
}

std::optional<std::string_view> Nearest::best() const {
  if (!best_ || best_distance_ > limit_) return std::nullopt;
  return best_;
}

namespace {

template <class Candidates>
std::optional<std::string> closest_of(std::string_view name, const Candidates& candidates) {
  Nearest nearest(name);
  for (std::string_view candidate : candidates) nearest.consider(candidate);
  auto best = nearest.best();
  if (!best) return std::nullopt;
  return std::string(*best);
}

}  // namespace

std::optional<std::string> closest(std::string_view name, std::span<const std::string_view> candidates) {
  return closest_of(name, candidates);
}

std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& candidates) {
  return closest_of(name, candidates);
}

std::string did_you_mean(std::string_view guess) { return "did you mean `" + std::string(guess) + "`?"; }

}  // namespace regimen::names
