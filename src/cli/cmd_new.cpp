#include "cli/cmd_new.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "base/names.h"
#include "cli/common.h"
#include "driver/files.h"
#include "templates/templates.h"

namespace regimen::cli {
namespace {

struct NewCommand {
  std::string template_id;
  std::string output = "-";
  bool force = false;
};

std::string template_ids() {
  std::string out;
  for (const auto& t : starter_templates()) out += (out.empty() ? "" : ", ") + t.id;
  return out;
}

int run_new(const NewCommand& cmd) {
  auto found = find_template(cmd.template_id);
  if (!found) {
    auto guess = suggest_template(cmd.template_id);
    print_error(fmt::format("--template {}: no such template{}; `regimen lib templates` lists them: {}",
                            names::shorten(cmd.template_id), guess ? " (" + names::did_you_mean(*guess) + ")" : "",
                            template_ids()));
    return kUsageOrIo;
  }
  if (cmd.output == "-") {
    std::cout << found->text;
    return kOk;
  }
  // A program a therapist has started editing is never overwritten by a
  // fresh copy unless they ask.
  std::error_code ec;
  if (!cmd.force && std::filesystem::exists(cmd.output, ec)) {
    print_error(fmt::format("{} already exists; choose another name, or add --force to replace it", cmd.output));
    return kUsageOrIo;
  }
  std::string error;
  if (!write_output(cmd.output, std::string(found->text), error)) {
    print_error(error);
    return kUsageOrIo;
  }
  std::cerr << fmt::format("Wrote {} from the template {} ({}).\n", cmd.output, found->id, found->condition);
  if (found->fill_ins > 0) {
    std::cerr << fmt::format("Fill in the {} line{} marked `# FILL IN:`, then run `regimen lint {}`.\n",
                             found->fill_ins, found->fill_ins == 1 ? "" : "s", cmd.output);
  }
  return kOk;
}

}  // namespace

std::function<int()> setup_new(CLI::App& app) {
  auto cmd = std::make_shared<NewCommand>();
  CLI::App* sub = app.add_subcommand("new", "Start a program from a starter template for a common condition");
  sub->add_option("--template", cmd->template_id, "The template's id, e.g. knee_oa; `regimen lib templates` lists them")
      ->required();
  sub->add_option("-o,--output", cmd->output, "The file to write; - (the default) is standard output")
      ->type_name("OUT");
  sub->add_flag("--force", cmd->force, "Replace OUT if it exists");
  sub->footer("Exit status: 0 written, 2 unknown template, an existing OUT without --force, or an I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_new(*cmd) : -1; };
}

}  // namespace regimen::cli
