#include "cli/cmd_lib.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "base/names.h"
#include "vocab/exercise_words.h"
#include "cli/common.h"
#include "diag/render_text.h"
#include "emit/json/library_json.h"
#include "emit/text/library_text.h"
#include "driver/files.h"
#include "figure/figure.h"
#include "library/query.h"
#include "templates/templates.h"

namespace regimen::cli {
namespace {

struct LibCommand {
  std::vector<std::string> lib_dirs;
  std::string format = "text";
  // list
  std::string region, target, equipment, position, level, kind, module;
  std::vector<std::string> avoid;
  // show
  std::string name;
  std::string figure_file;  // `--figure FILE`: the exercise's figure as SVG; `-` for standard output
  // search
  std::vector<std::string> query;
  // vocabulary: equipment, targets, directions, region or demands; all when empty
  std::string vocabulary_kind;
};

// Loads the library; prints its problems. Null when it cannot be used.
std::unique_ptr<Workspace> load(const LibCommand& cmd, int& status) {
  auto workspace = std::make_unique<Workspace>(WorkspaceOptions{cmd.lib_dirs, {}});
  for (const auto& e : workspace->io_errors()) print_error(e);
  if (!workspace->io_errors().empty()) {
    status = kUsageOrIo;
    return nullptr;
  }
  if (!workspace->library_diagnostics().all().empty()) {
    std::cerr << render_text(workspace->library_diagnostics(), workspace->sources());
    if (workspace->library_diagnostics().has_errors()) {
      status = kInputErrors;
      return nullptr;
    }
  }
  return workspace;
}

void print(const nlohmann::json& document) { std::cout << document.dump(2) << "\n"; }

// The id of the library's word that an option names, by id or alias; a usage
// error, with the nearest word, when it names none.
std::optional<std::string> vocabulary_option(const Vocabulary& vocabulary, std::string_view option,
                                             VocabularyKind kind, const std::string& word) {
  if (const VocabularyWord* known = vocabulary.find(kind, word)) return known->id;
  auto guess = vocabulary.suggest(kind, word);
  print_error(fmt::format("{} {}: no such {}{}; `regimen lib vocabulary {}` lists them", option, names::shorten(word),
                          to_string(kind), guess ? " (" + names::did_you_mean(*guess) + ")" : "", property_of(kind)));
  return std::nullopt;
}

int run_list(const LibCommand& cmd) {
  int status = kOk;
  auto workspace = load(cmd, status);
  if (!workspace) return status;
  const Library& library = workspace->library();
  LibraryFilter f;
  if (!cmd.region.empty()) {
    f.region = vocabulary_option(library.vocabulary(), "--region", VocabularyKind::Region, cmd.region);
    if (!f.region) return kUsageOrIo;
  }
  for (const auto& demand : cmd.avoid) {
    auto id = vocabulary_option(library.vocabulary(), "--avoid", VocabularyKind::Demand, demand);
    if (!id) return kUsageOrIo;
    f.avoid.push_back(*id);
  }
  if (!cmd.target.empty()) {
    f.target = vocabulary_option(library.vocabulary(), "--target", VocabularyKind::Target, cmd.target);
    if (!f.target) return kUsageOrIo;
  }
  if (!cmd.equipment.empty()) {
    f.equipment = vocabulary_option(library.vocabulary(), "--equipment", VocabularyKind::Equipment, cmd.equipment);
    if (!f.equipment) return kUsageOrIo;
  }
  if (!cmd.position.empty()) f.position = cmd.position;
  if (!cmd.level.empty()) f.level = parse_level(cmd.level);
  if (!cmd.kind.empty()) {
    for (DosageKind k : {DosageKind::Reps, DosageKind::Hold, DosageKind::RepsHold, DosageKind::Duration}) {
      if (to_string(k) == cmd.kind) f.kind = k;
    }
  }
  if (!cmd.module.empty()) {
    if (!library.has_module(cmd.module)) {
      auto guess = library.suggest_module(cmd.module);
      print_error(fmt::format("--module {}: no such module{}; modules: {}", cmd.module,
                              guess ? " (" + names::did_you_mean(*guess) + ")" : "",
                              fmt::join(library.module_names(), ", ")));
      return kUsageOrIo;
    }
    f.module = cmd.module;
  }
  auto found = filter(library, f);
  if (cmd.format == "json") {
    print(library_list_json(found, library));
  } else {
    std::cout << exercise_table(found);
  }
  return kOk;
}

// The exercise's figure as an SVG file, for a clinic writing its own
// library or reviewing the built-in one. What is wrong with its geometry
// (a joint the model cannot bend so far, a contact off its support) is
// printed as warnings: the figure is still written, to be looked at.
int write_figure(const LibCommand& cmd, const Exercise& ex) {
  if (!ex.figure) {
    print_error(fmt::format("{} has no figure: its definition has no `figure` line (docs/figures.md)", ex.id));
    return kInputErrors;
  }
  const figure::Figure scene = figure::figure_of(*ex.figure);
  for (const auto& problem : figure::problems(scene)) {
    std::cerr << fmt::format("regimen: warning: {}'s figure, {}\n", ex.id, problem);
  }
  const std::string bytes = figure::svg(figure::draw(scene), 60, ex.name);
  return write_result(cmd.figure_file, bytes);
}

int run_show(const LibCommand& cmd) {
  int status = kOk;
  auto workspace = load(cmd, status);
  if (!workspace) return status;
  const Library& library = workspace->library();
  const Exercise* ex = library.find(cmd.name);
  if (ex == nullptr) {
    // The same words as the compiler's, without a place in a file.
    Diagnostics diagnostics;
    auto d = diagnostics.report(Span{}, msg::UnknownExerciseName{names::shorten(cmd.name)});
    d.suggest(library.suggest(cmd.name));
    d.help("`regimen lib search WORDS` finds exercises by what they work or need");
    d.emit();
    std::cerr << render_text(diagnostics, workspace->sources());
    return kInputErrors;
  }
  if (!cmd.figure_file.empty()) return write_figure(cmd, *ex);
  if (cmd.format == "json") {
    print(exercise_document_json(*ex, library));
  } else {
    std::cout << exercise_page(*ex, library);
  }
  return kOk;
}

int run_search(const LibCommand& cmd) {
  int status = kOk;
  auto workspace = load(cmd, status);
  if (!workspace) return status;
  std::string query = fmt::format("{}", fmt::join(cmd.query, " "));
  auto hits = search(workspace->library(), query);
  if (cmd.format == "json") {
    print(search_json(query, hits, workspace->library()));
  } else {
    std::cout << search_results(hits);
  }
  return kOk;
}

void add_shared(CLI::App& sub, LibCommand& cmd) {
  sub.add_option("--format", cmd.format, "Output: text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  sub.add_option("--lib", cmd.lib_dirs, "Add the exercises in DIR/*.regimen, overriding built-in ones")
      ->type_name("DIR")
      ->allow_extra_args(false);
}

int run_vocabulary(const LibCommand& cmd) {
  int status = kOk;
  auto workspace = load(cmd, status);
  if (!workspace) return status;
  std::vector<VocabularyKind> kinds;
  for (VocabularyKind kind : all_values<VocabularyKind>()) {
    if (cmd.vocabulary_kind.empty() || cmd.vocabulary_kind == property_of(kind)) kinds.push_back(kind);
  }
  const Vocabulary& vocabulary = workspace->library().vocabulary();
  if (cmd.format == "json") {
    print(vocabulary_json(vocabulary, kinds));
  } else {
    std::cout << vocabulary_tables(vocabulary, kinds);
  }
  return kOk;
}

// `regimen lib templates`: the starter programs, with where each comes from.
int run_templates(const LibCommand& cmd) {
  auto all = starter_templates();
  if (cmd.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& t : all) {
      list.push_back({{"id", t.id}, {"condition", t.condition}, {"source", t.source}, {"fill_ins", t.fill_ins}});
    }
    print({{"format", "regimen-templates"}, {"version", 1}, {"templates", list}});
    return kOk;
  }
  for (const auto& t : all) {
    std::cout << fmt::format("{}\n  {}\n  Source: {}\n\n", t.id, t.condition, t.source);
  }
  std::cout << fmt::format("{} templates. Start from one with `regimen new --template ID -o FILE`.\n", all.size());
  return kOk;
}

}  // namespace

std::function<int()> setup_lib(CLI::App& app) {
  auto cmd = std::make_shared<LibCommand>();
  CLI::App* lib = app.add_subcommand("lib", "Browse the exercise library: list, show, search, vocabulary, templates");
  lib->require_subcommand(1);

  CLI::App* list = lib->add_subcommand("list", "A table of exercises, optionally filtered");
  list->add_option("--region", cmd->region, "Only exercises for this part of the body, e.g. knee or neck");
  list->add_option("--target", cmd->target, "Only exercises for this body area, e.g. mid_back");
  list->add_option("--equipment", cmd->equipment, "Only exercises that use this, e.g. band or none");
  list->add_option("--position", cmd->position, "Only exercises done in this position")
      ->check(CLI::IsMember(property_words("position")));
  list->add_option("--level", cmd->level, "beginner, intermediate or advanced")->check(CLI::IsMember(property_words("level")));
  list->add_option("--kind", cmd->kind, "reps, hold, reps_hold or duration")->check(CLI::IsMember(property_words("kind")));
  list->add_option("--module", cmd->module, "Only exercises of this library module");
  list->add_option("--avoid", cmd->avoid, "Leave out exercises that ask this of the patient, e.g. kneeling,floor")
      ->delimiter(',')
      ->type_name("DEMAND")
      ->allow_extra_args(false);
  add_shared(*list, *cmd);

  CLI::App* show = lib->add_subcommand("show", "Everything about one exercise");
  show->add_option("NAME", cmd->name, "Id, alias or name: cat_camel, \"Cat-Cow\", \"child's pose\"")->required();
  add_shared(*show, *cmd);
  show->add_option("--figure", cmd->figure_file,
                   "Write the exercise's figure as an SVG drawing to FILE ('-' for standard output) instead of its page")
      ->option_text("FILE");

  CLI::App* find = lib->add_subcommand("search", "Exercises ranked by how well they match some words");
  find->add_option("TEXT", cmd->query, "Words such as band, \"shoulder blades\" or \"no equipment\"")->required();
  add_shared(*find, *cmd);

  CLI::App* words =
      lib->add_subcommand("vocabulary", "The equipment, targets, directions, regions and demands exercises may name");
  words->add_option("KIND", cmd->vocabulary_kind, "Only these: equipment, targets, directions, region or demands")
      ->check(CLI::IsMember({"equipment", "targets", "directions", "region", "demands"}));
  add_shared(*words, *cmd);

  CLI::App* starters = lib->add_subcommand("templates", "The starter programs for common conditions, with their sources");
  starters->add_option("--format", cmd->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  lib->footer("Exit status: 0 ok, 1 unknown exercise or errors in a --lib folder, 2 usage or I/O problem.");
  return [cmd, list, show, find, words, starters]() {
    if (starters->parsed()) return run_templates(*cmd);
    if (list->parsed()) return run_list(*cmd);
    if (show->parsed()) return run_show(*cmd);
    if (find->parsed()) return run_search(*cmd);
    if (words->parsed()) return run_vocabulary(*cmd);
    return -1;
  };
}

}  // namespace regimen::cli
