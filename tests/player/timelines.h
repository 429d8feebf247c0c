// Timelines made by hand for the player's tests, so that every time in them
// is known without working out a routine's schedule.
#pragma once

#include <string>

#include "schedule/timeline.h"

namespace regimen::player::testing {

using schedule::Interval;
using Kind = Interval::Kind;

inline Interval step(Kind kind, double duration, std::string name, std::string cue, std::string what = "") {
  Interval i;
  i.kind = kind;
  i.duration = duration;
  i.exercise_name = std::move(name);
  i.cue = std::move(cue);
  i.what = std::move(what);
  return i;
}

inline void add(schedule::Timeline& timeline, Interval interval) {
  interval.start = timeline.total_seconds;
  timeline.total_seconds += interval.duration;
  timeline.intervals.push_back(std::move(interval));
}

// get ready 0-10, work 10-40, rest 40-50, an empty step at 50, work 50-80.
inline schedule::Timeline two_sets() {
  schedule::Timeline t;
  add(t, step(Kind::GetReady, 10, "Cat-camel", "Get ready: Cat-camel", "get into position"));
  Interval first = step(Kind::Work, 30, "Cat-camel", "10 repetitions", "10 repetitions");
  first.set = 1;
  first.sets = 2;
  add(t, first);
  Interval rest = step(Kind::Rest, 10, "Cat-camel", "Rest 10 seconds", "rest");
  rest.set = 1;
  rest.sets = 2;
  add(t, rest);
  add(t, step(Kind::Work, 0, "Nothing", "", ""));
  Interval second = first;
  second.set = 2;
  add(t, second);
  return t;
}

}  // namespace regimen::player::testing
