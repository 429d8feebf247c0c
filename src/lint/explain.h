// `regimen lint --explain RULE`: a rule's summary, why it matters, its bad
// and good examples and its settings, as docs/lint.md documents it.
#pragma once

#include <string>
#include <string_view>

#include "lint/rule.h"

namespace regimen::lint {

// The section of `docs` (docs/lint.md) about `rule`, from its heading to
// the next one, as plain text: code blocks indented, fences dropped. Empty
// when the docs have no such section.
std::string rule_section(std::string_view docs, const Rule& rule);

// The whole explanation: the rule's id, name, default level and summary, the
// docs' section, and each setting with its default and, where `values`
// changes it, the value in force (`config` names where that comes from).
std::string explain(const Rule& rule, std::string_view docs, const RuleValues& values, std::string_view config);

}  // namespace regimen::lint
