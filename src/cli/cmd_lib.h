// `regimen lib list|show|search`: browse the exercise library.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

std::function<int()> setup_lib(CLI::App& app);

}  // namespace regimen::cli
