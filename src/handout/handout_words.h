// Prescriptions in plain words for patients: how often, how much, how long.
// Used by the handout; every sentence starts with a capital and ends with a
// full stop, so writers can print them as they are.
#pragma once

#include <optional>
#include <string>

#include "library/exercise.h"
#include "program/program.h"
#include "schedule/dose_extras.h"

namespace regimen::handout {

// "Twice a day, every day"; "3 to 5 times a week"; "Once a day (morning), on Monday, Wednesday and Friday".
std::string frequency_words(const program::Frequency& frequency);

// "Once a day", "2 to 3 times a day": the frequency as a short count.
std::string times_words(const program::Range& range, std::string_view period);

// The dose of one exercise on one day of the program, ranges kept:
// "2 sets of 10 repetitions on each side." / "Hold 20 to 30 seconds. Do this 5 times."
std::string dose_words(const program::Item& item, int day);

// "20 to 30 seconds": the schedule's wording, which the handout shares.
using schedule::seconds_words;

// "foam_roller" -> "Foam roller"; "mid_back" -> "mid back".
std::string humanise(const std::string& word, bool capital);

// A routine's or library's text as a sentence: a capital first letter and
// a closing full stop when the author left it off.
std::string sentence(std::string text);

// "Monday, Wednesday and Friday".
std::string and_list(const std::vector<std::string>& words);

}  // namespace regimen::handout
