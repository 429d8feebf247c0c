// What the player says about a step, in words: the plain log's lines, the
// next step, where a step stands in its sets and rounds, and the breathing
// guidance for holds counted in breaths. Shared by the screen and the log.
#pragma once

#include <optional>
#include <string>

#include "player/session_clock.h"
#include "schedule/timeline.h"

namespace regimen::player {

// The exercise, or for the rest between rounds the circuit's title.
std::string step_name(const schedule::Interval& interval);

// "Cat-camel — 10 repetitions"; "Get ready: Cat-camel" before an exercise.
std::string step_headline(const schedule::Interval& interval);

// "set 1 of 2 · round 2 of 3 · left side", with only the parts that apply.
std::string step_place(const schedule::Interval& interval, std::string_view separator);

// One line of the plain log: "[0:10] Cat-camel — 10 repetitions (set 1 of 2)".
std::string plain_line(const schedule::Interval& interval);

// "Next: Rest 30 seconds", "Next: Half wall hang", "Next: the end".
std::string next_phrase(const schedule::Timeline& timeline, std::optional<std::size_t> next);

// The breaths in a hold counted in breaths, read from the interval's words.
std::optional<int> hold_breaths(const schedule::Interval& interval);

// "Breathe slowly and evenly: breath 2 of 4" for a hold of breaths, after
// `done` seconds of it; empty when the step has no breath count.
std::string breath_guidance(const schedule::Interval& interval, double done);

// "Done: 4:45".
std::string done_line(const schedule::Timeline& timeline);

// "Stopped at 1:20 of 4:45, in step 3 of 12 (Cat-camel)".
std::string stopped_line(const schedule::Timeline& timeline, const Snapshot& snapshot);

}  // namespace regimen::player
