#include "lsp/builtin_documents.h"

#include <filesystem>

#include "driver/files.h"
#include "library/embedded_stdlib.h"

namespace regimen::lsp {

namespace fs = std::filesystem;

std::optional<std::string> builtin_document(const std::string& cache_dir, const std::string& name, std::string& error) {
  const EmbeddedModule* module = nullptr;
  for (const auto& m : embedded_stdlib()) {
    if (m.name == name) module = &m;
  }
  if (module == nullptr) {
    error = "no built-in module " + name;
    return std::nullopt;
  }
  if (cache_dir.empty()) {
    error = "no folder to write the built-in library to (set XDG_CACHE_HOME or HOME)";
    return std::nullopt;
  }
  fs::path path = fs::path(cache_dir) / (name + ".regimen");
  std::string read_error;
  auto existing = read_regular_file(path.string(), read_error);
  if (!existing || *existing != module->text) {
    std::error_code ec;
    fs::create_directories(cache_dir, ec);
    if (!write_output(path.string(), std::string(module->text), error)) return std::nullopt;
    // Read-only: an edit there would change nothing the compiler reads.
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read,
                    fs::perm_options::replace, ec);
  }
  return "file://" + fs::absolute(path).string();
}

}  // namespace regimen::lsp
