// A dose in words for patients, ranges and open forms kept as prescribed:
// "2 sets of 10 to 15 repetitions on each side.", "Hold for up to 30
// seconds.", "As your therapist showed you." The handout, the plan and the
// calendar all say a day's dose with these words, so none of them says less
// than another; the numbers a schedule times a session with are its own.
#pragma once

#include <string>

#include "program/program.h"

namespace regimen::schedule {

// The dose of one exercise on one day of the program, ranges kept, as one or
// two sentences: "2 sets of 10 repetitions on each side." / "Hold 20 to 30
// seconds. Do this 5 times."
std::string dose_words(const program::Item& item, int day);

// The same day's dose with everything that goes with it (load, tempo,
// effort, pain limit, rest), ranges kept: "3 sets of 15 repetitions. Use a
// yellow resistance band. Rest 30 to 60 seconds between sets."
std::string day_dose_words(const program::Item& item, int day);

}  // namespace regimen::schedule
