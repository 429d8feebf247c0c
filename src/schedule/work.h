// One block of an exercise's work in a session: what it is in words, and how
// long it takes. The words come from the prescription, the seconds from the
// week's numbers, so that an open dose ("up to 10", "as long as comfortable")
// is said as prescribed while the schedule times it by its estimate.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {

// "10 repetitions, holding each 5 seconds", and its seconds.
std::pair<std::string, double> work(const program::Item& item, const WeekDose& dose, const SessionTiming& session);

// Per-side work whose side changes with every repetition covers both sides
// in one block of work.
bool both_sides_in_block(const program::Item& item, const WeekDose& dose);

// One block of one-sided work: on a side of the body, or toward a direction.
struct Place {
  std::optional<Side> side;
  std::optional<Direction> toward;
};

// The places worked one after the other in a set: each side or direction in
// turn, or one place for both sides at once (and for one side the build did
// not name).
std::vector<Place> places_of(const program::Sides& sides, bool both_in_block);

// The cue on changing to `place`: "Switch to the left side"; toward a
// direction, in the library's words for it: "Now to the left", "Now clockwise".
std::string switch_cue(const Place& place);

// What a cue for work at `place` starts with: "Left side: ", "To the left: ",
// "Clockwise: "; for one side not yet named, "Affected side: "; nothing for
// both sides at once.
std::string work_lead(const program::Item& item, const Place& place);

// ", as tolerated" for a line that says so, else nothing: said last, after
// the sides.
std::string tolerated_words(const program::Item& item);

// "5 repetitions", "1 repetition".
std::string plural(int n, std::string_view one, std::string_view many);

}  // namespace regimen::schedule
