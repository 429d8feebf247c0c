// `regimen play FILE`: follow one session of a routine with a timer.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

std::function<int()> setup_play(CLI::App& app);

}  // namespace regimen::cli
