// The built-in library as a routine sees it, loaded once for all the tests,
// and the library's own source text for checks the loaded form cannot make.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "driver/workspace.h"
#include "library/embedded_stdlib.h"
#include "parse/parser.h"

namespace regimen::testing {

// Loaded with no --lib folders: exactly what ships in the binary.
inline const Workspace& builtin_workspace() {
  static const Workspace workspace{WorkspaceOptions{}};
  return workspace;
}

inline const Library& builtin() { return builtin_workspace().library(); }

// Every definition of stdlib/, as written: it tells a property that was
// written from one that took its default.
inline const std::vector<ast::ExerciseDef>& builtin_definitions() {
  static const std::vector<ast::ExerciseDef> definitions = [] {
    static SourceSet sources;
    std::vector<ast::ExerciseDef> out;
    for (const auto& module : embedded_stdlib()) {
      FileId id = sources.add("<stdlib>/" + std::string(module.name) + ".regimen", std::string(module.text));
      Diagnostics diagnostics;
      ast::File file = parse(sources, id, diagnostics);
      for (auto& def : file.definitions) out.push_back(std::move(def));
    }
    return out;
  }();
  return definitions;
}

inline bool writes_property(const ast::ExerciseDef& def, const std::string& key) {
  for (const auto& p : def.properties) {
    if (p.key.text == key) return true;
  }
  return false;
}

}  // namespace regimen::testing
