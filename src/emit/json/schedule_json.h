// A session timeline and a week-by-week plan as JSON (`--emit schedule-json`,
// `--emit plan-json`); described in docs/json.md.
#pragma once

#include <nlohmann/json.hpp>

#include "program/program.h"
#include "schedule/plan.h"
#include "schedule/timeline.h"

namespace regimen {

inline constexpr int kScheduleJsonVersion = 2;

nlohmann::json schedule_to_json(const program::Program& program, const schedule::Timeline& timeline);
nlohmann::json plan_to_json(const program::Program& program, const schedule::Plan& plan);

}  // namespace regimen
