// The sessions of a program: who does what, and when. A routine without
// `session` is one session at its own frequency; each `session` block is
// one at its own; and a line whose own frequency differs from its session's
// is a small session of its own ("through the day"), so that it never
// inflates the session around it. Every output reads the program through
// this one split, so they cannot disagree on what a session holds.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "program/program.h"
#include "schedule/timeline.h"

namespace regimen::schedule {

struct Session {
  // Routine: the lines in no `session` block; Declared: a `session` block
  // (all those of one title); OwnFrequency: one line with its own frequency.
  enum class Origin { Routine, Declared, OwnFrequency };
  Origin origin = Origin::Routine;
  std::string title;  // the session's; the exercise's name for OwnFrequency; empty for Routine
  std::string exercise_id;  // OwnFrequency: the line's exercise
  std::optional<program::Frequency> frequency;  // its own, or the routine's
  // The routine with this session's lines only, and the session's frequency
  // as its own: what a timeline, a plan row or a calendar series is made of.
  program::Program program;
};

std::string_view to_string(Session::Origin origin);

// What a patient reads as a session's name beside the others: its title (an
// exercise's name for a line with its own frequency), or "Other exercises"
// for the lines in no session.
std::string session_label(Session::Origin origin, const std::string& title);

// In the order the routine first names them. A program whose lines are all
// in one session has one. A routine with no lines has one, empty.
std::vector<Session> sessions(const program::Program& program);

// True when the split changes nothing: one session, the routine's own.
bool single_session(const std::vector<Session>& sessions);

// The session to follow with a timer when none is named: the only one, or
// the only one besides lines with a frequency of their own (those are done
// through the day, not followed); none when there are several to choose from.
const Session* main_session(const std::vector<Session>& sessions);

// The session whose title is `name`, or, for a line with its own frequency,
// its exercise's id or name (in any case and spacing); none if no session has it.
const Session* find_session(const std::vector<Session>& sessions, std::string_view name);

// A session's timeline on the days of one stretch. `session` and the
// timeline's items point into the split the timeline was made from.
struct SessionTimeline {
  const Session* session = nullptr;
  Timeline timeline;
};

// The timelines of the sessions that have exercises in `period` (a routine
// of one session always has its own, even empty), in session order.
std::vector<SessionTimeline> lower_sessions(const std::vector<Session>& sessions, const program::DayRange& period,
                                            DoseChoice dose);

}  // namespace regimen::schedule
