#include "fuzz_support.h"

#include <cstdio>
#include <memory>

#include "diag/render_text.h"

namespace regimen::fuzz {
namespace {

constexpr unsigned kInputsPerWorkspace = 1000;

// `import "/dev/zero"`, or `"\/dev/zero"` through an escape.
bool names_absolute_path(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == '\\') ++j;
    if (j < text.size() && text[j] == '/') return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> routine_text(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (names_absolute_path(text)) return std::nullopt;
  return text;
}

Workspace& workspace_for_input() {
  static std::unique_ptr<Workspace> current;
  static unsigned inputs = 0;
  if (!current || ++inputs % kInputsPerWorkspace == 0) current = std::make_unique<Workspace>(WorkspaceOptions{});
  return *current;
}

Compilation compile(Workspace& workspace, std::string text) {
  return workspace.compile(kInputPath, std::move(text), CheckOptions{});
}

int with_checked_routine(const std::uint8_t* data, std::size_t size,
                         const std::function<void(const Compilation&)>& backend) {
  auto text = routine_text(data, size);
  if (!text) return -1;
  Compilation compilation = compile(workspace_for_input(), std::move(*text));
  if (compilation.ok()) backend(compilation);
  return 0;
}

void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz: %s\n", what.c_str());
  __builtin_trap();
}

void fail(const std::string& what, const Diagnostics& diagnostics, const SourceSet& sources) {
  std::fprintf(stderr, "%s", render_text(diagnostics, sources).c_str());
  fail(what);
}

}  // namespace regimen::fuzz
