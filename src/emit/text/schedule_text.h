// A session timeline and a week-by-week plan as text for a terminal
// (`--emit schedule`, `--emit plan`).
#pragma once

#include <string>

#include "program/program.h"
#include "schedule/plan.h"
#include "schedule/sessions.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"

namespace regimen {

// The sessions of one stretch (schedule::lower_sessions, or the one chosen),
// each as a table with its own total.
std::string schedule_text(const program::Program& program, const schedule::Stretch& stretch, schedule::DoseChoice dose,
                          const std::vector<schedule::SessionTimeline>& sessions);
std::string plan_text(const program::Program& program, const schedule::Plan& plan);

}  // namespace regimen
