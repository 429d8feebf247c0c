// What every subcommand shares: the library options, parameter values, and
// how diagnostics are printed. Exit codes live here too.
#pragma once

#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "driver/workspace.h"
#include "schedule/sessions.h"
#include "schedule/stages.h"

namespace regimen::cli {

enum ExitCode : int { kOk = 0, kInputErrors = 1, kUsageOrIo = 2 };

struct CommonOptions {
  std::vector<std::string> lib_dirs;
  bool allow_import_outside = false;
  std::vector<std::string> sets;           // name=value
  std::string affected_side;               // left | right | empty: not named
  std::string diagnostics_format = "text"; // text | json
  std::string color = "auto";              // auto | always | never
};

void add_common_options(CLI::App& command, CommonOptions& options);
// Only how problems are printed (--diagnostics-format, --color), for a
// command that reads no library and no parameters (`fmt`).
void add_diagnostic_options(CLI::App& command, CommonOptions& options);

// The library and parameter values for a command, or nullptr after printing
// why not (a bad `--set`, an unreadable `--lib` folder).
struct Session {
  Workspace workspace;
  CheckOptions check;
};
std::unique_ptr<Session> open_session(const CommonOptions& options);

// Reads FILE (or standard input) and compiles it against the session's
// library, printing the diagnostics. Nullopt, with `status` set to the exit
// status, when there is no checked program to go on with.
std::optional<Compilation> compile_input(Session& session, const std::string& path, const CommonOptions& options,
                                         int& status);

// What `--week`, `--day` and `--stage` choose for a schedule or the player:
// the stretch of days (schedule/periods.h) that holds `day`, or when `day`
// is 0 the first day of `week`, both counted from the first day of the
// stage `--stage` names (from day 1 without it). A stage that starts on a
// sign has no date: its days count from the day the patient starts it, in
// the routine as from then (schedule::in_stage), which `staged` holds.
struct DaysChoice {
  std::optional<program::Program> staged;
  schedule::Stretch stretch;
  // The program the schedule reads: `routine`, or the staged one.
  const program::Program& program(const program::Program& routine) const { return staged ? *staged : routine; }
};

// Nullopt, after printing a usage error, when the routine has no such
// stage, or the program or stage no such day or week.
std::optional<DaysChoice> chosen_days(const program::Program& routine, int week, int day, const std::string& stage);

// The session `--session NAME` names (by title, or by the exercise of a line
// with its own frequency); prints the sessions there are, with "did you
// mean", and returns nullptr when none has that name.
const schedule::Session* chosen_session(const std::vector<schedule::Session>& sessions, const std::string& name);

// The routine as from the first day of the stage `--stage NAME` names, for
// a calendar (schedule::in_stage); nullopt, after printing why, when there
// is no such stage or it has days of its own in the program's calendar.
std::optional<program::Program> undated_stage(const program::Program& routine, const std::string& name);

// "`Morning mobility`, `Strength`": the names `--session` takes.
std::string session_names(const std::vector<schedule::Session>& sessions);

// Reads FILE or standard input ("-"); prints the reason and returns nullopt on failure.
std::optional<std::string> read_input(const std::string& path);

// Prints diagnostics (library problems first) in the chosen format, to stderr.
void print_diagnostics(const Workspace& workspace, const std::vector<const Diagnostics*>& lists,
                       const CommonOptions& options);

// The same, one file's list at a time, so that a command checking many files
// can drop each compilation once its problems are out: text is printed as each
// list comes, with one summary at the end; JSON, one document, at the end.
class DiagnosticPrinter {
 public:
  DiagnosticPrinter(const Workspace& workspace, const CommonOptions& options);
  void print(const Diagnostics& list);
  void finish();

  // One file's list rendered where it was made: a command that checks files
  // in several worker processes renders there, against the worker's sources,
  // and prints here, in order (cli/in_order.h).
  struct Rendered {
    std::string text;                                  // the text format
    nlohmann::json records = nlohmann::json::array();  // the JSON format
    std::size_t errors = 0;
    std::size_t warnings = 0;
    // Through a worker's pipe.
    std::string to_bytes() const;
    static Rendered from_bytes(const std::string& bytes);
  };
  Rendered render(const Diagnostics& list, const SourceSet& sources) const;
  void print(Rendered rendered);

 private:
  const Workspace& workspace_;
  bool json_ = false;
  bool color_ = false;
  nlohmann::json records_ = nlohmann::json::array();
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

// Writes a command's output to PATH, or to standard output for `-` (a failed
// write there is reported, for every command, by cli::run). kOk, or
// kUsageOrIo after saying why the file could not be written.
int write_result(const std::string& path, const std::string& bytes);

// Prints "regimen: error: ..." for usage and I/O problems.
void print_error(const std::string& message);
// The same line, for output that is printed later (a worker's result).
std::string error_line(const std::string& message);

}  // namespace regimen::cli
