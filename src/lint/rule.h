// A lint rule: what it looks for in a checked program, how serious a finding
// is by default, and why. The registry of every rule is `all_rules()`.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "base/source.h"
#include "diag/diagnostic.h"
#include "library/library.h"
#include "program/program.h"
#include "vocab/direction.h"

namespace regimen::lint {

// What a finding of a rule does: nothing, warn, or fail the lint (exit 1).
enum class RuleLevel { Allow, Warn, Deny };

// The patient the program is for, from the lint command's options, a
// patient file (`--patient-profile`) or the config's `[patient]` table.
// Unset parts are not checked.
struct PatientProfile {
  // The side `affected side only` works. The routine is compiled for it, so
  // the rules read it where every output does: program::Program::affected_side.
  std::optional<Side> affected_side;
  std::optional<std::vector<std::string>> equipment;  // what the patient has ("band", "chair"); "none" is implied
  std::optional<Level> level;
  std::optional<double> max_session_seconds;
  std::optional<double> max_daily_seconds;            // all sessions of a day together
  std::vector<std::string> avoid;                     // demands the patient must not do ("kneeling", "floor")
};

// What kind of number a rule's setting is, so that the config reads it and
// `--explain` shows it as a clinician would write it.
enum class SettingUnit {
  Count,      // `max = 10`
  Seconds,    // `max = "45min"`
  PainScore,  // `max = 5`, out of 10
  Ratio,      // `max_ratio = 3`: times the bottom of a range
  Percent,    // `max_rise = 100`: percent more than the week before
};

// A threshold of a rule, set in regimen.toml as `[rules.NAME] key = value`.
struct RuleSetting {
  std::string_view key;      // "max"
  SettingUnit unit;
  double fallback;           // the value when nothing sets it
  std::string_view summary;  // what it sets, for `--explain`
};

// Each rule's settings as one run uses them: what the config changed, and
// the rules' own defaults for the rest.
class RuleValues {
 public:
  // The value of `key` of the rule with id `rule_id`. The key must be one of
  // the rule's settings: asking for another is a programming error, caught
  // by the registry's tests, and gives 0.
  double get(std::string_view rule_id, std::string_view key) const;
  // Whether the config set it, for messages that say where a limit comes from.
  bool is_set(std::string_view rule_id, std::string_view key) const;
  void set(std::string_view rule_id, std::string_view key, double value);

 private:
  std::map<std::string, double, std::less<>> changed_;  // "L0306.max" -> 5
};

// One thing a rule found. `fixes` are mechanical edits to the routine's own
// file (the file being linted), applied by `--fix`.
struct Finding {
  Span span;
  std::string message;             // lowercase, no trailing period, like the compiler's
  std::vector<std::string> help;
  std::vector<Note> notes;
  std::vector<FixIt> fixes;
};

// Everything a rule may read. Never modified by a rule.
struct LintInput {
  const program::Program& program;  // the checked program (parameters as chosen)
  const ast::File& ast;             // the routine file's syntax, for spans and fixes
  const Library& library;           // including the file's own definitions
  const SourceSet& sources;
  FileId file;                      // the routine file
  const PatientProfile& profile;
  const RuleValues& values;         // the rules' thresholds for this run
};

using CheckFn = void (*)(const LintInput& input, std::vector<Finding>& out);

struct Rule {
  std::string_view id;          // "L0101": stable, never reused
  std::string_view name;        // "missing-caution": what configs and allow comments use
  RuleLevel default_level;
  std::string_view summary;     // one line, for `--list-rules` and SARIF
  std::string_view rationale;   // why a careful clinician cares
  CheckFn check;
  std::span<const RuleSetting> settings = {};  // its thresholds, if it has any
};

// Every rule, in id order.
std::span<const Rule> all_rules();

// The rule with this id or name, or nullptr.
const Rule* find_rule(std::string_view id_or_name);

}  // namespace regimen::lint
