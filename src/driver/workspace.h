// A workspace: the exercise library, loaded once, and the compilations of any
// number of routine files against it. One per command; never global.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/source.h"
#include "check/checker.h"
#include "check/definitions.h"
#include "diag/diagnostic.h"
#include "image/pictures.h"
#include "library/library.h"
#include "parse/parser.h"
#include "program/program.h"

namespace regimen {

struct WorkspaceOptions {
  std::vector<std::string> lib_dirs;  // `--lib DIR`: added after the built-in library, overriding it
  ParseOptions parse;
  // `--allow-import-outside`: imports may name any `.regimen` file. Without it
  // they come from the routine's folder and its subfolders, or a `--lib` folder.
  bool allow_import_outside = false;
};

struct Compilation {
  FileId root = kNoFile;
  Diagnostics diagnostics;
  std::optional<program::Program> program;  // set unless parsing stopped early; check diagnostics for errors
  // What the program was checked against, kept for the backends and the
  // linter: the root file's syntax, and the library with the definitions of
  // the file and its imports layered over the workspace's. Set with `program`.
  std::optional<ast::File> syntax;
  // The workspace's own library when the routine and its imports define
  // nothing (most do not); a layer with their definitions over it when they
  // do, shared with the routine compiled before when both import the same
  // files and define nothing themselves.
  std::shared_ptr<const Library> library;
  // The pictures its lines and its own exercises name (`image`), read and
  // found usable; any that was not is an error in `diagnostics`.
  image::Pictures pictures;
  bool ok() const { return program.has_value() && !diagnostics.has_errors(); }
};

// A file imported by an earlier compilation, parsed. A routine that imports
// it again, by the same path and with the same text, reuses it: its text is
// not added to the sources again nor parsed again (a clinic's routines often
// import the same file of its own exercises).
struct ParsedImport {
  std::string shown_path;  // as diagnostics name it: the path written, from the routine's folder
  FileId file = kNoFile;
  ast::File syntax;
  Diagnostics diagnostics;  // its parse's
};

class Workspace {
 public:
  explicit Workspace(const WorkspaceOptions& options);

  // Compiles one routine. `path` names it in messages and anchors its imports;
  // "-" means standard input, whose imports are found from the current folder.
  Compilation compile(const std::string& path, std::string text, const CheckOptions& options);

  const SourceSet& sources() const { return sources_; }
  const Library& library() const { return *library_; }
  // Problems in the library itself, and folders that could not be read.
  const Diagnostics& library_diagnostics() const { return library_diagnostics_; }
  const std::vector<std::string>& io_errors() const { return io_errors_; }

 private:
  // The folders a routine at `root` may import from; empty when any will do.
  std::vector<std::filesystem::path> import_folders(const std::filesystem::path& root) const;
  // A library module, parsed: its definitions join the library with the
  // rest of its layer.
  struct Module {
    std::string name;
    ast::File file;
  };
  Module parse_module(const std::string& name, const std::string& path, std::string text);
  void define(const std::vector<Module>& layer);
  // The library with the definitions of `layer` (a routine's imported files)
  // over the workspace's, and their problems added to `diagnostics`.
  std::shared_ptr<const Library> imported_layer(const std::vector<LayerModule>& layer, Diagnostics& diagnostics);

  WorkspaceOptions options_;
  SourceSet sources_;
  // Files imported by earlier compilations, by canonical path.
  std::map<std::string, ParsedImport> parsed_imports_;
  // The last imported layer built, kept for the next routine that imports
  // the same files (a clinic's routines often share one file of its own
  // exercises). Only the last: a workspace's memory must not grow with the
  // number of routines it compiles.
  struct ImportedLayer {
    std::vector<FileId> files;  // the imported files, in order: a FileId is one text at one path
    std::shared_ptr<const Library> library;
    Diagnostics diagnostics;  // what defining them reported
  };
  std::optional<ImportedLayer> last_layer_;
  // Built by the constructor, then shared read-only with the compilations.
  std::shared_ptr<Library> library_ = std::make_shared<Library>();
  Diagnostics library_diagnostics_;
  std::vector<std::string> io_errors_;
};

}  // namespace regimen
