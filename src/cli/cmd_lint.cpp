#include "cli/cmd_lint.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/names.h"
#include "cli/common.h"
#include "cli/in_order.h"
#include "diag/render_text.h"
#include "driver/files.h"
#include "vocab/kinds.h"
#include "lint/config.h"
#include "lint/embedded_docs.h"
#include "lint/explain.h"
#include "lint/lint_file.h"
#include "lint/report.h"
#include "lint/rule.h"
#include "lint/settings.h"
#include "version.h"

namespace regimen::cli {
namespace {
namespace fs = std::filesystem;

struct LintCommand {
  CommonOptions common;
  std::vector<std::string> files;
  std::string format = "text";
  std::vector<std::string> deny, warn, allow;
  std::vector<std::string> equipment;
  std::vector<std::string> avoid;
  std::string level;
  std::string max_session;
  std::string max_daily;
  std::string patient_profile;
  std::string config;
  std::string explain;
  bool fix = false;
  bool list_rules = false;
  unsigned jobs = 0;  // 0: one worker per core
};

bool use_color(const CommonOptions& common) {
  return common.color == "always" ||
         (common.color == "auto" && ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr &&
          std::string_view(std::getenv("TERM") ? std::getenv("TERM") : "dumb") != "dumb");
}

int list_rules(std::span<const lint::Rule> rules) {
  std::size_t name_width = 4;
  for (const auto& rule : rules) name_width = std::max(name_width, rule.name.size());
  std::cout << fmt::format("{:<7}{:<{}}  {:<7}{}\n", "ID", "NAME", name_width, "LEVEL", "SUMMARY");
  for (const auto& rule : rules) {
    std::cout << fmt::format("{:<7}{:<{}}  {:<7}{}\n", rule.id, rule.name, name_width, lint::level_name(rule.default_level),
                             rule.summary);
  }
  return kOk;
}

// The command line's levels and profile, checked; nullopt after a usage error.
struct CommandLineSettings {
  std::vector<lint::LevelRequest> levels;
  lint::PatientProfile profile;
};

std::optional<CommandLineSettings> read_command_line(const LintCommand& cmd, std::span<const lint::Rule> rules,
                                                     const Vocabulary& vocabulary) {
  CommandLineSettings out;
  auto add = [&](const std::vector<std::string>& names, lint::RuleLevel level) {
    for (const auto& name : names) out.levels.push_back({name, level});
  };
  add(cmd.deny, lint::RuleLevel::Deny);
  add(cmd.warn, lint::RuleLevel::Warn);
  add(cmd.allow, lint::RuleLevel::Allow);
  lint::LintSettings scratch;
  if (auto problem = lint::apply_levels(rules, out.levels, scratch)) {
    print_error(*problem);
    return std::nullopt;
  }
  // Words of the library's vocabulary, as their ids; nullopt after a usage error.
  auto words = [&](const std::vector<std::string>& given, VocabularyKind kind, std::string_view option,
                   std::string_view what) -> std::optional<std::vector<std::string>> {
    std::vector<std::string> ids;
    for (const auto& word : given) {
      const VocabularyWord* known = vocabulary.find(kind, word);
      if (known == nullptr) {
        auto guess = vocabulary.suggest(kind, word);
        print_error(fmt::format("{}: no {} `{}`{}", option, what, names::shorten(word),
                                guess ? "; " + names::did_you_mean(*guess) : ""));
        return std::nullopt;
      }
      ids.push_back(known->id);
    }
    return ids;
  };
  if (!cmd.equipment.empty()) {
    out.profile.equipment = words(cmd.equipment, VocabularyKind::Equipment, "--equipment", "equipment");
    if (!out.profile.equipment) return std::nullopt;
  }
  if (!cmd.avoid.empty()) {
    auto avoid = words(cmd.avoid, VocabularyKind::Demand, "--avoid", "demand");
    if (!avoid) return std::nullopt;
    out.profile.avoid = std::move(*avoid);
  }
  if (!cmd.common.affected_side.empty()) out.profile.affected_side = parse_word<Side>(cmd.common.affected_side);
  if (!cmd.level.empty()) out.profile.level = parse_level(cmd.level);
  auto seconds = [](const std::string& text, std::string_view option) -> std::optional<double> {
    auto value = parse_time_length(text);
    if (!value) print_error(fmt::format("{} {}: expected a length of time such as 20min, 90s or 1h", option, text));
    return value;
  };
  if (!cmd.max_session.empty() && !(out.profile.max_session_seconds = seconds(cmd.max_session, "--max-session"))) {
    return std::nullopt;
  }
  if (!cmd.max_daily.empty() && !(out.profile.max_daily_seconds = seconds(cmd.max_daily, "--max-daily"))) {
    return std::nullopt;
  }
  return out;
}

// Finds, reads and parses each routine's regimen.toml once, and prints the
// problems of a bad one once.
class Configs {
 public:
  Configs(std::span<const lint::Rule> rules, const Vocabulary& vocabulary, bool color)
      : rules_(rules), vocabulary_(vocabulary), color_(color) {}

  // The config for the routine at `path`: nullptr when there is none; `ok`
  // false when there is one and it cannot be used.
  const lint::LintConfig* for_routine(const std::string& path, const std::string& explicit_config, bool& ok) {
    fs::path config_path;
    if (!explicit_config.empty()) {
      config_path = explicit_config;
    } else {
      fs::path folder = path == "-" ? fs::current_path() : fs::path(path).parent_path();
      if (folder.empty()) folder = ".";
      auto found = lint::find_config(folder);
      if (!found) {
        ok = true;
        return nullptr;
      }
      config_path = shown(*found);
    }
    std::string key = config_path.string();
    auto it = loaded_.find(key);
    if (it == loaded_.end()) it = loaded_.emplace(key, load(key)).first;
    ok = it->second.has_value();
    return ok ? &*it->second : nullptr;
  }

 private:
  // A found config's path as short as it can be shown, from the current folder.
  static fs::path shown(const fs::path& absolute) {
    std::error_code ec;
    fs::path relative = absolute.lexically_proximate(fs::current_path(ec));
    return ec || relative.empty() ? absolute : relative;
  }

  std::optional<lint::LintConfig> load(const std::string& path) {
    std::string error;
    auto text = read_regular_file(path, error);
    if (!text) {
      print_error(fmt::format("cannot read '{}': {}", path, error));
      return std::nullopt;
    }
    Diagnostics problems;
    auto config = lint::parse_config(path, std::move(*text), rules_, vocabulary_, sources_, problems);
    std::cerr << render_text(problems, sources_, TextRenderOptions{color_});
    return config;
  }

  std::span<const lint::Rule> rules_;
  const Vocabulary& vocabulary_;
  bool color_;
  SourceSet sources_;
  std::map<std::string, std::optional<lint::LintConfig>> loaded_;
};

// `--explain RULE`: the rule's documentation and its settings as the
// config in the current folder (or --config) leaves them.
int explain_rule(const LintCommand& cmd, std::span<const lint::Rule> rules) {
  const lint::Rule* rule = lint::find_in(rules, cmd.explain);
  if (rule == nullptr) {
    lint::UnknownRule unknown = lint::unknown_rule(rules, cmd.explain);
    print_error(fmt::format("--explain: {}{}", unknown.message,
                            unknown.guess ? "; " + names::did_you_mean(*unknown.guess) : ""));
    return kUsageOrIo;
  }
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  Configs configs(rules, session->workspace.library().vocabulary(), use_color(cmd.common));
  bool ok = true;
  const lint::LintConfig* config = configs.for_routine("-", cmd.config, ok);
  if (!ok) return kUsageOrIo;
  lint::RuleValues values = config ? config->values : lint::RuleValues{};
  std::string_view docs = embedded_lint_docs().front().text;
  std::cout << lint::explain(*rule, docs, values, config ? config->path : "");
  return kOk;
}

// The patient file of `--patient-profile`, read once; nullopt after a
// problem, which is printed.
std::optional<lint::PatientProfile> read_patient_file(const std::string& path, const Vocabulary& vocabulary, bool color) {
  std::string error;
  auto text = read_regular_file(path, error);
  if (!text) {
    print_error(fmt::format("cannot read '{}': {}", path, error));
    return std::nullopt;
  }
  SourceSet sources;
  Diagnostics problems;
  auto profile = lint::parse_patient_file(path, std::move(*text), vocabulary, sources, problems);
  std::cerr << render_text(problems, sources, TextRenderOptions{color});
  return profile;
}

// One file linted: what it says besides its problems (lines for standard
// error: fixes written, files that could not be read or written), whether
// an I/O problem makes the exit status 2, and its problems.
struct LintedFile {
  std::string messages;
  bool failed = false;
  lint::FileReport report;
  Diagnostics diagnostics;
};

// In the text format, one file's result as it comes back from a worker
// process: its messages, then its problems rendered.
std::string to_bytes(const LintedFile& linted, const DiagnosticPrinter::Rendered& rendered) {
  return fmt::format("{} {}\n", linted.failed ? 1 : 0, linted.messages.size()) + linted.messages + rendered.to_bytes();
}

std::pair<LintedFile, DiagnosticPrinter::Rendered> from_bytes(const std::string& bytes) {
  LintedFile linted;
  std::size_t line_end = bytes.find('\n');
  std::size_t size = 0;
  std::istringstream header(bytes.substr(0, line_end));
  int failed = 0;
  header >> failed >> size;
  linted.failed = failed != 0;
  linted.messages = bytes.substr(line_end + 1, size);
  return {std::move(linted), DiagnosticPrinter::Rendered::from_bytes(bytes.substr(line_end + 1 + size))};
}

int run_lint(const LintCommand& cmd) {
  std::span<const lint::Rule> rules = lint::all_rules();
  if (cmd.list_rules) return list_rules(rules);
  if (!cmd.explain.empty()) return explain_rule(cmd, rules);
  if (cmd.files.empty()) {
    print_error("lint: give the routine files to lint, --explain RULE, or --list-rules");
    return kUsageOrIo;
  }
  if (cmd.fix && std::find(cmd.files.begin(), cmd.files.end(), "-") != cmd.files.end()) {
    print_error("--fix cannot fix standard input: give the routine's file");
    return kUsageOrIo;
  }
  // The library first: the patient's equipment is checked against its words.
  auto session = open_session(cmd.common);
  if (!session) return kUsageOrIo;
  Workspace& workspace = session->workspace;
  const Vocabulary& vocabulary = workspace.library().vocabulary();
  auto command_line = read_command_line(cmd, rules, vocabulary);
  if (!command_line) return kUsageOrIo;
  // The patient file over the configs' [patient], the options over both.
  lint::PatientProfile over_config;
  if (!cmd.patient_profile.empty()) {
    auto from_file = read_patient_file(cmd.patient_profile, vocabulary, use_color(cmd.common));
    if (!from_file) return kUsageOrIo;
    over_config = std::move(*from_file);
  }
  lint::merge_profile(over_config, command_line->profile);
  Configs configs(rules, vocabulary, use_color(cmd.common));

  // Each file's config first, here: a bad one is reported once, before any
  // file is linted, and the workers find every config already read.
  bool failed = false;  // an I/O or configuration problem: exit 2
  std::vector<std::optional<const lint::LintConfig*>> file_configs;
  for (const auto& path : cmd.files) {
    bool config_ok = true;
    const lint::LintConfig* config = configs.for_routine(path, cmd.config, config_ok);
    file_configs.push_back(config_ok ? std::optional(config) : std::nullopt);
    failed = failed || !config_ok;
  }
  auto lint_one = [&](std::size_t i) {
    const std::string& path = cmd.files[i];
    LintedFile out;
    std::string error;
    auto text = path == "-" ? read_stdin(error) : read_file(path, error);
    if (!text) {
      out.messages = error_line(fmt::format("cannot read '{}': {}", path == "-" ? "<stdin>" : path, error));
      out.failed = true;
      return out;
    }
    lint::LintSettings settings = lint::merge_settings(*file_configs[i], command_line->levels, over_config, rules);
    // The routine is built for the patient's affected side, wherever it was given.
    CheckOptions check = session->check;
    if (settings.profile.affected_side) check.affected_side = settings.profile.affected_side;
    std::string original = *text;
    lint::FileLint linted = lint::lint_file(workspace, check, path, std::move(*text), rules, settings, cmd.fix);
    if (cmd.fix && linted.text != original) {
      if (!write_output(path, linted.text, error)) {
        out.messages += error_line(fmt::format("cannot write '{}': {}", path, error));
        out.failed = true;
      } else {
        out.messages += fmt::format("fixed {} problem{} in {}\n", linted.fixed, linted.fixed == 1 ? "" : "s", path);
      }
    }
    if (linted.fix_refused) {
      out.messages +=
          fmt::format("regimen: warning: some fixes in {} were not applied: the routine would not check\n", path);
    }
    out.report = lint::FileReport{path, linted.outcome.has_value(), linted.fixed};
    out.diagnostics = linted.diagnostics();
    return out;
  };

  if (cmd.format == "text") {
    // Files are independent: in the text format each is linted by a worker
    // process and its problems rendered there (cli/in_order.h). Everything
    // is printed once all are done, in the order named, as one process
    // would: the files' messages, then their problems, then the summary.
    CommonOptions text_options = cmd.common;
    text_options.diagnostics_format = "text";
    DiagnosticPrinter printer(workspace, text_options);
    std::vector<DiagnosticPrinter::Rendered> problems;
    bool errors = workspace.library_diagnostics().has_errors();
    auto take = [&](std::size_t i, std::string bytes) {
      if (!file_configs[i]) return;
      auto [linted, rendered] = from_bytes(bytes);
      std::cerr << linted.messages;
      failed = failed || linted.failed;
      errors = errors || rendered.errors > 0;
      problems.push_back(std::move(rendered));
    };
    auto lost = [&](std::size_t i) {
      print_error(fmt::format("linting '{}' stopped unexpectedly", cmd.files[i]));
      failed = true;
    };
    run_in_order(
        cmd.files.size(), worker_count(cmd.jobs, cmd.files.size()),
        [&](std::size_t i) -> std::string {
          if (!file_configs[i]) return "";
          LintedFile linted = lint_one(i);
          return to_bytes(linted, printer.render(linted.diagnostics, workspace.sources()));
        },
        take, lost);
    for (auto& rendered : problems) printer.print(std::move(rendered));
    printer.finish();
    if (failed) return kUsageOrIo;
    return errors ? kInputErrors : kOk;
  }

  // JSON and SARIF are one document over every file, whose spans point into
  // this process's sources: the files are linted here, one after another.
  lint::LintReport report;
  report.diagnostics.append(workspace.library_diagnostics());
  for (std::size_t i = 0; i < cmd.files.size(); ++i) {
    if (!file_configs[i]) continue;
    LintedFile linted = lint_one(i);
    std::cerr << linted.messages;
    failed = failed || linted.failed;
    if (!linted.report.path.empty()) report.files.push_back(std::move(linted.report));
    report.diagnostics.append(linted.diagnostics);
  }

  if (cmd.format == "json") {
    std::cout << lint::report_to_json(report, workspace.sources()).dump(2) << "\n";
  } else {
    std::cout << lint::report_to_sarif(report, workspace.sources(), rules, kVersion).dump(2) << "\n";
  }
  if (failed) return kUsageOrIo;
  return report.diagnostics.has_errors() ? kInputErrors : kOk;
}

}  // namespace

std::function<int()> setup_lint(CLI::App& app) {
  auto cmd = std::make_shared<LintCommand>();
  CLI::App* sub = app.add_subcommand("lint", "Check routines, then judge them as programs for a patient");
  sub->add_option("FILE", cmd->files, "Routine files (.regimen); - reads standard input");
  sub->add_option("--format", cmd->format, "How to print the findings: text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  // Each takes one word (commas inside it separate several), so that the
  // routine files after it are not taken for more rule names.
  auto list_option = [&](const std::string& name, std::vector<std::string>& into, const std::string& help,
                         const std::string& type) {
    sub->add_option(name, into, help)->type_name(type)->delimiter(',')->allow_extra_args(false);
  };
  list_option("--deny", cmd->deny, "Make a rule's findings errors (id or name; repeat, or separate with commas)", "RULE");
  list_option("--warn", cmd->warn, "Make a rule's findings warnings", "RULE");
  list_option("--allow", cmd->allow, "Turn a rule off", "RULE");
  list_option("--equipment", cmd->equipment, "What the patient has, as in band,chair", "LIST");
  list_option("--avoid", cmd->avoid, "What the patient must avoid, as in kneeling,floor (see `regimen lib vocabulary demands`)",
              "LIST");
  sub->add_option("--level", cmd->level, "The patient's level: beginner, intermediate or advanced")
      ->check(CLI::IsMember({"beginner", "intermediate", "advanced"}));
  sub->add_option("--max-session", cmd->max_session, "The longest session the patient can do, as in 20min")
      ->type_name("TIME");
  sub->add_option("--max-daily", cmd->max_daily, "The most exercise the patient can do in a day, as in 1h")
      ->type_name("TIME");
  sub->add_option("--patient-profile", cmd->patient_profile,
                  "Read the patient's profile from this file (the keys of regimen.toml's [patient])")
      ->type_name("FILE");
  sub->add_option("--config", cmd->config, "Use this config file instead of the nearest regimen.toml")
      ->type_name("FILE");
  sub->add_option("--explain", cmd->explain, "Explain a rule: why, a bad and a good example, its settings")
      ->type_name("RULE");
  sub->add_flag("--fix", cmd->fix, "Apply the mechanical fixes to the files, then lint again");
  sub->add_option("-j,--jobs", cmd->jobs,
                  "Lint this many files at once, in worker processes (default: one per core; the text format "
                  "only); the output is the same")
      ->type_name("N");
  sub->add_flag("--list-rules", cmd->list_rules, "List every rule: id, name, default level, summary");
  add_common_options(*sub, cmd->common);
  // --format replaces the compiler's --diagnostics-format here.
  sub->remove_option(sub->get_option("--diagnostics-format"));
  sub->footer(
      "Settings come from the nearest regimen.toml above each routine, then the patient file, then these options.\n"
      "Exit status: 0 no errors (warnings allowed), 1 an error in a routine or a denied finding,\n"
      "2 usage, configuration or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_lint(*cmd) : -1; };
}

}  // namespace regimen::cli
