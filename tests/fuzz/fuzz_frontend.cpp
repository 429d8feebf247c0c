// libFuzzer target: any bytes through the whole front end — parse, imports,
// check, JSON emit and both diagnostic renderers — and Regimen's lexer held to
// the grammar's on each input. docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "diag/render_json.h"
#include "diag/render_text.h"
#include "emit/json/program_json.h"
#include "fuzz_support.h"
#include "parse/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = regimen::fuzz::routine_text(data, size);
  if (!text) return -1;
  // A token the two lexers disagree on is a crash to keep: the parser would
  // read this input otherwise than the grammar says.
  if (std::string difference = regimen::lexer_differences(*text); !difference.empty()) {
    std::fprintf(stderr, "lexers differ: %s\n", difference.c_str());
    std::abort();
  }
  regimen::Workspace& ws = regimen::fuzz::workspace_for_input();
  regimen::Compilation compilation = regimen::fuzz::compile(ws, std::move(*text));
  // The renderers read every span, so a span past the end of its file shows here.
  (void)regimen::render_text(compilation.diagnostics, ws.sources());
  (void)regimen::diagnostics_to_json(compilation.diagnostics, ws.sources()).dump();
  if (compilation.ok()) (void)regimen::emit_json(*compilation.program, ws.sources(), compilation.root);
  return 0;
}
