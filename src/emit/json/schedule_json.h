// A session timeline and a week-by-week plan as JSON (`--emit schedule-json`,
// `--emit plan-json`); described in docs/json.md.
#pragma once

#include <nlohmann/json.hpp>

#include "program/program.h"
#include "schedule/plan.h"
#include "schedule/sessions.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"

namespace regimen {

inline constexpr int kScheduleJsonVersion = 4;

// The sessions of one stretch (schedule::lower_sessions, or the one chosen).
nlohmann::json schedule_to_json(const program::Program& program, const schedule::Stretch& stretch,
                                schedule::DoseChoice dose, const std::vector<schedule::SessionTimeline>& sessions);
nlohmann::json plan_to_json(const program::Program& program, const schedule::Plan& plan);

}  // namespace regimen
