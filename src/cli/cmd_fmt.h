// `regimen fmt FILE...`: rewrite routines in their canonical layout.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

// Adds the subcommand to `app`; returns the function that runs it.
std::function<int()> setup_fmt(CLI::App& app);

}  // namespace regimen::cli
