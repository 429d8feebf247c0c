#include "cli/cmd_lint.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/names.h"
#include "cli/common.h"
#include "diag/render_text.h"
#include "driver/files.h"
#include "vocab/kinds.h"
#include "lint/config.h"
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
  std::string level;
  std::string max_session;
  std::string config;
  bool fix = false;
  bool list_rules = false;
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
  if (!cmd.equipment.empty()) {
    out.profile.equipment.emplace();
    for (const auto& word : cmd.equipment) {
      const VocabularyWord* known = vocabulary.find(VocabularyKind::Equipment, word);
      if (known == nullptr) {
        auto guess = vocabulary.suggest(VocabularyKind::Equipment, word);
        print_error(fmt::format("--equipment: no equipment `{}`{}", names::shorten(word),
                                guess ? "; " + names::did_you_mean(*guess) : ""));
        return std::nullopt;
      }
      out.profile.equipment->push_back(known->id);
    }
  }
  if (!cmd.level.empty()) out.profile.level = parse_level(cmd.level);
  if (!cmd.max_session.empty()) {
    out.profile.max_session_seconds = parse_time_length(cmd.max_session);
    if (!out.profile.max_session_seconds) {
      print_error(fmt::format("--max-session {}: expected a length of time such as 20min, 90s or 1h", cmd.max_session));
      return std::nullopt;
    }
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

int run_lint(const LintCommand& cmd) {
  std::span<const lint::Rule> rules = lint::all_rules();
  if (cmd.list_rules) return list_rules(rules);
  if (cmd.files.empty()) {
    print_error("lint: give the routine files to lint, or --list-rules");
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
  Configs configs(rules, vocabulary, use_color(cmd.common));

  lint::LintReport report;
  report.diagnostics.append(workspace.library_diagnostics());
  std::vector<Diagnostics> per_file;  // for the text renderer, which adds the library's itself
  bool failed = false;                // an I/O or configuration problem: exit 2
  for (const auto& path : cmd.files) {
    bool config_ok = true;
    const lint::LintConfig* config = configs.for_routine(path, cmd.config, config_ok);
    if (!config_ok) {
      failed = true;
      continue;
    }
    auto text = read_input(path);
    if (!text) {
      failed = true;
      continue;
    }
    lint::LintSettings settings = lint::merge_settings(config, command_line->levels, command_line->profile, rules);
    std::string original = *text;
    lint::FileLint linted = lint::lint_file(workspace, session->check, path, std::move(*text), rules, settings, cmd.fix);
    if (cmd.fix && linted.text != original) {
      std::string error;
      if (!write_output(path, linted.text, error)) {
        print_error(fmt::format("cannot write '{}': {}", path, error));
        failed = true;
      } else {
        std::cerr << fmt::format("fixed {} problem{} in {}\n", linted.fixed, linted.fixed == 1 ? "" : "s", path);
      }
    }
    if (linted.fix_refused) {
      std::cerr << fmt::format("regimen: warning: some fixes in {} were not applied: the routine would not check\n", path);
    }
    report.files.push_back(lint::FileReport{path, linted.outcome.has_value(), linted.fixed});
    per_file.push_back(linted.diagnostics());
    report.diagnostics.append(per_file.back());
  }

  if (cmd.format == "text") {
    std::vector<const Diagnostics*> lists;
    for (const auto& d : per_file) lists.push_back(&d);
    CommonOptions text_options = cmd.common;
    text_options.diagnostics_format = "text";
    print_diagnostics(workspace, lists, text_options);
  } else if (cmd.format == "json") {
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
  sub->add_option("--level", cmd->level, "The patient's level: beginner, intermediate or advanced")
      ->check(CLI::IsMember({"beginner", "intermediate", "advanced"}));
  sub->add_option("--max-session", cmd->max_session, "The longest session the patient can do, as in 20min")
      ->type_name("TIME");
  sub->add_option("--config", cmd->config, "Use this config file instead of the nearest regimen.toml")
      ->type_name("FILE");
  sub->add_flag("--fix", cmd->fix, "Apply the mechanical fixes to the files, then lint again");
  sub->add_flag("--list-rules", cmd->list_rules, "List every rule: id, name, default level, summary");
  add_common_options(*sub, cmd->common);
  // --format replaces the compiler's --diagnostics-format here.
  sub->remove_option(sub->get_option("--diagnostics-format"));
  sub->footer(
      "Settings come from the nearest regimen.toml above each routine, then from these options.\n"
      "Exit status: 0 no errors (warnings allowed), 1 an error in a routine or a denied finding,\n"
      "2 usage, configuration or I/O problem.");
  return [cmd, sub]() { return sub->parsed() ? run_lint(*cmd) : -1; };
}

}  // namespace regimen::cli
