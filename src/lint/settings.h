// How a lint run is set up: each rule's level and the patient's profile, from
// the config file and the command line, and the words both of them accept.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace regimen::lint {

struct LintSettings {
  std::map<std::string, RuleLevel, std::less<>> levels;  // rule id -> level, where it differs from the default
  PatientProfile profile;
  RuleValues values;

  RuleLevel level_of(const Rule& rule) const;
};

// "deny", "warn", "allow" and back.
std::string_view level_name(RuleLevel level);
std::optional<RuleLevel> parse_level_name(std::string_view word);

// The rule of `rules` with this id or name (ignoring case, hyphens and
// underscores), or nullptr.
const Rule* find_in(std::span<const Rule> rules, std::string_view id_or_name);

// "no lint rule `x`" with a guess at the closest id or name, for messages.
struct UnknownRule {
  std::string message;
  std::optional<std::string> guess;
};
UnknownRule unknown_rule(std::span<const Rule> rules, std::string_view id_or_name);

// A level wanted for one rule, by id or name, as the user wrote it.
struct LevelRequest {
  std::string rule;
  RuleLevel level;
};

// Sets each requested level in `settings`. Returns the problem with the first
// request that names no rule or contradicts another (`--deny x --allow x`).
std::optional<std::string> apply_levels(std::span<const Rule> rules, const std::vector<LevelRequest>& requests,
                                        LintSettings& settings);

}  // namespace regimen::lint
