#include "format/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace regimen {
namespace {

constexpr std::size_t kContext = 3;
// Past this many differing lines the shortest edit is not looked for: the
// whole file is shown as replaced, which is still a correct diff, and the
// search's memory (a row per difference) stays bounded.
constexpr long kMaxDifferences = 4000;

struct Text {
  std::vector<std::string_view> lines;
  bool final_newline = true;
};

Text split_lines(std::string_view text) {
  Text out;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) {
      out.lines.push_back(text);
      out.final_newline = false;
      break;
    }
    out.lines.push_back(text.substr(0, end));
    text.remove_prefix(end + 1);
  }
  return out;
}

enum class Op { keep, remove, add };

// Myers' shortest edit script between a and b, as one operation per line.
// A last line without a newline differs from the same words with one.
bool same_line(const Text& a, long i, const Text& b, long j) {
  auto open_end = [](const Text& t, long k) { return !t.final_newline && k + 1 == static_cast<long>(t.lines.size()); };
  return a.lines[i] == b.lines[j] && open_end(a, i) == open_end(b, j);
}

std::vector<Op> edit_script(const Text& a, const Text& b) {
  const long n = static_cast<long>(a.lines.size()), m = static_cast<long>(b.lines.size());
  const long max = std::min(n + m, kMaxDifferences);
  const long offset = max + 1;
  std::vector<long> v(2 * max + 3, 0);
  std::vector<std::vector<long>> trace;
  long found = -1;
  for (long d = 0; d <= max && found < 0; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && same_line(a, x, b, y)) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Op> ops;
  if (found < 0) {  // too different: all of a out, all of b in
    ops.assign(a.lines.size(), Op::remove);
    ops.insert(ops.end(), b.lines.size(), Op::add);
    return ops;
  }
  long x = n, y = m;
  for (long d = found; d > 0; --d) {
    const std::vector<long>& prev = trace[d];
    long k = x - y;
    long prev_k = (k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1])) ? k + 1 : k - 1;
    long prev_x = prev[offset + prev_k], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      ops.push_back(Op::keep);
      --x, --y;
    }
    ops.push_back(x == prev_x ? Op::add : Op::remove);
    x = prev_x, y = prev_y;
  }
  while (x > 0 && y > 0) {
    ops.push_back(Op::keep);
    --x, --y;
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

std::string hunk_range(std::size_t start, std::size_t count) {
  // A range of no lines names the line before it, as diff(1) writes it.
  if (count == 0) return fmt::format("{},0", start);
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", start + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  Text a = split_lines(before), b = split_lines(after);
  std::vector<Op> ops = edit_script(a, b);
  std::string out = fmt::format("--- {}\n+++ {}\n", path, path);

  // Where each operation stands in a and in b.
  std::vector<std::size_t> at_a(ops.size() + 1), at_b(ops.size() + 1);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    at_a[i + 1] = at_a[i] + (ops[i] != Op::add ? 1 : 0);
    at_b[i + 1] = at_b[i] + (ops[i] != Op::remove ? 1 : 0);
  }
  auto line_of = [&](const Text& text, std::size_t index) {
    std::string line(text.lines[index]);
    line += '\n';
    if (index + 1 == text.lines.size() && !text.final_newline) line += "\\ No newline at end of file\n";
    return line;
  };
  for (std::size_t i = 0; i < ops.size();) {
    if (ops[i] == Op::keep) {
      ++i;
      continue;
    }
    // A hunk: this change and every one within twice the context of it.
    std::size_t begin = i >= kContext ? i - kContext : 0, end = i;
    while (end < ops.size()) {
      std::size_t next = end;
      while (next < ops.size() && ops[next] != Op::keep) ++next;
      std::size_t keeps = next;
      while (keeps < ops.size() && ops[keeps] == Op::keep) ++keeps;
      end = next;
      if (keeps == ops.size() || keeps - next > 2 * kContext) break;
      end = keeps;
    }
    std::size_t stop = std::min(ops.size(), end + kContext);
    out += fmt::format("@@ -{} +{} @@\n", hunk_range(at_a[begin], at_a[stop] - at_a[begin]),
                       hunk_range(at_b[begin], at_b[stop] - at_b[begin]));
    for (std::size_t j = begin; j < stop; ++j) {
      switch (ops[j]) {
        case Op::keep: out += ' ' + line_of(a, at_a[j]); break;
        case Op::remove: out += '-' + line_of(a, at_a[j]); break;
        case Op::add: out += '+' + line_of(b, at_b[j]); break;
      }
    }
    i = stop;
  }
  return out;
}

}  // namespace regimen
