// libFuzzer target: the linter (`regimen lint`) over any bytes, its three
// reports, and the `--fix` round trip, whose promises are checked:
//   - the fixes of one pass, applied together, leave a routine that compiles
//     without errors (the linter runs only on routines that had none);
//   - `--fix` run again on its own result changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diag/render_text.h"
#include "fuzz_support.h"
#include "lint/fix.h"
#include "lint/lint_file.h"
#include "lint/report.h"
#include "lint/rule.h"
#include "lint/settings.h"

namespace {

using regimen::fuzz::fail;
namespace lint = regimen::lint;

// A patient profile, so that the rules about the patient run too.
lint::LintSettings settings() {
  lint::LintSettings out;
  out.profile.equipment = std::vector<std::string>{"band", "chair"};
  out.profile.level = regimen::Level::Beginner;
  out.profile.max_session_seconds = 20 * 60;
  out.profile.max_daily_seconds = 45 * 60;
  out.profile.avoid = {"kneeling", "floor"};
  out.profile.affected_side = regimen::Side::Left;
  // Tighter thresholds than the defaults, so that more findings are made.
  out.values.set("L0306", "max", 2);
  out.values.set("L0202", "max", 3);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = regimen::fuzz::routine_text(data, size);
  if (!text) return -1;
  regimen::Workspace& ws = regimen::fuzz::workspace_for_input();
  static const lint::LintSettings kSettings = settings();
  const auto rules = lint::all_rules();
  // Built for the profile's side, as the lint command builds it.
  const regimen::CheckOptions check{{}, kSettings.profile.affected_side};
  const std::string path = regimen::fuzz::kInputPath;

  lint::FileLint linted = lint::lint_file(ws, check, path, *text, rules, kSettings, false);
  lint::LintReport report;
  report.files.push_back(lint::FileReport{path, linted.outcome.has_value(), 0});
  report.diagnostics = linted.diagnostics();
  (void)regimen::render_text(report.diagnostics, ws.sources());
  (void)lint::report_to_json(report, ws.sources()).dump(2);
  (void)lint::report_to_sarif(report, ws.sources(), rules, "fuzz").dump(2);
  if (!linted.outcome) return 0;

  auto fixed = lint::apply_fixes(*text, linted.compilation.root, lint::fix_groups(*linted.outcome));
  if (fixed.fixed > 0) {
    regimen::Compilation after = regimen::fuzz::compile(ws, fixed.text);
    if (!after.ok()) {
      fail("the fixes leave a routine that does not compile:\n" + fixed.text, after.diagnostics, ws.sources());
    }
  }

  lint::FileLint once = lint::lint_file(ws, check, path, *text, rules, kSettings, true);
  lint::FileLint twice = lint::lint_file(ws, check, path, once.text, rules, kSettings, true);
  if (twice.text != once.text) fail("--fix changes its own result:\n" + once.text + "\n---- to ----\n" + twice.text);
  return 0;
}
