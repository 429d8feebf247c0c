// The checked program as JSON (`--emit json`). docs/json.md describes it and
// docs/schema/program.schema.json is its schema.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "base/source.h"
#include "program/program.h"

namespace regimen {

inline constexpr int kProgramJsonVersion = 5;

nlohmann::json program_to_json(const program::Program& program, const SourceSet& sources, FileId root);
// Pretty-printed, with a final newline.
std::string emit_json(const program::Program& program, const SourceSet& sources, FileId root);

}  // namespace regimen
