#include "lint/settings.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

#include "base/names.h"
#include "vocab/units.h"

namespace regimen::lint {

namespace {

std::string value_key(std::string_view rule_id, std::string_view key) { return fmt::format("{}.{}", rule_id, key); }

}  // namespace

double RuleValues::get(std::string_view rule_id, std::string_view key) const {
  if (auto it = changed_.find(value_key(rule_id, key)); it != changed_.end()) return it->second;
  if (const Rule* rule = find_rule(rule_id)) {
    for (const RuleSetting& setting : rule->settings) {
      if (setting.key == key) return setting.fallback;
    }
  }
  return 0;
}

bool RuleValues::is_set(std::string_view rule_id, std::string_view key) const {
  return changed_.count(value_key(rule_id, key)) > 0;
}

void RuleValues::set(std::string_view rule_id, std::string_view key, double value) {
  changed_[value_key(rule_id, key)] = value;
}

RuleLevel LintSettings::level_of(const Rule& rule) const {
  auto it = levels.find(rule.id);
  return it == levels.end() ? rule.default_level : it->second;
}

std::string_view level_name(RuleLevel level) {
  switch (level) {
    case RuleLevel::Allow: return "allow";
    case RuleLevel::Warn: return "warn";
    case RuleLevel::Deny: return "deny";
  }
  return "warn";
}

std::optional<RuleLevel> parse_level_name(std::string_view word) {
  for (RuleLevel level : {RuleLevel::Allow, RuleLevel::Warn, RuleLevel::Deny}) {
    if (word == level_name(level)) return level;
  }
  return std::nullopt;
}

const Rule* find_in(std::span<const Rule> rules, std::string_view id_or_name) {
  std::string key = names::lookup_key(id_or_name);
  if (key.empty()) return nullptr;
  for (const Rule& rule : rules) {
    if (names::lookup_key(rule.id) == key || names::lookup_key(rule.name) == key) return &rule;
  }
  return nullptr;
}

UnknownRule unknown_rule(std::span<const Rule> rules, std::string_view id_or_name) {
  std::vector<std::string> candidates;
  for (const Rule& rule : rules) {
    candidates.emplace_back(rule.name);
    candidates.emplace_back(rule.id);
  }
  return UnknownRule{fmt::format("no lint rule `{}`", names::shorten(id_or_name)),
                     names::closest(id_or_name, candidates)};
}

std::optional<std::string> apply_levels(std::span<const Rule> rules, const std::vector<LevelRequest>& requests,
                                        LintSettings& settings) {
  // Which request set each rule, so that a contradiction can name both.
  std::map<std::string_view, const LevelRequest*> set_by;
  for (const auto& request : requests) {
    const Rule* rule = find_in(rules, request.rule);
    if (!rule) {
      UnknownRule unknown = unknown_rule(rules, request.rule);
      return unknown.guess ? fmt::format("{}; {}", unknown.message, names::did_you_mean(*unknown.guess)) : unknown.message;
    }
    if (auto earlier = set_by.find(rule->id); earlier != set_by.end() && earlier->second->level != request.level) {
      return fmt::format("`{}` is both {} and {}", rule->name, level_name(earlier->second->level),
                         level_name(request.level));
    }
    set_by[rule->id] = &request;
    settings.levels[std::string(rule->id)] = request.level;
  }
  return std::nullopt;
}

}  // namespace regimen::lint
