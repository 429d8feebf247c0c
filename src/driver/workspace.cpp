#include "driver/workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/names.h"
#include "check/definitions.h"
#include "driver/files.h"
#include "driver/pictures.h"
#include "library/retired_modules.h"
#include "library/embedded_stdlib.h"
#include "stdlib/builtin.h"

namespace regimen {
namespace fs = std::filesystem;

Workspace::Workspace(const WorkspaceOptions& options) : options_(options) {
  // The built-in library was checked when the program was built; its texts
  // are kept for the diagnostics and pages that quote them.
  add_stdlib_sources(sources_);
  add_builtin_library(*library_);
  for (const auto& dir : options_.lib_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      io_errors_.push_back(fmt::format("--lib {}: not a readable folder", dir));
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".regimen") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Module> folder;
    for (const auto& file : files) {
      std::string error;
      auto text = read_regular_file(file.string(), error);
      if (!text) {
        io_errors_.push_back(fmt::format("{}: {}", file.string(), error));
        continue;
      }
      folder.push_back(parse_module(file.stem().string(), file.string(), std::move(*text)));
    }
    define(folder);
  }
}

Workspace::Module Workspace::parse_module(const std::string& name, const std::string& path, std::string text) {
  FileId id = sources_.add(path, std::move(text));
  return Module{name, parse(sources_, id, library_diagnostics_, options_.parse)};
}

void Workspace::define(const std::vector<Module>& layer) {
  std::vector<LayerModule> modules;
  for (const auto& m : layer) modules.push_back(LayerModule{m.name, &m.file});
  define_layer(modules, *library_, library_diagnostics_);
}

namespace {

// Follows a routine's `import "file"` statements, depth first, and gathers the
// definitions of every file reached.
class ImportResolver {
 public:
  // `allowed`: the folders imports may come from, canonical; empty when any
  // folder will do.
  ImportResolver(SourceSet& sources, std::map<std::string, ParsedImport>& parsed,
                 const Library& library, const ParseOptions& parse_options, std::vector<fs::path> allowed,
                 Diagnostics& diagnostics)
      : sources_(sources), parsed_(parsed), library_(library), parse_options_(parse_options),
        allowed_(std::move(allowed)), diagnostics_(diagnostics) {}

  // An imported file: its module name and its syntax, kept in the
  // workspace's parsed imports.
  struct Loaded {
    std::string module;
    const ast::File* file = nullptr;
  };

  void resolve(const ast::File& file, const fs::path& dir) {
    for (const auto& import : file.imports) {
      if (!import.is_path) {
        if (auto retired = retired_module(import.target.text); retired && !library_.has_module(retired->name)) {
          diagnostics_.report(import.target.span, msg::RetiredModuleName{std::string(retired->name)})
              .note(fmt::format("its exercises are in {}", fmt::join(retired->regions, ", ")))
              .help("every built-in exercise can be used without an import; remove this line, or import the "
                    "regions the routine draws on");
        } else if (!library_.has_module(import.target.text)) {
          auto d = diagnostics_.report(import.target.span, msg::UnknownModuleName{names::shorten(import.target.text)});
          d.suggest(library_.suggest_module(import.target.text));
          d.note(fmt::format("modules: {}", fmt::join(library_.module_names(), ", ")));
        }
        continue;
      }
      fs::path target = dir / import.target.text;
      // Only Regimen source is read, so that no diagnostic ever quotes a line
      // of some other file (`import "/etc/shadow"`).
      if (target.extension() != ".regimen") {
        diagnostics_.report(import.target.span, msg::ImportNotRegimen{names::shorten(import.target.text)})
            .help("an imported file holds exercise definitions and ends in `.regimen`");
        continue;
      }
      // Absolute first: a path none of whose parts exists stays relative
      // under weakly_canonical, and would match no folder. Not normalised
      // before: `link/..` must go where the system goes, to the parent of
      // the link's target, not back to where the link is.
      std::error_code ec;
      fs::path absolute = fs::absolute(target, ec);
      fs::path key = fs::weakly_canonical(absolute, ec);
      if (ec) key = absolute.lexically_normal();
      if (!inside_allowed(key)) {
        auto d = diagnostics_.report(import.target.span, msg::ImportOutside{names::shorten(import.target.text)});
        d.note("imports come from the routine's folder and its subfolders, and from the `--lib` folders");
        d.help("move the file beside the routine, add its folder with `--lib DIR`, or pass `--allow-import-outside`");
        continue;
      }
      if (auto cycle = std::find(stack_.begin(), stack_.end(), key); cycle != stack_.end()) {
        auto d = diagnostics_.report(import.span, msg::ImportsItself{import.target.text});
        std::vector<std::string> chain;
        for (auto it = cycle; it != stack_.end(); ++it) chain.push_back(it->filename().string());
        chain.push_back(key.filename().string());
        d.note(fmt::format("the cycle: {}", fmt::join(chain, " -> ")));
        continue;
      }
      if (done_.count(key)) continue;  // reached twice by different paths: load once
      std::string error;
      // What is read is the file that was checked, links already followed.
      auto text = read_regular_file(key.string(), error);
      if (!text) {
        diagnostics_.report(import.target.span, msg::CannotImport{names::shorten(import.target.text), error})
            .note(fmt::format("looked for {}", target.string()));
        continue;
      }
      done_.insert(key);
      const ast::File& imported = parsed(key, target.string(), std::move(*text));
      stack_.push_back(key);
      resolve(imported, target.parent_path());
      stack_.pop_back();
      loaded_.push_back(Loaded{target.stem().string(), &imported});
    }
  }

  void enter(const fs::path& root) { stack_.push_back(root); }

  // The file at `key` parsed: from an earlier compilation when it was read
  // there by the same path with the same text, else now (and kept). The
  // reference stays valid for this compilation: a file is loaded once in it,
  // and the map's other insertions move nothing.
  const ast::File& parsed(const fs::path& key, const std::string& shown_path, std::string text) {
    auto it = parsed_.find(key.string());
    if (it != parsed_.end() && it->second.shown_path == shown_path &&
        sources_.file(it->second.file).text() == text) {
      diagnostics_.append(it->second.diagnostics);
      return it->second.syntax;
    }
    ParsedImport fresh;
    fresh.shown_path = shown_path;
    fresh.file = sources_.add(shown_path, std::move(text));
    fresh.syntax = parse(sources_, fresh.file, fresh.diagnostics, parse_options_);
    diagnostics_.append(fresh.diagnostics);
    return parsed_.insert_or_assign(key.string(), std::move(fresh)).first->second.syntax;
  }
  const std::vector<Loaded>& loaded() const { return loaded_; }

 private:
  // Whether `file` (canonical, links followed) lies in an allowed folder.
  bool inside_allowed(const fs::path& file) const {
    if (allowed_.empty()) return true;
    return std::any_of(allowed_.begin(), allowed_.end(), [&](const fs::path& folder) {
      auto [end, _] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
      return end == folder.end();
    });
  }

  SourceSet& sources_;
  std::map<std::string, ParsedImport>& parsed_;
  const Library& library_;
  const ParseOptions& parse_options_;
  std::vector<fs::path> allowed_;
  Diagnostics& diagnostics_;
  std::vector<fs::path> stack_;
  std::set<fs::path> done_;
  std::vector<Loaded> loaded_;
};

}  // namespace

std::shared_ptr<const Library> Workspace::imported_layer(const std::vector<LayerModule>& layer,
                                                         Diagnostics& diagnostics) {
  std::vector<FileId> files;
  for (const auto& module : layer) files.push_back(module.file->file);
  if (!last_layer_ || last_layer_->files != files) {
    auto library = std::make_shared<Library>(library_);
    Diagnostics found;
    define_layer(layer, *library, found);
    last_layer_ = ImportedLayer{std::move(files), std::move(library), std::move(found)};
  }
  diagnostics.append(last_layer_->diagnostics);
  return last_layer_->library;
}

std::vector<fs::path> Workspace::import_folders(const fs::path& root) const {
  if (options_.allow_import_outside) return {};
  // A folder that cannot be resolved still names itself, absolute, so that
  // the list is never empty (empty means anywhere).
  auto resolved = [](const fs::path& folder) {
    std::error_code ec;
    fs::path absolute = fs::absolute(folder, ec).lexically_normal();
    fs::path out = fs::weakly_canonical(absolute, ec);
    return ec ? absolute : out;
  };
  std::vector<fs::path> out{resolved(root.parent_path().empty() ? fs::path(".") : root.parent_path())};
  for (const auto& dir : options_.lib_dirs) out.push_back(resolved(dir));
  return out;
}

Compilation Workspace::compile(const std::string& path, std::string text, const CheckOptions& options) {
  Compilation out;
  out.root = sources_.add(path == "-" ? "<stdin>" : path, std::move(text));
  ast::File file = parse(sources_, out.root, out.diagnostics, options_.parse);
  // A file with syntax errors is still checked, all but its broken
  // statements; one the parser gave up on has no tree to check.
  if (!file.complete) {
    out.diagnostics.sort();
    return out;
  }

  fs::path root = path == "-" ? fs::current_path() / "<stdin>" : fs::path(path);
  std::error_code ec;
  fs::path root_key = fs::weakly_canonical(root, ec);
  ImportResolver imports(sources_, parsed_imports_, *library_, options_.parse, import_folders(root), out.diagnostics);
  imports.enter(ec ? root : root_key);
  imports.resolve(file, root.parent_path());

  // The routine's own layer: imported files, then the routine file itself.
  std::vector<LayerModule> layer;
  std::vector<const ast::File*> own_files{&file};
  for (const auto& loaded : imports.loaded()) {
    layer.push_back(LayerModule{loaded.module, loaded.file});
    own_files.push_back(loaded.file);
  }
  if (!adds_to_layer(file)) {
    out.library = layer.empty() ? library_ : imported_layer(layer, out.diagnostics);
  } else {
    auto library = std::make_shared<Library>(library_);
    layer.push_back(LayerModule{root.stem().string(), &file});
    define_layer(layer, *library, out.diagnostics);
    out.library = std::move(library);
  }

  out.program = check(file, *out.library, options, out.diagnostics);
  out.pictures = read_pictures(*out.program, *out.library, own_files, sources_, out.diagnostics);
  out.syntax = std::move(file);
  out.diagnostics.sort();
  return out;
}

}  // namespace regimen
