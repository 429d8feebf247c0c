#include "cli/cmd_play.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <memory>

#include "cli/common.h"
#include "player/player.h"
#include "schedule/sessions.h"
#include "schedule/timeline.h"

namespace regimen::cli {
namespace {

// Beyond this a session is over before the first look at the clock.
constexpr double kMaxSpeed = 1e6;

struct PlayCommand {
  CommonOptions common;
  std::string file;
  int week = 1;
  int day = 0;  // 0: the first day of `week`
  std::string dose = "low";
  std::string session;  // empty: the routine's only session
  std::string stage;    // the stage --week and --day count from; empty: the program
  double speed = 1;
  bool no_bell = false;
};

int run_play(const PlayCommand& cmd) {
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  int status = kOk;
  auto compilation = compile_input(*session, cmd.file, cmd.common, status);
  if (!compilation) return status;

  auto days = chosen_days(*compilation->program, cmd.week, cmd.day, cmd.stage);
  if (!days) return kUsageOrIo;
  const program::Program& program = days->program(*compilation->program);
  const program::DayRange& period = days->stretch.days;
  std::vector<schedule::Session> split = schedule::sessions(program);
  const schedule::Session* chosen = schedule::main_session(split);
  if (!cmd.session.empty()) {
    chosen = chosen_session(split, cmd.session);
    if (chosen == nullptr) return kUsageOrIo;
  } else if (chosen == nullptr) {
    print_error(fmt::format("the routine has {} sessions; choose one with --session NAME: {}", split.size(),
                            session_names(split)));
    return kUsageOrIo;
  }
  schedule::Timeline timeline = schedule::lower_session(chosen->program, period, *schedule::parse_dose_choice(cmd.dose));
  if (timeline.entries.empty() && split.size() > 1) {
    // The stages that hold the session: where the patient finds it.
    std::vector<std::string> holding;
    for (const program::Block* stage : schedule::stages_holding(chosen->program))
      holding.push_back(fmt::format("--stage \"{}\"", stage->title));
    std::string hint = holding.empty() ? "try another --week or --day"
                                       : fmt::format("it is done in its stages: try {}", fmt::join(holding, " or "));
    print_error(fmt::format("the session `{}` has no exercises in {}; {}", chosen->title,
                            schedule::stretch_label(program, days->stretch), hint));
    return kUsageOrIo;
  }
  // --color and NO_COLOR govern the screen's colours as they do the diagnostics'.
  bool color = cmd.common.color == "always" || (cmd.common.color == "auto" && std::getenv("NO_COLOR") == nullptr);
  // "Knee strength: Strength": the screen names the session among several.
  std::string title = program.title;
  if (split.size() > 1 && !chosen->title.empty())
    title = fmt::format("{}: {}", title.empty() ? "Routine" : title, chosen->title);
  return player::play(title, timeline, player::PlayOptions{cmd.speed, !cmd.no_bell, color});
}

}  // namespace

std::function<int()> setup_play(CLI::App& app) {
  auto cmd = std::make_shared<PlayCommand>();
  CLI::App* sub = app.add_subcommand("play", "Follow one session of a routine with a timer");
  sub->add_option("FILE", cmd->file, "The routine file (.regimen); - reads standard input")->required();
  CLI::Option* week =
      sub->add_option("--week", cmd->week, "Which week's session (default 1), of the program or of --stage")->check(CLI::Range(1, 520))->capture_default_str();
  sub->add_option("--day", cmd->day, "Which day's session, counted from the program's first (or --stage's)")
      ->check(CLI::Range(1, 520 * 7))
      ->excludes(week);
  sub->add_option("--dose", cmd->dose, "Which end of each range: low (default, the safe start), mid or high")
      ->check(CLI::IsMember({"low", "mid", "high"}))
      ->capture_default_str();
  sub->add_option("--session", cmd->session,
                  "Which session, by its title (or, for a line with its own frequency, its exercise); "
                  "needed when the routine has more than one");
  sub->add_option("--stage", cmd->stage, "The stage --week and --day count from, by its title (a stage that starts on a "
                                         "sign has no date: its first day is the day the patient starts it)");
  sub->add_option("--speed", cmd->speed, "Run the clock X times faster (X > 0; for trying a routine out)")
      ->type_name("X")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            double x = 0;
            try {
              std::size_t used = 0;
              x = std::stod(value, &used);
              if (used != value.size()) x = 0;
            } catch (const std::exception&) {
              x = 0;
            }
            if (std::isfinite(x) && x > 0 && x <= kMaxSpeed) return "";
            return fmt::format("expected a number greater than 0 and at most {}, got '{}'", static_cast<long long>(kMaxSpeed), value);
          },
          "", "speed"));
  sub->add_flag("--no-bell", cmd->no_bell, "Do not ring the terminal bell when a step changes");
  add_common_options(*sub, cmd->common);
  sub->footer("Keys: space pauses and resumes, n skips to the next step, q quits.\n"
              "When standard output is not a terminal, each step is printed as a line as it starts.\n"
              "Exit status: 0 finished or quit, 1 errors in the routine, 2 usage or I/O problem,\n"
              "130 stopped by Ctrl-C.");
  return [cmd, sub]() { return sub->parsed() ? run_play(*cmd) : -1; };
}

}  // namespace regimen::cli
