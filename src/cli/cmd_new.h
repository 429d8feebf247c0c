// `regimen new --template knee_oa -o my-program.regimen`: start a program
// from one of the library's starter templates.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

std::function<int()> setup_new(CLI::App& app);

}  // namespace regimen::cli
