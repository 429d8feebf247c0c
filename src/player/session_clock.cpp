#include "player/session_clock.h"

#include <algorithm>

namespace regimen::player {

std::optional<std::size_t> interval_at(const schedule::Timeline& timeline, double t) {
  const auto& intervals = timeline.intervals;
  for (std::size_t i = 0; i < intervals.size(); ++i) {
    const auto& interval = intervals[i];
    // The timeline adds each length to the previous start, so one
    // interval's end is exactly the next one's start: no gaps, no overlaps.
    if (interval.duration > 0 && interval.start <= t && t < interval.start + interval.duration) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> step_after(const schedule::Timeline& timeline, std::size_t index) {
  for (std::size_t i = index + 1; i < timeline.intervals.size(); ++i) {
    if (timeline.intervals[i].duration > 0) return i;
  }
  return std::nullopt;
}

SessionClock::SessionClock(const schedule::Timeline& timeline, double speed, double now)
    : timeline_(timeline), speed_(speed > 0 ? speed : 1), since_(now) {
  if (timeline_.total_seconds <= 0) state_ = ClockState::Finished;
}

double SessionClock::elapsed_at(double now) const {
  double elapsed = base_;
  if (state_ == ClockState::Running) elapsed += std::max(0.0, now - since_) * speed_;
  return std::min(elapsed, timeline_.total_seconds);
}

void SessionClock::set_elapsed(double elapsed, double now) {
  base_ = std::min(elapsed, timeline_.total_seconds);
  since_ = now;
}

Snapshot SessionClock::at(double now) const {
  Snapshot s;
  s.elapsed = elapsed_at(now);
  s.state = state_;
  if (state_ != ClockState::Quit && s.elapsed >= timeline_.total_seconds) s.state = ClockState::Finished;
  double total = timeline_.total_seconds;
  s.session_progress = total > 0 ? s.elapsed / total : 1;
  if (s.state == ClockState::Finished) return s;
  s.current = interval_at(timeline_, s.elapsed);
  if (!s.current) return s;
  const auto& interval = timeline_.intervals[*s.current];
  double done = s.elapsed - interval.start;
  s.left = interval.duration - done;
  s.interval_progress = done / interval.duration;
  s.next = step_after(timeline_, *s.current);
  return s;
}

void SessionClock::apply(ClockEvent event, double now) {
  Snapshot s = at(now);
  if (s.state == ClockState::Finished || s.state == ClockState::Quit) return;
  bool paused = state_ == ClockState::Paused;
  switch (event) {
    case ClockEvent::TogglePause:
      apply(paused ? ClockEvent::Resume : ClockEvent::Pause, now);
      return;
    case ClockEvent::Pause:
      if (paused) return;
      set_elapsed(s.elapsed, now);
      state_ = ClockState::Paused;
      return;
    case ClockEvent::Resume:
      if (!paused) return;
      set_elapsed(s.elapsed, now);
      state_ = ClockState::Running;
      return;
    case ClockEvent::Skip: {
      if (!s.current) return;
      const auto& interval = timeline_.intervals[*s.current];
      set_elapsed(interval.start + interval.duration, now);
      return;
    }
    case ClockEvent::Quit:
      set_elapsed(s.elapsed, now);
      state_ = ClockState::Quit;
      return;
  }
}

std::optional<double> SessionClock::real_seconds_until(double t, double now) const {
  if (state_ != ClockState::Running) return std::nullopt;
  double elapsed = elapsed_at(now);
  return t <= elapsed ? 0 : (t - elapsed) / speed_;
}

}  // namespace regimen::player
