// A routine compiled through the driver, as the command line does it, with
// exercises of its own so that the tests do not depend on the library's contents.
#pragma once

#include <algorithm>
#include <string>

#include "driver/workspace.h"

namespace regimen::testing {

// Test exercises of every dosage kind and sidedness, with defaults to fall back on.
inline const std::string kTestExercises = R"(
exercise test_press "Test press" {
  aliases press_alias
  kind reps
  sides per_side
  switch per_rep
  default reps 8..12 x3
}
exercise test_plank "Test plank" {
  kind hold
  default hold 3..4 breaths
}
exercise test_walk "Test walk" {
  kind duration
  default for 10min
}
exercise test_curl "Test curl" {
  kind reps
}
)";

struct Compiled {
  Workspace workspace{WorkspaceOptions{}};
  Compilation result;

  explicit Compiled(const std::string& routine, CheckOptions options = {})
      : result(workspace.compile("t.regimen", kTestExercises + routine, options)) {}

  bool has(DiagCode code) const {
    const auto& all = result.diagnostics.all();
    return std::any_of(all.begin(), all.end(), [&](const Diagnostic& d) { return d.is(code); });
  }
  const program::Program& program() const { return *result.program; }
  const program::Item& item(std::size_t i) const { return std::get<program::Item>(result.program->body.at(i)); }
};

}  // namespace regimen::testing
