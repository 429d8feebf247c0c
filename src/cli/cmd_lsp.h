// `regimen lsp`: the language server, over standard input and output.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace regimen::cli {

// Adds the subcommand to `app`; returns the function that runs it.
std::function<int()> setup_lsp(CLI::App& app);

}  // namespace regimen::cli
