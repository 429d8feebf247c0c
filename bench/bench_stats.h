// Summaries of per-file timings for the front-end benchmark: totals, percentiles, throughput.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace regimen::bench {

// One stage's timings over the corpus, each file's time being its best over the repeats.
struct StageSummary {
  std::string stage;
  std::size_t files = 0;
  double bytes = 0;
  double total_seconds = 0;  // the sum of the per-file times
  double median_seconds = 0;
  double p90_seconds = 0;
  double max_seconds = 0;

  double megabytes_per_second() const { return total_seconds > 0 ? bytes / 1e6 / total_seconds : 0; }
};

// `per_file_seconds[i]` is the time file i took; `bytes` is the corpus size.
StageSummary summarize(std::string stage, std::vector<double> per_file_seconds, double bytes);

}  // namespace regimen::bench
