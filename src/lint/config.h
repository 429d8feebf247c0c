// The project's lint configuration: a `regimen.toml` found by walking up from
// a routine's folder, with a `[lint]` table of rule levels and a `[patient]`
// table for the profile. docs/lint.md describes the file.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"
#include "library/vocabulary.h"
#include "lint/rule.h"
#include "lint/settings.h"

namespace regimen::lint {

inline constexpr const char* kConfigFileName = "regimen.toml";

struct LintConfig {
  std::string path;                  // as shown in messages
  std::vector<LevelRequest> levels;  // in the file's order
  PatientProfile profile;
  RuleValues values;                 // `[rules.NAME]` thresholds
};

// The nearest `regimen.toml` in `folder` or a folder above it, up to the
// filesystem root; nullopt when there is none.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& folder);

// Reads the config `text`, adding it to `sources` as `path` so that problems
// can show the line. Every problem (a file past the bounds of
// config_limits.h, a TOML syntax error, a key or rule that does not exist, a
// value of the wrong kind, equipment that `vocabulary` does not define) goes
// to `problems` as an error; the config is returned only when there were
// none. Never throws.
std::optional<LintConfig> parse_config(const std::string& path, std::string text, std::span<const Rule> rules,
                                       const Vocabulary& vocabulary, SourceSet& sources, Diagnostics& problems);

// A patient file (`--patient-profile FILE`): the keys of the config's
// `[patient]` table at its top level, one patient to a file. Problems are
// reported as parse_config reports them.
std::optional<PatientProfile> parse_patient_file(const std::string& path, std::string text, const Vocabulary& vocabulary,
                                                 SourceSet& sources, Diagnostics& problems);

// Sets each part of `over` that is set in `into`: a later source of the
// profile overrides an earlier one part by part.
void merge_profile(PatientProfile& into, const PatientProfile& over);

// Settings for one routine: the config's, then the command line's over them.
// Both sets of levels must have been checked against `rules` already.
LintSettings merge_settings(const LintConfig* config, const std::vector<LevelRequest>& command_line_levels,
                            const PatientProfile& command_line_profile, std::span<const Rule> rules);

}  // namespace regimen::lint
