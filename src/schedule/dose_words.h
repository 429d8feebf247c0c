// A dose in words for patients, ranges and open forms kept as prescribed:
// "2 sets of 10 to 15 repetitions on each side.", "Hold for up to 30
// seconds.", "As your therapist showed you." The handout, the plan and the
// calendar all say a day's dose with these words, so none of them says less
// than another; the numbers a schedule times a session with are its own.
#pragma once

#include <string>
#include <string_view>

#include "program/program.h"

namespace regimen::schedule {

// The dose of one exercise on one day of the program, ranges kept, as one or
// two sentences: "2 sets of 10 repetitions on each side." / "Hold 20 to 30
// seconds. Do this 5 times."
std::string dose_words(const program::Item& item, int day);

// "Twice a day, every day"; "3 to 5 times a week"; "Once a day (morning), on
// Monday, Wednesday and Friday".
std::string frequency_words(const program::Frequency& frequency);

// "Once a day", "2 to 3 times a day": the frequency as a short count.
std::string times_words(const program::Range& range, std::string_view period);

// An exercise's own frequency, when its line gives one: "How often: 3 to 5
// times a day, every day." Empty otherwise.
std::string how_often_sentence(const program::Item& item);

// What the plan and the calendar say after a day's dose: its extras
// (schedule/dose_extras.h), then the exercise's own frequency.
std::string plan_extras(const program::Item& item, int day);

// The same day's dose with everything that goes with it (load, tempo,
// effort, pain limit, rest, and the exercise's own frequency), ranges kept:
// "3 sets of 15 repetitions. Use a yellow resistance band. Rest 30 seconds
// to 1 minute between sets."
std::string day_dose_words(const program::Item& item, int day);

}  // namespace regimen::schedule
