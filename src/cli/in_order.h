// Independent jobs in worker processes, their results handed back in order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace regimen::cli {

// How many workers `run_in_order` uses when asked for `requested` (0: one
// per core) for `jobs` jobs.
unsigned worker_count(unsigned requested, std::size_t jobs);

// Runs `job(i)` for every i in [0, count) and calls `take(i, result)` in the
// order of i, as soon as result i is done. With more than one worker the
// jobs run in that many child processes (each takes every `workers`-th job,
// in order, and sends back its results through a pipe); with one they run
// here. Processes rather than threads: the ANTLR runtime's shared caches are
// not safe across threads, and a process shares nothing. Output is thus the
// same whatever the number of workers. A job must not write to standard
// output or error: everything it has to say goes in its result. A worker
// that stops early (it should not) has its remaining jobs reported through
// `lost(i)`.
void run_in_order(std::size_t count, unsigned workers, const std::function<std::string(std::size_t)>& job,
                  const std::function<void(std::size_t, std::string)>& take,
                  const std::function<void(std::size_t)>& lost);

}  // namespace regimen::cli
