// libFuzzer target: `regimen fmt` over any bytes, whose promises are checked:
//   - a file is refused exactly when the parser reports an error in it;
//   - the formatted text parses, and formatting it again changes nothing;
//   - it keeps every comment, in order;
//   - it compiles to the same program JSON and the same diagnostic codes,
//     positions aside.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "emit/json/program_json.h"
#include "format/format.h"
#include "fuzz_support.h"
#include "../format/format_properties.h"

namespace {

using regimen::fuzz::fail;

std::vector<std::string> comments(const std::vector<regimen::LayoutToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) {
    if (t.role == regimen::TokenRole::comment) out.push_back(regimen::format_properties::comment_text(t));
  }
  return out;
}

// What a text compiles to, positions aside.
nlohmann::json compiled(const std::string& text) {
  regimen::Workspace& ws = regimen::fuzz::workspace_for_input();
  regimen::Compilation c = regimen::fuzz::compile(ws, text);
  nlohmann::json out;
  if (c.program) out["program"] = regimen::program_to_json(*c.program, ws.sources(), c.root);
  std::vector<std::string> codes;
  for (const auto& d : c.diagnostics.all()) codes.push_back(regimen::diagnostic_code(d));
  std::sort(codes.begin(), codes.end());
  out["codes"] = codes;
  regimen::format_properties::drop_spans(out);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = regimen::fuzz::routine_text(data, size);
  if (!text) return -1;
  regimen::SourceSet sources;
  regimen::FileId id = sources.add(regimen::fuzz::kInputPath, *text);
  regimen::Diagnostics diagnostics;
  auto before = regimen::layout(sources, id, diagnostics);
  auto once = regimen::format_file(sources, id, diagnostics);
  if (!once) {
    if (!diagnostics.has_errors()) fail("a file was refused with no error reported");
    return 0;
  }
  if (diagnostics.has_errors()) fail("a file was formatted although the parser reported an error", diagnostics, sources);

  regimen::FileId formatted = sources.add(regimen::fuzz::kInputPath, *once);
  regimen::Diagnostics again;
  auto after = regimen::layout(sources, formatted, again);
  if (!after) fail("the formatted text does not parse:\n" + *once, again, sources);
  auto twice = regimen::format_file(sources, formatted, again);
  if (!twice || *twice != *once) fail("formatting the formatted text changed it:\n" + *once);
  if (!before || comments(*before) != comments(*after)) fail("a comment was lost or changed:\n" + *once);
  if (compiled(*text) != compiled(*once)) fail("the formatted text compiles to another program:\n" + *once);
  return 0;
}
