// Stages in time: which stage the schedule places on a day, what each says
// about moving on, and the stages no output can date (those after a stage
// that ends on a sign), which the plan shows on their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "program/program.h"

namespace regimen::schedule {

// The routine's stages, in order (they stand at its top level).
std::vector<const program::Block*> stages(const program::Program& program);

// The stage the schedule places on `day`; none when the routine has no
// stages, or none runs then.
const program::Block* stage_on(const program::Program& program, int day);

// What a patient is told of moving on from `stage`: "Days 1 to 3, then move
// on to the next stage (Early movement).", "Move on to the next stage
// (Strength) when you can walk without a limp.", "Days 4 to 14 at least,
// then move on ... when ...". Empty for a last stage that ends on no day or
// sign.
std::string moving_on(const program::Program& program, const program::Block& stage);

// The stages no output can put on a date: each starts when the patient
// shows the sign that ends the one before.
std::vector<const program::Block*> undated_stages(const program::Program& program);

// The program as it is from the start of `stage`, an undated one: that stage
// runs from day 1, the stages before it are left out, and those after it
// keep their signs (and so stay undated). It has no length: how much of the
// program is left then is not known.
program::Program in_stage(const program::Program& program, const program::Block& stage);

// The stages that hold an exercise line of `program` (a session's split,
// say), in order; empty when it has none in a stage.
std::vector<const program::Block*> stages_holding(const program::Program& program);

// The earliest day any line of `program` can be done: day 1 for a line
// outside the stages; else the earliest a stage holding one can start. A
// dated stage starts on its first day; one after a stage that ends on a sign
// no earlier than the day after that stage's least days, or the day after it
// can start.
int earliest_day(const program::Program& program);

// The stage whose title is `name`, in any case and spacing; none if no stage has it.
const program::Block* find_stage(const program::Program& program, std::string_view name);

// The days a schedule is for: a stretch of the program's days, or of an
// undated stage's own (the program made by in_stage), whose day 1 is the day
// the patient starts that stage.
struct Stretch {
  program::DayRange days;
  bool from_stage_start = false;
};

// "week 2", "days 3-7 (stage Early movement)", "week 1 of stage Strength":
// the stretch as a schedule's heading names it.
std::string stretch_label(const program::Program& program, const Stretch& stretch);

}  // namespace regimen::schedule
