#include "backends/load.h"

#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <system_error>
#include <vector>

#include "backends/table.h"

namespace regimen::backends {
namespace {

namespace fs = std::filesystem;

constexpr const char* kModuleFile = "regimen-backends.so";

// Where the module may be: beside the program, as in a build folder, and
// where `cmake --install` puts it, relative to the program's folder.
std::vector<fs::path> module_paths() {
  std::error_code ec;
  fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {kModuleFile};
  fs::path dir = program.parent_path();
  return {dir / kModuleFile, (dir / REGIMEN_BACKENDS_FROM_BINDIR / kModuleFile).lexically_normal()};
}

// The table, or nullptr with `error` set. The module stays loaded until the
// program ends: what it returns may point into it.
const Table* table(std::string& error) {
  std::vector<std::string> tried;
  for (const auto& path : module_paths()) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      tried.push_back(path.string());
      continue;
    }
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      error = fmt::format("cannot load {}: {}", path.string(), why ? why : "unknown reason");
      return nullptr;
    }
    using Entry = const Table* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, kEntryPoint));
    const Table* found = entry ? entry() : nullptr;
    if (found == nullptr || found->version != kTableVersion) {
      error = fmt::format("{} is not this version's backends module; rebuild or reinstall regimen", path.string());
      return nullptr;
    }
    return found;
  }
  error = fmt::format("the PDF and calendar writers are missing (looked for {})", fmt::join(tried, " and "));
  return nullptr;
}

}  // namespace

std::optional<std::string> handout_pdf(const handout::Handout& handout, const PdfOptions& options, std::string& error) {
  const Table* writers = table(error);
  if (writers == nullptr) return std::nullopt;
  return writers->handout_pdf(handout, options, error);
}

std::optional<std::string> calendar_for_build(const program::Program& program, const std::string& start,
                                              schedule::DoseChoice dose, const std::string& remind,
                                              std::string& error) {
  const Table* writers = table(error);
  if (writers == nullptr) return std::nullopt;
  return writers->calendar_for_build(program, start, dose, remind, error);
}

}  // namespace regimen::backends
