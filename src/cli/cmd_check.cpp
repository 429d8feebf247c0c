#include "cli/cmd_check.h"

#include <fmt/format.h>

#include <memory>

#include "cli/common.h"
#include "cli/in_order.h"
#include "driver/files.h"

namespace regimen::cli {
namespace {

struct CheckCommand {
  CommonOptions common;
  std::vector<std::string> files;
  unsigned jobs = 0;  // 0: one worker per core
};

int run_check(const CheckCommand& cmd) {
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  Workspace& workspace = session->workspace;

  // Files are independent: they are checked by a worker per core, and each
  // file's problems printed as soon as it and the files before it are done,
  // in the order named. Each compilation is dropped once its problems are
  // rendered, so memory stays flat however many files are named.
  DiagnosticPrinter printer(workspace, cmd.common);
  bool errors = workspace.library_diagnostics().has_errors();
  bool io_failed = false;
  // A result starts with `!` and an I/O error, or is the rendered diagnostics.
  auto check_one = [&](std::size_t i) -> std::string {
    const std::string& path = cmd.files[i];
    std::string error;
    auto text = path == "-" ? read_stdin(error) : read_file(path, error);
    if (!text) return fmt::format("!cannot read '{}': {}", path == "-" ? "<stdin>" : path, error);
    Compilation compilation = workspace.compile(path, std::move(*text), session->check);
    return printer.render(compilation.diagnostics, workspace.sources()).to_bytes();
  };
  auto print_one = [&](std::size_t, std::string result) {
    if (result.starts_with('!')) {
      print_error(result.substr(1));
      io_failed = true;
      return;
    }
    auto rendered = DiagnosticPrinter::Rendered::from_bytes(result);
    errors = errors || rendered.errors > 0;
    printer.print(std::move(rendered));
  };
  auto lost = [&](std::size_t i) {
    print_error(fmt::format("checking '{}' stopped unexpectedly", cmd.files[i]));
    io_failed = true;
  };
  run_in_order(cmd.files.size(), worker_count(cmd.jobs, cmd.files.size()), check_one, print_one, lost);
  printer.finish();
  if (io_failed) return kUsageOrIo;
  return errors ? kInputErrors : kOk;
}

}  // namespace

std::function<int()> setup_check(CLI::App& app) {
  auto cmd = std::make_shared<CheckCommand>();
  CLI::App* sub = app.add_subcommand("check", "Parse and check routine files; print any problems");
  sub->add_option("FILE", cmd->files, "Routine files (.regimen); - reads standard input")->required();
  sub->add_option("-j,--jobs", cmd->jobs,
                  "Check this many files at once, in worker processes (default: one per core); "
                  "the output is the same")
      ->type_name("N");
  add_common_options(*sub, cmd->common);
  sub->footer("Exit status: 0 no errors (warnings allowed), 1 errors in a routine, 2 usage or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_check(*cmd) : -1; };
}

}  // namespace regimen::cli
