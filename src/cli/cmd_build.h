// `regimen build FILE --emit FORMAT [-o OUT]`: compile a routine to an output.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

std::function<int()> setup_build(CLI::App& app);

}  // namespace regimen::cli
