// Prescriptions in plain words for patients: how often, how much, how long.
// Used by the handout; every sentence starts with a capital and ends with a
// full stop, so writers can print them as they are.
#pragma once

#include <optional>
#include <string>

#include "figure/spec.h"
#include "library/exercise.h"
#include "program/program.h"
#include "base/words.h"
#include "schedule/dose_extras.h"
#include "schedule/dose_words.h"

namespace regimen::handout {

// "Twice a day, every day", "2 to 3 times a day": the schedule's wording,
// which the plan and the calendar share.
using schedule::frequency_words;
using schedule::times_words;

// The dose of one exercise on one day of the program, ranges kept: the
// schedule's wording, which the plan and the calendar share.
using schedule::dose_words;

// "20 to 30 seconds": the schedule's wording, which the handout shares.
using schedule::seconds_words;

// "foam_roller" -> "Foam roller"; "mid_back" -> "mid back".
std::string humanise(const std::string& word, bool capital);

// A routine's or library's text as a sentence (base/words.h).
using words::sentence;

// "Monday, Wednesday and Friday".
using words::and_list;

// What the library's drawing of an exercise shows, for a screen reader:
// "Drawing of Cat-camel: on hands and knees, the start and the end of the
// movement".
std::string figure_alt(const regimen::Exercise& exercise, const figure::Spec& figure);

}  // namespace regimen::handout
