// cli/in_order: jobs in worker processes, results handed back in order.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/in_order.h"

using namespace regimen;

namespace {

struct Run {
  std::vector<std::size_t> order;
  std::vector<std::string> results;
  std::vector<std::size_t> lost;
};

template <typename Job>
Run run(std::size_t count, unsigned workers, Job job) {
  Run out;
  cli::run_in_order(
      count, workers, [&](std::size_t i) { return job(i); },
      [&](std::size_t i, std::string result) {
        out.order.push_back(i);
        out.results.push_back(std::move(result));
      },
      [&](std::size_t i) { out.lost.push_back(i); });
  return out;
}

std::string slow_then_fast(std::size_t i) {
  // Early jobs take longest, so later ones finish first in other workers.
  ::usleep(static_cast<useconds_t>((20 - i % 20) * 300));
  return "job " + std::to_string(i) + ":" + std::to_string(::getpid());
}

}  // namespace

TEST_CASE("results come back in order whatever the number of workers", "[in_order]") {
  for (unsigned workers : {1u, 2u, 3u, 5u}) {
    CAPTURE(workers);
    Run r = run(41, workers, slow_then_fast);
    REQUIRE(r.order.size() == 41);
    CHECK(r.lost.empty());
    for (std::size_t i = 0; i < r.order.size(); ++i) {
      CHECK(r.order[i] == i);
      CHECK(r.results[i].starts_with("job " + std::to_string(i) + ":"));
    }
  }
}

TEST_CASE("jobs run in other processes when there are several workers", "[in_order]") {
  const std::string here = ":" + std::to_string(::getpid());
  Run alone = run(4, 1, slow_then_fast);
  for (const auto& result : alone.results) CHECK(result.ends_with(here));
  Run shared = run(4, 2, slow_then_fast);
  for (const auto& result : shared.results) CHECK_FALSE(result.ends_with(here));
}

TEST_CASE("results of any size and any bytes cross the pipe unchanged", "[in_order]") {
  auto big = [](std::size_t i) {
    std::string out(100'000 * (i + 1), '\0');
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = static_cast<char>((k * 31 + i) & 0xFF);
    return out;
  };
  Run r = run(6, 3, big);
  REQUIRE(r.results.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(r.results[i] == big(i));
}

TEST_CASE("a worker that stops early has its remaining jobs reported lost, the others done", "[in_order]") {
  // With 3 workers, the worker of jobs 1, 4, 7, ... dies at job 4.
  auto dies_at_four = [](std::size_t i) -> std::string {
    if (i == 4) ::_exit(3);
    return std::to_string(i);
  };
  Run r = run(10, 3, dies_at_four);
  CHECK(r.lost == std::vector<std::size_t>{4, 7});
  CHECK(r.order == std::vector<std::size_t>{0, 1, 2, 3, 5, 6, 8, 9});
}

TEST_CASE("worker_count is one per core unless asked, and never more than the jobs", "[in_order]") {
  CHECK(cli::worker_count(3, 10) == 3);
  CHECK(cli::worker_count(8, 2) == 2);
  CHECK(cli::worker_count(0, 1) == 1);
  CHECK(cli::worker_count(0, 1000) >= 1);
  CHECK(cli::worker_count(4, 0) == 1);
}

TEST_CASE("a job that throws in a worker stops that worker only", "[in_order]") {
  auto throws_at_two = [](std::size_t i) -> std::string {
    if (i == 2) throw std::runtime_error("job failed");
    return std::to_string(i);
  };
  Run r = run(6, 2, throws_at_two);
  CHECK(r.lost == std::vector<std::size_t>{2, 4});
  CHECK(r.order == std::vector<std::size_t>{0, 1, 3, 5});
}
