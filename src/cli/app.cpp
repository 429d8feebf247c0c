#include "cli/app.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>
#include <utility>

#include "cli/cmd_build.h"
#include "cli/cmd_check.h"
#include "cli/cmd_fmt.h"
#include "cli/cmd_lsp.h"
#include "cli/cmd_lib.h"
#include "cli/cmd_lint.h"
#include "cli/cmd_new.h"
#include "cli/cmd_play.h"
#include "cli/common.h"
#include "version.h"

namespace regimen::cli {
namespace {

int run_command(int argc, char** argv) {
  CLI::App app{"regimen: a language and compiler for exercise routines"};
  app.name("regimen");
  app.set_version_flag("--version", fmt::format("regimen {}", kVersion), "Print the version and exit");
  app.require_subcommand(0, 1);
  app.footer("Run `regimen COMMAND --help` for a command's options.\n"
             "Exit status: 0 ok, 1 errors in the input, 2 usage or I/O problem.");

  // Setting up every command's options is a good part of a start-up of a
  // few milliseconds, so when the first argument names a command only that
  // one is set up, and `--version` alone sets up none. Help, a mistyped
  // command and any other first argument see all of them.
  using Setup = std::function<int()> (*)(CLI::App&);
  static constexpr std::pair<std::string_view, Setup> kCommands[] = {
      {"check", setup_check}, {"build", setup_build}, {"lint", setup_lint},
      {"lib", setup_lib},     {"play", setup_play},   {"new", setup_new},
      {"fmt", setup_fmt},     {"lsp", setup_lsp}};
  std::string_view first = argc > 1 ? std::string_view(argv[1]) : std::string_view();
  bool named = std::any_of(std::begin(kCommands), std::end(kCommands),
                           [&](const auto& command) { return command.first == first; });
  bool version_only = argc == 2 && first == "--version";
  std::vector<std::function<int()>> commands;
  for (const auto& [name, setup] : kCommands) {
    if (version_only || (named && name != first)) continue;
    commands.push_back(setup(app));
  }
  CLI::App* help = app.add_subcommand("help", "Show this help, or a command's: regimen help COMMAND");
  std::string help_topic;
  help->add_option("COMMAND", help_topic, "The command to explain");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? kOk : kUsageOrIo;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e);
    return kOk;
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    std::cerr << "Run `regimen --help` for the commands, or `regimen COMMAND --help` for one command.\n";
    return kUsageOrIo;
  }

  if (help->parsed() || app.get_subcommands().empty()) {
    if (!help_topic.empty()) {
      try {
        CLI::App* topic = app.get_subcommand(help_topic);
        std::cout << topic->get_formatter()->make_help(topic, "regimen " + help_topic, CLI::AppFormatMode::Normal);
        return kOk;
      } catch (const CLI::OptionNotFound&) {
        print_error(fmt::format("no command '{}'; the commands are check, build, lint, lib, play, new, fmt, lsp and help", help_topic));
        return kUsageOrIo;
      }
    }
    // app.help() would describe the parsed subcommand (`help` itself).
    std::cout << app.get_formatter()->make_help(&app, "regimen", CLI::AppFormatMode::Normal);
    return help->parsed() ? kOk : kUsageOrIo;
  }
  for (const auto& command : commands) {
    if (int status = command(); status >= 0) return status;
  }
  return kUsageOrIo;
}

// Whatever a command printed must have reached standard output: a full disk
// or a closed pipe is an I/O problem, never a silent success.
int finish_output(int status) {
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return status;
  int error = errno;
  print_error(fmt::format("cannot write to standard output: {}", error != 0 ? std::strerror(error) : "write failed"));
  return kUsageOrIo;
}

}  // namespace

int run(int argc, char** argv) {
  return finish_output(run_command(argc, argv));
}

}  // namespace regimen::cli
