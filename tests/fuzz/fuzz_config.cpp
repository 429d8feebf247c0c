// libFuzzer target: the lint configuration reader (`regimen.toml`) and the
// patient file reader over any bytes, and their promise: a config or a
// profile comes back exactly when nothing in the file was reported.
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
  // The same bytes as a patient file (`--patient-profile`), under the same promise.
  regimen::SourceSet patient_sources;
  regimen::Diagnostics patient_problems;
  auto profile = regimen::lint::parse_patient_file("/nonexistent-regimen-fuzz/patient.toml",
                                                   std::string(reinterpret_cast<const char*>(data), size),
                                                   library.library().vocabulary(), patient_sources, patient_problems);
  (void)regimen::render_text(patient_problems, patient_sources);
  if (profile.has_value() == patient_problems.has_errors()) {
    regimen::fuzz::fail(profile ? "a patient profile returned despite its errors" : "no profile, and no error to say why",
                        patient_problems, patient_sources);
  }
  return 0;
}
