// libFuzzer target: any bytes through the whole front end — parse, imports,
// check, JSON emit and both diagnostic renderers. docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "diag/render_json.h"
#include "diag/render_text.h"
#include "driver/workspace.h"
#include "emit/json/program_json.h"

namespace {

// The input is compiled as if it lived in a folder that does not exist, so a
// relative `import "..."` can reach no real file, not even through `..`.
constexpr const char* kInputPath = "/nonexistent-regimen-fuzz/input.regimen";

// Each compile adds its text to the workspace's sources, so one workspace kept
// for the whole run would grow without end; a fresh one now and then keeps
// memory flat while loading the library only rarely.
constexpr unsigned kCompilesPerWorkspace = 1000;

// An absolute import path (`import "/dev/zero"`, or `"\/dev/zero"` through an
// escape) would read the fuzzing machine's own files, which is slow and tells
// nothing about the compiler; such inputs are skipped.
bool names_absolute_path(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == '\\') ++j;
    if (j < text.size() && text[j] == '/') return true;
  }
  return false;
}

regimen::Workspace& workspace() {
  static std::unique_ptr<regimen::Workspace> current;
  static unsigned compiles = 0;
  if (!current || ++compiles % kCompilesPerWorkspace == 0) {
    current = std::make_unique<regimen::Workspace>(regimen::WorkspaceOptions{});
  }
  return *current;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (names_absolute_path(text)) return -1;  // -1: keep it out of the corpus
  regimen::Workspace& ws = workspace();
  regimen::Compilation compilation = ws.compile(kInputPath, std::move(text), regimen::CheckOptions{});
  // The renderers read every span, so a span past the end of its file shows here.
  (void)regimen::render_text(compilation.diagnostics, ws.sources());
  (void)regimen::diagnostics_to_json(compilation.diagnostics, ws.sources()).dump();
  if (compilation.ok()) (void)regimen::emit_json(*compilation.program, ws.sources(), compilation.root);
  return 0;
}
