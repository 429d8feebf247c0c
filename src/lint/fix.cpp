#include "lint/fix.h"

#include <algorithm>
#include <tuple>

namespace regimen::lint {
namespace {

// Two edits collide when their ranges share a byte, when both insert at the
// same place (their order would be a guess), or when one inserts inside the
// other's range. Edits that only touch end to start do not.
bool collide(const FixIt& a, const FixIt& b) {
  if (a.span.begin == b.span.begin) return true;
  return a.span.begin < b.span.end && b.span.begin < a.span.end;
}

bool inside(const FixIt& fix, FileId file, std::size_t size) {
  return fix.span.file == file && fix.span.begin <= fix.span.end && fix.span.end <= size;
}

std::uint32_t first_position(const FixGroup& group) {
  std::uint32_t first = UINT32_MAX;
  for (const auto& fix : group) first = std::min(first, fix.span.begin);
  return first;
}

}  // namespace

FixOutcome apply_fixes(std::string_view text, FileId file, std::vector<FixGroup> groups) {
  FixOutcome out;
  std::stable_sort(groups.begin(), groups.end(),
                   [](const FixGroup& a, const FixGroup& b) { return first_position(a) < first_position(b); });
  std::vector<FixIt> accepted;
  for (const auto& group : groups) {
    if (group.empty()) continue;
    bool ok = std::all_of(group.begin(), group.end(), [&](const FixIt& fix) { return inside(fix, file, text.size()); });
    // A group must not collide with what is already accepted, nor with itself.
    for (std::size_t i = 0; ok && i < group.size(); ++i) {
      for (const auto& other : accepted) ok = ok && !collide(group[i], other);
      for (std::size_t j = i + 1; ok && j < group.size(); ++j) ok = !collide(group[i], group[j]);
    }
    if (!ok) {
      ++out.skipped;
      continue;
    }
    accepted.insert(accepted.end(), group.begin(), group.end());
    ++out.fixed;
  }
  // From the end backwards, so that each edit's offsets still hold.
  std::sort(accepted.begin(), accepted.end(),
            [](const FixIt& a, const FixIt& b) { return a.span.begin > b.span.begin; });
  out.text = std::string(text);
  for (const auto& fix : accepted) out.text.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
  return out;
}

}  // namespace regimen::lint
