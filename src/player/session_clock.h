// The follow-along timer as a pure state machine: where a session stands at
// a moment, and how pause, resume, skip and quit move it. No terminal, no
// real clock: the caller passes the time, so tests can too.
#pragma once

#include <cstddef>
#include <optional>

#include "schedule/timeline.h"

namespace regimen::player {

enum class ClockState { Running, Paused, Finished, Quit };

enum class ClockEvent { Pause, Resume, TogglePause, Skip, Quit };

// The session at one moment. Times are session seconds (the timeline's), not
// real ones: at --speed 20 a real second moves the session 20 seconds.
struct Snapshot {
  ClockState state = ClockState::Running;
  double elapsed = 0;                  // from the start of the session, 0..total
  std::optional<std::size_t> current;  // the interval under way; none once finished
  double left = 0;                     // seconds left in the current interval
  double interval_progress = 0;        // 0..1 of the current interval done
  double session_progress = 0;         // 0..1 of the whole session done
  std::optional<std::size_t> next;     // the step after the current one, if any
};

// The interval under way at session time `t`: the one with start <= t < end.
// Intervals of no length are never under way; none at or past the end.
std::optional<std::size_t> interval_at(const schedule::Timeline& timeline, double t);

// The first interval with a length after `index`.
std::optional<std::size_t> step_after(const schedule::Timeline& timeline, std::size_t index);

class SessionClock {
 public:
  // Starts running at real time `now` (seconds on any steady clock).
  // `speed` > 0 is how many session seconds pass in one real second. The
  // timeline must outlive the clock.
  SessionClock(const schedule::Timeline& timeline, double speed, double now);

  Snapshot at(double now) const;

  // Events after the session finished or was quit change nothing. Skip moves
  // to the start of the next step and keeps a paused clock paused.
  void apply(ClockEvent event, double now);

  // The real seconds until the session reaches session time `t` if left
  // running; 0 when already there, and none while paused or stopped.
  std::optional<double> real_seconds_until(double t, double now) const;

 private:
  double elapsed_at(double now) const;
  void set_elapsed(double elapsed, double now);

  const schedule::Timeline& timeline_;
  double speed_;
  ClockState state_ = ClockState::Running;
  double base_ = 0;   // session time when the clock last started or stopped
  double since_ = 0;  // real time it last started running
};

}  // namespace regimen::player
