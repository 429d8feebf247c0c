// What goes with a dose besides its work, in plain words: the load, the
// tempo, the effort, the pain limit and the rest. One wording for the
// handout, the plan and the calendar, so that none of them says less than
// another (the slow tempo of an eccentric exercise is the exercise).
#pragma once

#include <optional>
#include <string>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {

// For all the days the line applies, ranges kept, as the handout says it:
// "Use a weight of 2 kg. Move at a slow pace. Rest 1 minute between sets."
std::string dose_extras(const program::Item& item);

// Everything besides the work on `day`, ranges kept: the load and the
// effort of that day, the tempo, the pain limit and the rest.
std::string day_extras(const program::Item& item, int day);

// What progresses besides the work, on `day`, ranges kept: the load and the
// effort, when they move over the line's days. The handout's table of the
// dose by week shows it beside the work. Empty when nothing does.
std::string day_changes(const program::Item& item, int day);

// A dose with its extras after it:
// "3 sets of 15 repetitions. Move at a slow pace."
std::string with_extras(const std::string& dose_phrase, const std::string& extras);

// "20 to 30 seconds", "1 to 2 minutes", "30 seconds to 5 minutes".
std::string seconds_words(const program::Range& range);

}  // namespace regimen::schedule
