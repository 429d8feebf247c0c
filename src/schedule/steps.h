// The steps a therapist writes a dose in. Every number the compiler works out
// rather than reads from the routine (a progression's doses between its two
// ends, the middle of a range) is rounded here, so that the schedule, the
// plan, the calendar, the player and the handout all say the same number.
#pragma once

#include "program/dose.h"

namespace regimen::schedule {

// `value` in the steps of its measure: whole counts (repetitions, sets,
// breaths); times in steps of 5 seconds below a minute, 15 seconds from a
// minute and whole minutes from ten; distances in steps of 10 m below a
// kilometre and 100 m from one.
double clinician_step(double value, program::Measure measure);

// The dose a fraction `t` (0 to 1) of the way from `from` to `to`, in
// clinician steps, never outside the two: the ends are what the routine
// wrote, and are kept exactly.
double step_between(double from, double to, double t, program::Measure measure);

}  // namespace regimen::schedule
