#include "cli/cmd_lsp.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "lsp/server.h"
#include "lsp/supervisor.h"
#include "version.h"

namespace regimen::cli {
namespace {

// The documentation the diagnostics link to: installed beside the program,
// or, for a program run from its build folder, the source tree's.
std::string docs_uri() {
  for (const char* dir : {kInstalledDocsDir, kSourceDocsDir}) {
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::path(dir) / "language.md", ec)) return std::string("file://") + dir;
  }
  return {};
}

// Where the built-in library's modules are written for "go to definition":
// the user's cache, a folder per version, as the XDG base directories say.
std::string builtin_dir() {
  std::filesystem::path cache;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && xdg[0] == '/') {
    cache = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0') {
    cache = std::filesystem::path(home) / ".cache";
  } else {
    return {};
  }
  return (cache / "regimen" / (std::string("stdlib-") + kVersion)).string();
}

}  // namespace

std::function<int()> setup_lsp(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("lsp", "Run the language server, over standard input and output, for editors");
  sub->footer("An editor starts it; docs/editors.md says how. It ends on the protocol's `exit`.\n"
              "Exit status: 0 after `shutdown` and `exit`, 1 otherwise.");
  auto worker = std::make_shared<bool>(false);
  // The server itself, started by `regimen lsp` (lsp/supervisor.h); not for people.
  sub->add_flag("--worker", *worker)->group("");
  return [sub, worker]() {
    if (!sub->parsed()) return -1;
    std::ios::sync_with_stdio(false);
    lsp::ServerOptions options{kVersion, docs_uri(), builtin_dir(), {}};
    if (const char* method = std::getenv("REGIMEN_LSP_TEST_ABORT_ON")) options.abort_on = method;
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (*worker || ec) return lsp::serve(std::cin, std::cout, options);
    try {
      return lsp::supervise(std::cin, std::cout, {self.string(), "lsp", "--worker"});
    } catch (const std::exception& e) {
      // Before any input was read: serve without the protection of a worker.
      std::cerr << "regimen lsp: " << e.what() << "; serving in this process\n";
      return lsp::serve(std::cin, std::cout, options);
    }
  };
}

}  // namespace regimen::cli
