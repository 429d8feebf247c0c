// Stages in time: which stage the schedule places on a day, what each says
// about moving on, and the stages no output can date (those after a stage
// that ends on a sign), which the plan shows on their own.
#pragma once

#include <string>
#include <vector>

#include "program/program.h"

namespace regimen::schedule {

// The routine's stages, in order (they stand at its top level).
std::vector<const program::Block*> stages(const program::Program& program);

// The stage the schedule places on `day`; none when the routine has no
// stages, or none runs then.
const program::Block* stage_on(const program::Program& program, int day);

// What a patient is told of moving on from `stage`: "Days 1 to 3.", "Move on
// to the next stage (Strength) when you can walk without a limp.", "Days 4
// to 14 at least, then move on ... when ...". Empty for a last stage that
// ends on no day or sign.
std::string moving_on(const program::Program& program, const program::Block& stage);

// The stages no output can put on a date: each starts when the patient
// shows the sign that ends the one before.
std::vector<const program::Block*> undated_stages(const program::Program& program);

// The program as it is in `stage`, an undated one: that stage runs from day
// 1, and the other stages are left out.
program::Program in_stage(const program::Program& program, const program::Block& stage);

}  // namespace regimen::schedule
