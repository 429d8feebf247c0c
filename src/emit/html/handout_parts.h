// The parts of the HTML handout that have a shape of their own, each appended
// to the page being written: one exercise card and the tick-box tracker.
#pragma once

#include <string>

#include "handout/handout.h"

namespace regimen::html {

void write_exercise(std::string& page, const handout::Exercise& exercise);
void write_tracker(std::string& page, const handout::Tracker& tracker);

}  // namespace regimen::html
