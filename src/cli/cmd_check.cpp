#include "cli/cmd_check.h"

#include <memory>

#include "cli/common.h"

namespace regimen::cli {
namespace {

struct CheckCommand {
  CommonOptions common;
  std::vector<std::string> files;
};

int run_check(const CheckCommand& cmd) {
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  Workspace& workspace = session->workspace;

  // Each file's problems are printed as soon as it is checked, and its
  // compilation dropped: memory stays flat however many files are named.
  DiagnosticPrinter printer(workspace, cmd.common);
  bool errors = workspace.library_diagnostics().has_errors();
  bool io_failed = false;
  for (const auto& path : cmd.files) {
    auto text = read_input(path);
    if (!text) {
      io_failed = true;
      continue;
    }
    Compilation compilation = workspace.compile(path, std::move(*text), session->check);
    printer.print(compilation.diagnostics);
    errors = errors || compilation.diagnostics.has_errors();
  }
  printer.finish();
  if (io_failed) return kUsageOrIo;
  return errors ? kInputErrors : kOk;
}

}  // namespace

std::function<int()> setup_check(CLI::App& app) {
  auto cmd = std::make_shared<CheckCommand>();
  CLI::App* sub = app.add_subcommand("check", "Parse and check routine files; print any problems");
  sub->add_option("FILE", cmd->files, "Routine files (.regimen); - reads standard input")->required();
  add_common_options(*sub, cmd->common);
  sub->footer("Exit status: 0 no errors (warnings allowed), 1 errors in a routine, 2 usage or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_check(*cmd) : -1; };
}

}  // namespace regimen::cli
