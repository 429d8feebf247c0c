// Starter programs for common conditions (`regimen new --template knee_oa`):
// routine files a therapist copies and adapts. Each names where it comes
// from in its first comment lines, which is what `regimen lib templates`
// lists:
//
//   # Condition: Knee osteoarthritis
//   # Source: Versus Arthritis, "Exercises for knee pain", https://...
//
// and marks what the prescriber must fill in with `# FILL IN:` comments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regimen {

struct StarterTemplate {
  std::string id;         // the file's stem: knee_oa
  std::string condition;  // from `# Condition:`
  std::string source;     // from `# Source:`
  std::string_view text;  // the whole file, as shipped
  int fill_ins = 0;       // how many `# FILL IN:` comments it has
};

// Every built-in template, in id order.
std::vector<StarterTemplate> starter_templates();

std::optional<StarterTemplate> find_template(std::string_view id);

// The template id nearest to a misspelt one, if any is near.
std::optional<std::string> suggest_template(std::string_view id);

// Reads the header of one template's text (exposed for tests).
StarterTemplate read_template(std::string_view id, std::string_view text);

}  // namespace regimen
