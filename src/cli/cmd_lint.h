// `regimen lint FILE...`: check routines, then judge them as programs for a
// patient: safety, completeness, dose and consistency rules.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

// Adds the subcommand to `app`; returns the function that runs it.
std::function<int()> setup_lint(CLI::App& app);

}  // namespace regimen::cli
