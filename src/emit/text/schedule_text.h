// A session timeline and a week-by-week plan as text for a terminal
// (`--emit schedule`, `--emit plan`).
#pragma once

#include <string>

#include "program/program.h"
#include "schedule/plan.h"
#include "schedule/timeline.h"

namespace regimen {

std::string schedule_text(const program::Program& program, const schedule::Timeline& timeline);
std::string plan_text(const program::Program& program, const schedule::Plan& plan);

}  // namespace regimen
