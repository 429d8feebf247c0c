#include "lsp/analysis.h"

#include <fmt/format.h>

#include <filesystem>

#include "driver/files.h"
#include "lint/config.h"
#include "lint/lint_file.h"

namespace regimen::lsp {
namespace {

namespace fs = std::filesystem;

// The settings of the regimen.toml nearest the document, as `regimen lint`
// finds it; the defaults when there is none or it cannot be used, with the
// reason in `problems`.
lint::LintSettings lint_settings(const std::string& path, const Vocabulary& vocabulary,
                                 std::vector<std::string>& problems) {
  std::span<const lint::Rule> rules = lint::all_rules();
  std::error_code ec;
  fs::path folder = fs::absolute(fs::path(path), ec).parent_path();
  std::optional<fs::path> found = ec ? std::nullopt : lint::find_config(folder);
  if (!found) return lint::merge_settings(nullptr, {}, {}, rules);
  std::string error;
  auto text = read_file(found->string(), error);
  if (!text) {
    problems.push_back(fmt::format("cannot read {}: {}", found->string(), error));
    return lint::merge_settings(nullptr, {}, {}, rules);
  }
  SourceSet sources;
  Diagnostics config_diagnostics;
  auto config = lint::parse_config(found->string(), std::move(*text), rules, vocabulary, sources, config_diagnostics);
  for (const Diagnostic& d : config_diagnostics.all()) {
    if (d.span.valid()) {
      const SourceFile& file = sources.file(d.span.file);
      problems.push_back(fmt::format("{}:{}: {}", file.path(), file.line_col(d.span.begin).line, d.message));
    } else {
      problems.push_back(fmt::format("{}: {}", found->string(), d.message));
    }
  }
  if (!config) return lint::merge_settings(nullptr, {}, {}, rules);
  return lint::merge_settings(&*config, {}, {}, rules);
}

}  // namespace

std::unique_ptr<Analysis> analyse(const std::string& path, const std::string& text, long version,
                                  const AnalysisOptions& options) {
  auto out = std::make_unique<Analysis>();
  out->version = version;
  out->options = options;
  out->workspace = std::make_unique<Workspace>(WorkspaceOptions{});
  if (!options.lint) {
    out->compilation = out->workspace->compile(path, text, CheckOptions{});
    out->diagnostics = out->compilation.diagnostics;
    return out;
  }
  lint::LintSettings settings = lint_settings(path, out->workspace->library().vocabulary(), out->config_problems);
  // Built for the patient's affected side, as `regimen lint` builds it.
  CheckOptions check;
  check.affected_side = settings.profile.affected_side;
  lint::FileLint linted = lint::lint_file(*out->workspace, check, path, text, lint::all_rules(), settings, /*fix=*/false);
  out->diagnostics = linted.diagnostics();
  out->compilation = std::move(linted.compilation);
  return out;
}

}  // namespace regimen::lsp
