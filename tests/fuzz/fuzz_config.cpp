// libFuzzer target: the lint configuration reader (`regimen.toml`) over any
// bytes, and its promise: a config comes back exactly when nothing in the
// file was reported.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diag/render_json.h"
#include "driver/workspace.h"
#include "diag/render_text.h"
#include "fuzz_support.h"
#include "lint/config.h"
#include "lint/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto rules = regimen::lint::all_rules();
  // The patient's equipment is checked against the built-in library's words.
  static const regimen::Workspace library{regimen::WorkspaceOptions{}};
  regimen::SourceSet sources;
  regimen::Diagnostics problems;
  auto config = regimen::lint::parse_config("/nonexistent-regimen-fuzz/regimen.toml",
                                            std::string(reinterpret_cast<const char*>(data), size), rules,
                                            library.library().vocabulary(), sources, problems);
  // The renderers read every span, so a span past the end of the file shows here.
  (void)regimen::render_text(problems, sources);
  (void)regimen::diagnostics_to_json(problems, sources).dump();
  if (config.has_value() == problems.has_errors()) {
    regimen::fuzz::fail(config ? "a config returned despite its errors" : "no config, and no error to say why",
                        problems, sources);
  }
  if (config) (void)regimen::lint::merge_settings(&*config, {}, {}, rules);
  return 0;
}
