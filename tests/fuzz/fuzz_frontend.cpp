// libFuzzer target: any bytes through the whole front end — parse, imports,
// check, JSON emit and both diagnostic renderers. docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "diag/render_json.h"
#include "diag/render_text.h"
#include "emit/json/program_json.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = regimen::fuzz::routine_text(data, size);
  if (!text) return -1;
  regimen::Workspace& ws = regimen::fuzz::workspace_for_input();
  regimen::Compilation compilation = regimen::fuzz::compile(ws, std::move(*text));
  // The renderers read every span, so a span past the end of its file shows here.
  (void)regimen::render_text(compilation.diagnostics, ws.sources());
  (void)regimen::diagnostics_to_json(compilation.diagnostics, ws.sources()).dump();
  if (compilation.ok()) (void)regimen::emit_json(*compilation.program, ws.sources(), compilation.root);
  return 0;
}
