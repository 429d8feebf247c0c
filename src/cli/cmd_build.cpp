#include "cli/cmd_build.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/common.h"
#include "driver/files.h"
#include "emit/json/program_json.h"

namespace regimen::cli {
namespace {

struct BuildCommand {
  CommonOptions common;
  std::string file;
  std::string emit;
  std::string output = "-";
};

int run_build(const BuildCommand& cmd) {
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  Workspace& workspace = session->workspace;

  auto text = read_input(cmd.file);
  if (!text) return kUsageOrIo;
  Compilation compilation = workspace.compile(cmd.file, std::move(*text), session->check);
  print_diagnostics(workspace, {&compilation.diagnostics}, cmd.common);
  if (!compilation.ok() || workspace.library_diagnostics().has_errors()) return kInputErrors;

  // Only JSON so far; each later format adds a branch here.
  std::string bytes = emit_json(*compilation.program, workspace.sources(), compilation.root);

  if (cmd.output == "-") {
    std::cout << bytes << std::flush;
    if (!std::cout) {
      print_error("cannot write to standard output");
      return kUsageOrIo;
    }
    return kOk;
  }
  std::string error;
  if (!write_file_atomically(cmd.output, bytes, error)) {
    print_error(fmt::format("cannot write '{}': {}", cmd.output, error));
    return kUsageOrIo;
  }
  return kOk;
}

}  // namespace

std::function<int()> setup_build(CLI::App& app) {
  auto cmd = std::make_shared<BuildCommand>();
  CLI::App* sub = app.add_subcommand("build", "Compile a routine file to an output format");
  sub->add_option("FILE", cmd->file, "The routine file (.regimen); - reads standard input")->required();
  sub->add_option("--emit", cmd->emit, "Output format: json")->required()->check(CLI::IsMember({"json"}));
  sub->add_option("-o,--output", cmd->output, "Where to write; - (the default) is standard output")->type_name("OUT");
  add_common_options(*sub, cmd->common);
  sub->footer("Files are written whole or not at all: a failed build leaves an existing OUT untouched.\n"
              "Exit status: 0 written, 1 errors in the routine, 2 usage or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_build(*cmd) : -1; };
}

}  // namespace regimen::cli
