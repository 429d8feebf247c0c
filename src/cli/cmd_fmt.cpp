#include "cli/cmd_fmt.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/common.h"
#include "driver/files.h"
#include "format/format.h"
#include "format/unified_diff.h"

namespace regimen::cli {
namespace {

struct FmtCommand {
  CommonOptions common;
  std::vector<std::string> files;
  bool check = false;
  bool diff = false;
};

int run_fmt(const FmtCommand& cmd) {
  auto session = open_session(cmd.common);  // for printing problems only: fmt reads no library
  if (!session) return kUsageOrIo;
  DiagnosticPrinter printer(session->workspace, cmd.common);
  bool io_failed = false, input_errors = false, would_change = false;
  for (const std::string& path : cmd.files) {
    const bool from_stdin = path == "-";
    const std::string name = from_stdin ? "<stdin>" : path;
    std::string error;
    auto text = from_stdin ? read_stdin(error) : read_file(path, error);
    if (!text) {
      print_error(fmt::format("cannot read '{}': {}", name, error));
      io_failed = true;
      continue;
    }
    SourceSet sources;
    FileId id = sources.add(name, *text);
    Diagnostics diagnostics;
    auto formatted = format_file(sources, id, diagnostics);
    printer.print(printer.render(diagnostics, sources));
    if (!formatted) {  // an error the parser reports: the file is left as it is
      input_errors = true;
      continue;
    }
    const bool changed = *formatted != *text;
    would_change = would_change || changed;
    if (cmd.diff) {
      std::cout << unified_diff(name, *text, *formatted);
    } else if (cmd.check) {
      if (changed) std::cout << name << '\n';
    } else if (from_stdin) {
      std::cout << *formatted;
    } else if (changed && !write_output(path, *formatted, error)) {
      print_error(fmt::format("cannot write '{}': {}", path, error));
      io_failed = true;
    }
  }
  printer.finish();
  if (io_failed) return kUsageOrIo;
  if (input_errors) return kInputErrors;
  return cmd.check && would_change ? kInputErrors : kOk;
}

}  // namespace

std::function<int()> setup_fmt(CLI::App& app) {
  auto cmd = std::make_shared<FmtCommand>();
  CLI::App* sub = app.add_subcommand("fmt", "Rewrite routine files in the canonical layout");
  sub->add_option("FILE", cmd->files, "Routine files (.regimen), rewritten in place; - reads standard input and "
                                      "writes the result to standard output")
      ->required();
  sub->add_flag("--check", cmd->check,
                "Write nothing; list the files that are not formatted, and exit with 1 if there are any");
  sub->add_flag("--diff", cmd->diff, "Write nothing; print what would change, as a unified diff");
  add_diagnostic_options(*sub, cmd->common);
  sub->footer(
      "A file with a syntax error is left as it is, and its problems printed.\n"
      "Exit status: 0 ok, 1 a syntax error (or with --check, a file that would change), 2 usage or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_fmt(*cmd) : -1; };
}

}  // namespace regimen::cli
