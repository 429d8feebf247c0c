// One block of an exercise's work in a session: what it is in words, and how
// long it takes. The words come from the prescription, the seconds from the
// week's numbers, so that an open dose ("up to 10", "as long as comfortable")
// is said as prescribed while the schedule times it by its estimate.
#pragma once

#include <string>
#include <utility>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {

// "10 repetitions, holding each 5 seconds", and its seconds.
std::pair<std::string, double> work(const program::Item& item, const WeekDose& dose, const SessionTiming& session);

// Per-side work whose side changes with every repetition covers both sides
// in one block of work.
bool both_sides_in_block(const program::Item& item, const WeekDose& dose);

// The cue on changing to `side`: "Switch to the left side"; toward a
// direction, "Now to the left" or "Back to the centre".
std::string switch_cue(Direction side, bool directions);

// What a cue for work on `side` starts with: "Left side: ", "To the left: ",
// "Centre: "; for one side not yet named, "Affected side: ".
std::string work_lead(const program::Item& item, std::optional<Direction> side);

// ", as tolerated" for a line that says so, else nothing: said last, after
// the sides.
std::string tolerated_words(const program::Item& item);

// "5 repetitions", "1 repetition".
std::string plural(int n, std::string_view one, std::string_view many);

}  // namespace regimen::schedule
