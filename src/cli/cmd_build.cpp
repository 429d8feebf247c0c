#include "cli/cmd_build.h"

#include <fmt/format.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <system_error>

#include "backends/load.h"
#include "cli/common.h"
#include "driver/files.h"
#include "emit/json/program_json.h"
#include "emit/ics/calendar_date.h"
#include "emit/json/schedule_json.h"
#include "emit/html/handout_html.h"
#include "emit/md/handout_md.h"
#include "emit/pdf/handout_pdf.h"
#include "emit/text/handout_text.h"
#include "emit/text/schedule_text.h"
#include "handout/handout.h"
#include "schedule/plan.h"
#include "schedule/timeline.h"

namespace regimen::cli {
namespace {

struct BuildCommand {
  CommonOptions common;
  std::string file;
  std::string emit;
  std::string output = "-";
  int week = 1;
  int day = 0;  // 0: the first day of `week`
  std::string dose = "low";
  std::string session;  // schedule: one session only; empty: all
  std::string stage;    // schedule: the stage --week and --day count in; ics: an undated stage's calendar
  std::string start;  // ics: the first day of week 1
  std::string remind;  // ics: how long before each session an alarm goes off
  // Handouts
  handout::Options handout;
  int tracker_weeks = 0;  // 0: the default
  bool large_print = false;
  std::string paper = "a4";
};

bool is_handout(const std::string& emit) { return emit == "pdf" || emit == "html" || emit == "md" || emit == "text"; }

// SOURCE_DATE_EPOCH, when set to a number: the date a reproducible build stamps.
std::optional<long long> source_date_epoch() {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  if (text == nullptr || *text == '\0') return std::nullopt;
  char* end = nullptr;
  long long value = std::strtoll(text, &end, 10);
  if (*end != '\0' || value < 0) return std::nullopt;
  return value;
}

// The folder the Markdown handout's links to pictures start from: the one
// it is written to.
std::filesystem::path links_from(const std::string& output) {
  std::error_code ec;
  std::filesystem::path here = std::filesystem::current_path(ec);
  if (output == "-") return here;
  return (here / std::filesystem::path(output)).lexically_normal().parent_path();
}

std::optional<std::string> render_handout(const BuildCommand& cmd, const Compilation& compilation) {
  handout::Options options = cmd.handout;
  if (cmd.tracker_weeks > 0) options.tracker_weeks = cmd.tracker_weeks;
  handout::Handout handout =
      handout::make_handout(*compilation.program, *compilation.library, compilation.pictures, options);
  if (cmd.emit == "html") return handout_html(handout, HtmlOptions{cmd.large_print, "en"});
  if (cmd.emit == "md") return handout_markdown(handout, MarkdownOptions{links_from(cmd.output)});
  if (cmd.emit == "text") return handout_text(handout);
  PdfOptions pdf{cmd.paper == "letter" ? Paper::Letter : Paper::A4, cmd.large_print, source_date_epoch()};
  std::string error;
  auto bytes = backends::handout_pdf(handout, pdf, error);
  if (!bytes) print_error("cannot write the PDF: " + error);
  return bytes;
}

// The bytes of one output format, or nullopt after printing a usage error.
std::optional<std::string> render(const BuildCommand& cmd, const Compilation& compilation, const Workspace& workspace) {
  const program::Program& program = *compilation.program;
  if (cmd.emit == "json") return emit_json(program, workspace.sources(), compilation.root);
  if (is_handout(cmd.emit)) return render_handout(cmd, compilation);
  auto dose = *schedule::parse_dose_choice(cmd.dose);
  if (cmd.emit == "ics") {
    // A stage that starts on a sign: its calendar, from the day it starts.
    std::optional<program::Program> staged;
    if (!cmd.stage.empty()) {
      staged = undated_stage(program, cmd.stage);
      if (!staged) return std::nullopt;
    }
    std::string error;
    auto calendar = backends::calendar_for_build(staged ? *staged : program, cmd.start, dose, cmd.remind, error);
    if (!calendar) print_error(error);
    return calendar;
  }
  if (cmd.emit == "plan" || cmd.emit == "plan-json") {
    schedule::Plan plan = schedule::make_plan(program, dose);
    return cmd.emit == "plan" ? plan_text(program, plan) : plan_to_json(program, plan).dump(2) + "\n";
  }
  auto days = chosen_days(program, cmd.week, cmd.day, cmd.stage);
  if (!days) return std::nullopt;
  const program::Program& shown = days->program(program);
  const program::DayRange& period = days->stretch.days;
  std::vector<schedule::Session> split = schedule::sessions(shown);
  std::vector<schedule::SessionTimeline> timelines;
  if (cmd.session.empty()) {
    timelines = schedule::lower_sessions(split, period, dose);
  } else {
    const schedule::Session* chosen = chosen_session(split, cmd.session);
    if (chosen == nullptr) return std::nullopt;
    timelines.push_back({chosen, schedule::lower_session(chosen->program, period, dose)});
  }
  return cmd.emit == "schedule" ? schedule_text(shown, days->stretch, dose, timelines)
                                : schedule_to_json(shown, days->stretch, dose, timelines).dump(2) + "\n";
}

int run_build(const BuildCommand& cmd) {
  // Checked before compiling: a PDF on the terminal is noise.
  if (cmd.emit == "pdf" && cmd.output == "-" && isatty(STDOUT_FILENO)) {
    print_error("a PDF is not for the terminal; write it to a file with -o FILE");
    return kUsageOrIo;
  }
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  int status = kOk;
  auto compilation = compile_input(*session, cmd.file, cmd.common, status);
  if (!compilation) return status;

  auto rendered = render(cmd, *compilation, session->workspace);
  if (!rendered) return kUsageOrIo;
  const std::string& bytes = *rendered;

  return write_result(cmd.output, bytes);
}

}  // namespace

std::function<int()> setup_build(CLI::App& app) {
  auto cmd = std::make_shared<BuildCommand>();
  CLI::App* sub = app.add_subcommand("build", "Compile a routine file to an output format");
  sub->add_option("FILE", cmd->file, "The routine file (.regimen); - reads standard input")->required();
  sub->add_option("--emit", cmd->emit,
                  "Output format: json (the checked program), schedule or schedule-json (each session's timeline), "
                  "plan or plan-json (the program week by week, or day by day), ics (a calendar of the sessions; needs --start), "
                  "pdf, html, md or text (the patient's handout)")
      ->required()
      ->check(CLI::IsMember({"json", "schedule", "schedule-json", "plan", "plan-json", "ics", "pdf", "html", "md", "text"}));
  CLI::Option* week = sub->add_option("--week", cmd->week, "For a schedule: which week's session (default 1), of the program or of --stage")
                          ->check(CLI::Range(1, 520))
                          ->capture_default_str();
  sub->add_option("--day", cmd->day, "For a schedule: which day's session, counted from the program's first (or --stage's)")
      ->check(CLI::Range(1, 520 * 7))
      ->excludes(week);
  sub->add_option("--dose", cmd->dose, "Which end of each range: low (default, the safe start), mid or high")
      ->check(CLI::IsMember({"low", "mid", "high"}))
      ->capture_default_str();
  sub->add_option("--session", cmd->session,
                  "For a schedule: one session only, by its title (or, for a line with its own frequency, its exercise); "
                  "default: every session");
  sub->add_option("--stage", cmd->stage,
                  "For a schedule: the stage --week and --day count from, by its title; for ics: a calendar of a "
                  "stage that starts on a sign, from the day the patient starts it (--start)");
  sub->add_option("--start", cmd->start, "For ics: the first day of the program (week 1)")
      ->check(CLI::Validator(
          [](std::string& text) { return ics::parse_calendar_date(text) ? "" : "not a date in the form YYYY-MM-DD"; },
          "YYYY-MM-DD"));
  sub->add_option("--remind", cmd->remind, "For ics: an alarm this long before each session, as in 15min");
  // Before anything is read: a calendar without a first day is a usage error.
  sub->parse_complete_callback([cmd] {
    if (cmd->emit == "ics" && cmd->start.empty()) throw CLI::RequiredError("--start (the first day, for --emit ics)");
    if (cmd->emit != "ics" && !cmd->remind.empty()) throw CLI::ValidationError("--remind", "only a calendar (--emit ics) has reminders");
    bool schedule = cmd->emit == "schedule" || cmd->emit == "schedule-json";
    if (!schedule && !cmd->session.empty()) throw CLI::ValidationError("--session", "only a schedule (--emit schedule or schedule-json) shows one session");
    if (!schedule && cmd->emit != "ics" && !cmd->stage.empty())
      throw CLI::ValidationError("--stage", "only a schedule or a calendar (--emit schedule, schedule-json or ics) is of one stage");
  });
  sub->add_option("--patient", cmd->handout.patient, "For a handout: the patient's name (default: a line to write it on)");
  sub->add_option("--date", cmd->handout.date, "For a handout: the date to print (default: a line to write it on)");
  sub->add_option("--tracker-weeks", cmd->tracker_weeks, "For a handout: weeks in the tick-box tracker (default 2)")
      ->check(CLI::Range(1, 26));
  sub->add_flag("--large-print", cmd->large_print, "For a handout (pdf, html): body text of at least 16 pt");
  sub->add_option("--paper", cmd->paper, "For a PDF handout: a4 (default) or letter")
      ->check(CLI::IsMember({"a4", "letter"}))
      ->capture_default_str();
  sub->add_option("-o,--output", cmd->output, "Where to write; - (the default) is standard output")->type_name("OUT");
  add_common_options(*sub, cmd->common);
  sub->footer("Files are written whole or not at all: a failed build leaves an existing OUT untouched.\n"
              "Exit status: 0 written, 1 errors in the routine, 2 usage or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_build(*cmd) : -1; };
}

}  // namespace regimen::cli
