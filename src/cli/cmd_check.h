// `regimen check FILE...`: parse and check routines; report problems.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

// Adds the subcommand to `app`; returns the function that runs it.
std::function<int()> setup_check(CLI::App& app);

}  // namespace regimen::cli
