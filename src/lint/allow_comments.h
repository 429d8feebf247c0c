// `# lint: allow missing-side, L0203`: a comment that silences rules for one
// line of a routine. At the end of a line it covers that line; alone on a line
// it covers the next line that holds anything but comments.
#pragma once

#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"
#include "lint/rule.h"

namespace regimen::lint {

struct AllowComments {
  std::map<std::uint32_t, std::set<std::string>> allowed;  // 1-based line -> rule ids
  std::vector<Diagnostic> problems;                        // names that are no rule, and the like

  bool allows(std::uint32_t line, std::string_view rule_id) const;
};

// Reads every allow comment of `file`. Comment text is found as the lexer
// finds it: a `#` outside a string, to the end of the line.
AllowComments read_allow_comments(const SourceSet& sources, FileId file, std::span<const Rule> rules);

}  // namespace regimen::lint
