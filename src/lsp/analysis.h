// One version of an open document, compiled and (as a setting) linted: what
// its diagnostics are published from, and what completion, hover, definition
// and code actions read. Kept until the document changes, so that requests
// between two keystrokes do not compile it again.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/workspace.h"

namespace regimen::lsp {

struct AnalysisOptions {
  // Also run the linter, with the nearest regimen.toml's settings (as
  // `regimen lint FILE` would): the server's `lint` setting.
  bool lint = false;
  bool operator==(const AnalysisOptions&) const = default;
};

struct Analysis {
  long version = 0;
  AnalysisOptions options;
  // Owned here: the compilation's spans and library point into it.
  std::unique_ptr<Workspace> workspace;
  Compilation compilation;
  // The compiler's problems and, when linting, the linter's findings, in
  // order of position.
  Diagnostics diagnostics;
  // Problems with the lint config itself, each naming the file and line:
  // the editor shows them at the top of the document.
  std::vector<std::string> config_problems;

  // The library the document sees: the built-in one with the definitions of
  // the document and its imports.
  const Library& library() const { return compilation.library ? *compilation.library : workspace->library(); }
};

// Compiles `text`, the document at `path` (its imports and regimen.toml are
// found from its folder), and lints it when `options.lint` is set and it
// compiled without errors.
std::unique_ptr<Analysis> analyse(const std::string& path, const std::string& text, long version,
                                  const AnalysisOptions& options);

}  // namespace regimen::lsp
