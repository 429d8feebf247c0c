#include "bench_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace regimen::bench {
namespace {

// Nearest rank: the smallest time that at least `fraction` of the files stay within.
double percentile(const std::vector<double>& sorted, double fraction) {
  if (sorted.empty()) return 0;
  auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

StageSummary summarize(std::string stage, std::vector<double> per_file_seconds, double bytes) {
  StageSummary out;
  out.stage = std::move(stage);
  out.files = per_file_seconds.size();
  out.bytes = bytes;
  std::sort(per_file_seconds.begin(), per_file_seconds.end());
  out.total_seconds = std::accumulate(per_file_seconds.begin(), per_file_seconds.end(), 0.0);
  out.median_seconds = percentile(per_file_seconds, 0.5);
  out.p90_seconds = percentile(per_file_seconds, 0.9);
  out.max_seconds = per_file_seconds.empty() ? 0 : per_file_seconds.back();
  return out;
}

}  // namespace regimen::bench
