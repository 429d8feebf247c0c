// A lint rule: what it looks for in a checked program, how serious a finding
// is by default, and why. The registry of every rule is `all_rules()`.
#pragma once

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

namespace regimen::lint {

// What a finding of a rule does: nothing, warn, or fail the lint (exit 1).
enum class RuleLevel { Allow, Warn, Deny };

// The patient the program is for, from `--equipment`, `--level`,
// `--max-session` or the config file. Unset parts are not checked.
struct PatientProfile {
  std::optional<std::vector<std::string>> equipment;  // what the patient has ("band", "chair"); "none" is implied
  std::optional<Level> level;
  std::optional<double> max_session_seconds;
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
};

using CheckFn = void (*)(const LintInput& input, std::vector<Finding>& out);

struct Rule {
  std::string_view id;          // "L0101": stable, never reused
  std::string_view name;        // "missing-caution": what configs and allow comments use
  RuleLevel default_level;
  std::string_view summary;     // one line, for `--list-rules` and SARIF
  std::string_view rationale;   // why a careful clinician cares
  CheckFn check;
};

// Every rule, in id order.
std::span<const Rule> all_rules();

// The rule with this id or name, or nullptr.
const Rule* find_rule(std::string_view id_or_name);

}  // namespace regimen::lint
