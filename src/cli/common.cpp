#include "cli/common.h"

#include "base/names.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "diag/render_json.h"
#include "diag/render_text.h"
#include "driver/files.h"
#include "schedule/periods.h"

namespace regimen::cli {
namespace {

// Parses `--set name=value` pairs; a malformed one is a usage error.
std::optional<std::map<std::string, std::string>> parse_sets(const std::vector<std::string>& sets) {
  std::map<std::string, std::string> out;
  for (const auto& set : sets) {
    auto eq = set.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == set.size()) {
      print_error(fmt::format("--set {}: expected NAME=VALUE", set));
      return std::nullopt;
    }
    out[set.substr(0, eq)] = set.substr(eq + 1);
  }
  return out;
}

}  // namespace


void add_common_options(CLI::App& command, CommonOptions& options) {
  // Each --lib and --set takes one value: without allow_extra_args(false) the
  // option would swallow the routine files that follow it on the line.
  command.add_option("--lib", options.lib_dirs, "Add the exercises in DIR/*.regimen, overriding built-in ones")
      ->type_name("DIR")
      ->allow_extra_args(false);
  command.add_flag("--allow-import-outside", options.allow_import_outside,
                   "Let imports name .regimen files outside the routine's folder and the --lib folders");
  command.add_option("--set", options.sets, "Give a routine parameter a value, as in --set symptoms=severe")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  command.add_option("--affected-side", options.affected_side,
                     "The patient's affected side, left or right: what `affected side only` works")
      ->check(CLI::IsMember({"left", "right"}))
      ->type_name("SIDE");
  add_diagnostic_options(command, options);
}

void add_diagnostic_options(CLI::App& command, CommonOptions& options) {
  command.add_option("--diagnostics-format", options.diagnostics_format, "How to print problems: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command.add_option("--color", options.color, "Colour in text diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

std::unique_ptr<Session> open_session(const CommonOptions& options) {
  auto sets = parse_sets(options.sets);
  if (!sets) return nullptr;
  auto session = std::make_unique<Session>(
      Session{Workspace(WorkspaceOptions{options.lib_dirs, {}, options.allow_import_outside}), CheckOptions{*sets, parse_word<Side>(options.affected_side)}});
  for (const auto& e : session->workspace.io_errors()) print_error(e);
  if (!session->workspace.io_errors().empty()) return nullptr;
  return session;
}

std::optional<Compilation> compile_input(Session& session, const std::string& path, const CommonOptions& options,
                                         int& status) {
  auto text = read_input(path);
  if (!text) {
    status = kUsageOrIo;
    return std::nullopt;
  }
  Workspace& workspace = session.workspace;
  Compilation compilation = workspace.compile(path, std::move(*text), session.check);
  print_diagnostics(workspace, {&compilation.diagnostics}, options);
  if (!compilation.ok() || workspace.library_diagnostics().has_errors()) {
    status = kInputErrors;
    return std::nullopt;
  }
  return compilation;
}

namespace {

// The stage `--stage NAME` names, or nullptr after printing the stages there are.
const program::Block* chosen_stage(const program::Program& routine, const std::string& name) {
  if (const program::Block* found = schedule::find_stage(routine, name)) return found;
  std::vector<std::string> titles;
  for (const program::Block* stage : schedule::stages(routine)) titles.push_back(stage->title);
  if (titles.empty()) {
    print_error(fmt::format("--stage '{}': the routine has no stages", names::shorten(name)));
    return nullptr;
  }
  std::vector<std::string> quoted;
  for (const auto& t : titles) quoted.push_back(fmt::format("`{}`", t));
  std::string message = fmt::format("--stage '{}': the routine has no such stage; it has {}", names::shorten(name),
                                    fmt::join(quoted, ", "));
  if (auto guess = names::closest(name, titles)) message += "; " + names::did_you_mean(*guess);
  print_error(message);
  return nullptr;
}

}  // namespace

std::optional<program::Program> undated_stage(const program::Program& routine, const std::string& name) {
  const program::Block* stage = chosen_stage(routine, name);
  if (stage == nullptr) return std::nullopt;
  if (stage->runs) {
    print_error(fmt::format("--stage '{}': the stage starts on day {} of the program, and the calendar from --start "
                            "already has it; --stage is for a stage that starts on a sign",
                            names::shorten(name), stage->runs->first));
    return std::nullopt;
  }
  return schedule::in_stage(routine, *stage);
}

std::optional<DaysChoice> chosen_days(const program::Program& routine, int week, int day, const std::string& stage_name) {
  DaysChoice out;
  int first = 1;                                // the day --week 1 and --day 1 are
  int last = schedule::last_schedule_day(routine);  // the last they may reach
  std::string whose = "the program";
  if (!stage_name.empty()) {
    const program::Block* stage = chosen_stage(routine, stage_name);
    if (stage == nullptr) return std::nullopt;
    whose = fmt::format("the stage `{}`", stage->title);
    if (stage->runs) {
      first = stage->runs->first;
      last = std::min(last, stage->runs->last);
    } else {
      out.staged = schedule::in_stage(routine, *stage);
      out.stretch.from_stage_start = true;
      last = schedule::last_schedule_day(*out.staged);
    }
  }
  const program::Program& program = out.program(routine);
  int wanted = first - 1 + (day > 0 ? day : program::first_day_of_week(week));
  if (wanted > last) {
    // What there is, in the unit asked for: "6 weeks", "10 days".
    int count = last - first + 1;
    bool in_days = day > 0 || count % kDaysPerWeek != 0 || (program.length && program.length->unit == TimeUnit::Days);
    std::string has = program::length_words({count, in_days ? TimeUnit::Days : TimeUnit::Weeks});
    print_error(day > 0 ? fmt::format("--day {}: {} has {}", day, whose, has)
                        : fmt::format("--week {}: {} has {}", week, whose, has));
    return std::nullopt;
  }
  out.stretch.days = schedule::period_of(program, wanted);
  return out;
}

std::string session_names(const std::vector<schedule::Session>& sessions) {
  std::vector<std::string> names;
  for (const auto& s : sessions) {
    names.push_back(s.origin == schedule::Session::Origin::Routine ? "`routine` (the lines in no session)"
                                                                   : fmt::format("`{}`", s.title));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

const schedule::Session* chosen_session(const std::vector<schedule::Session>& sessions, const std::string& name) {
  for (const auto& s : sessions) {
    if (s.origin == schedule::Session::Origin::Routine && name == "routine") return &s;
  }
  if (const auto* found = schedule::find_session(sessions, name)) return found;
  std::vector<std::string> titles;
  for (const auto& s : sessions) titles.push_back(s.origin == schedule::Session::Origin::Routine ? "routine" : s.title);
  std::string message = fmt::format("--session '{}': the routine has no such session; it has {}", names::shorten(name),
                                    session_names(sessions));
  if (auto guess = names::closest(name, titles)) message += "; " + names::did_you_mean(*guess);
  print_error(message);
  return nullptr;
}

std::optional<std::string> read_input(const std::string& path) {
  std::string error;
  auto text = path == "-" ? read_stdin(error) : read_file(path, error);
  if (!text) print_error(fmt::format("cannot read '{}': {}", path == "-" ? "<stdin>" : path, error));
  return text;
}

DiagnosticPrinter::DiagnosticPrinter(const Workspace& workspace, const CommonOptions& options)
    : workspace_(workspace), json_(options.diagnostics_format == "json") {
  const char* term = std::getenv("TERM");
  color_ = options.color == "always" ||
           (options.color == "auto" && ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr &&
            std::string_view(term ? term : "dumb") != "dumb");
  print(workspace.library_diagnostics());
}

void DiagnosticPrinter::print(const Diagnostics& list) { print(render(list, workspace_.sources())); }

DiagnosticPrinter::Rendered DiagnosticPrinter::render(const Diagnostics& list, const SourceSet& sources) const {
  Rendered out;
  out.errors = list.error_count();
  out.warnings = list.warning_count();
  if (json_) {
    for (const auto& d : list.all()) out.records.push_back(diagnostic_to_json(d, sources));
    return out;
  }
  // The text shows the first problems of each file; the summary counts them all.
  Diagnostics sorted;
  sorted.append(list);
  sorted.sort();
  out.text = render_text(sorted, sources, TextRenderOptions{color_});
  return out;
}

// A header line with the counts and the text's length, the text as it is
// (it is printed byte for byte), then the JSON records.
std::string DiagnosticPrinter::Rendered::to_bytes() const {
  std::string out = fmt::format("{} {} {}\n", errors, warnings, text.size());
  out += text;
  if (!records.empty()) out += records.dump();
  return out;
}

DiagnosticPrinter::Rendered DiagnosticPrinter::Rendered::from_bytes(const std::string& bytes) {
  Rendered out;
  std::size_t text_size = 0;
  std::size_t line_end = bytes.find('\n');
  std::istringstream header(bytes.substr(0, line_end));
  header >> out.errors >> out.warnings >> text_size;
  std::size_t text_start = line_end + 1;
  out.text = bytes.substr(text_start, text_size);
  if (text_start + text_size < bytes.size()) out.records = nlohmann::json::parse(bytes.substr(text_start + text_size));
  return out;
}

void DiagnosticPrinter::print(Rendered rendered) {
  errors_ += rendered.errors;
  warnings_ += rendered.warnings;
  if (json_) {
    for (auto& record : rendered.records) records_.push_back(std::move(record));
    return;
  }
  std::cerr << rendered.text;
}

void DiagnosticPrinter::finish() {
  if (json_) {
    std::cerr << diagnostics_document(std::move(records_), errors_, warnings_).dump(2) << "\n";
  } else {
    std::cerr << render_summary(errors_, warnings_);
  }
}

void print_diagnostics(const Workspace& workspace, const std::vector<const Diagnostics*>& lists,
                       const CommonOptions& options) {
  DiagnosticPrinter printer(workspace, options);
  for (const auto* list : lists) printer.print(*list);
  printer.finish();
}

std::string error_line(const std::string& message) { return "regimen: error: " + message + "\n"; }

void print_error(const std::string& message) { std::cerr << error_line(message); }

int write_result(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    return kOk;
  }
  std::string error;
  if (!write_output(path, bytes, error)) {
    print_error(fmt::format("cannot write '{}': {}", path, error));
    return kUsageOrIo;
  }
  return kOk;
}

}  // namespace regimen::cli
