// One session as a timeline: every interval from "get ready" to the last
// rest, with its start, length, exercise, set, side and what to say.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {

struct Interval {
  enum class Kind { GetReady, Work, Rest, SwitchSide, Transition, RoundRest };
  Kind kind = Kind::Work;
  double start = 0;      // seconds from the start of the session
  double duration = 0;
  std::string exercise_id;
  std::string exercise_name;
  std::string section;   // the enclosing section's or circuit's title
  int set = 0, sets = 0;      // 1-based; 0 when not part of a set
  int round = 0, rounds = 0;  // circuits
  // Where one-sided work goes: a side of the body, or a direction to move
  // toward (`per direction`); neither for both sides at once.
  std::optional<Side> side;
  std::optional<Direction> toward;
  std::string what;      // "10 repetitions", "hold 30 seconds"
  std::string cue;       // what a coach would say now
  // A length that is the schedule's estimate, not the prescription: work
  // with an open dose (`hold as long as comfortable`, `reps up to 10`, `as
  // advised`), or a rest the line or circuit does not give.
  bool estimated = false;
};

// An exercise as it runs in the session (in a circuit, once per round).
// `item` points into the program the timeline was made from.
struct Entry {
  const program::Item* item = nullptr;
  WeekDose dose;
  std::string section;
  int round = 0, rounds = 0;
};

struct Timeline {
  program::DayRange period;  // the days whose session this is, all alike
  DoseChoice dose = DoseChoice::Low;
  std::vector<Entry> entries;
  std::vector<Interval> intervals;
  double total_seconds = 0;
  // Some interval is timed by an estimate (an open dose, `as advised`, a
  // rest nobody gave): the total is approximate, and outputs say "about".
  bool estimated = false;
};

std::string_view to_string(Interval::Kind kind);

// The session of the days `period` (schedule/periods.h), taken on its first
// day. Phases that do not run then are left out, and an exercise given in a
// running phase replaces the same exercise outside it.
Timeline lower_session(const program::Program& program, const program::DayRange& period, DoseChoice dose);

// The exercises given inside the phases that run on `day`: that day they
// replace the same exercise given outside any phase.
std::set<std::string> phase_exercises(const program::Program& program, int day);

// The whole dose in words: "2 sets of 10 repetitions on each side".
std::string dose_phrase(const program::Item& item, const WeekDose& dose, const SessionTiming& session);

// One-sided work in short: "left side only", "affected side only", "left
// side only (the affected side)".
std::string one_side_phrase(const program::Sides& sides);

// "2:05", "1:02:05": clock time for people.
std::string clock(double seconds);
// "30 seconds", "2 minutes", "1 minute 30 seconds".
std::string spoken_seconds(double seconds);

}  // namespace regimen::schedule
