#include "player/player.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "player/screen.h"
#include "player/session_clock.h"
#include "player/step_text.h"
#include "player/terminal.h"

namespace regimen::player {
namespace {

// How long the loop waits at most, in real seconds, before looking again.
constexpr double kTick = 0.05;

double now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

bool screen_wanted() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) && !(term && std::string_view(term) == "dumb");
}

// One line per step as it starts, for logs and pipes.
int play_plain(const schedule::Timeline& timeline, const PlayOptions& options) {
  SignalWatch signals(false);
  SessionClock clock(timeline, options.speed, now());
  std::size_t printed = 0;
  while (true) {
    double t = now();
    Snapshot s = clock.at(t);
    if (int signal = signals.stop_signal()) {
      std::cout << stopped_line(timeline, s) << std::endl;
      return 128 + signal;
    }
    // Every step up to the current one, even those a fast clock passed
    // between two looks, so the log always has them all in order.
    std::size_t reached = s.current ? *s.current + 1 : timeline.intervals.size();
    for (; printed < reached; ++printed) std::cout << plain_line(timeline.intervals[printed]) << "\n";
    std::cout << std::flush;
    if (s.state == ClockState::Finished) {
      std::cout << done_line(timeline) << std::endl;
      return 0;
    }
    const auto& step = timeline.intervals[*s.current];
    nap(std::min(kTick, clock.real_seconds_until(step.start + step.duration, t).value_or(kTick)));
  }
}

std::optional<ClockEvent> event_for(char key) {
  switch (key) {
    case ' ':
    case 'p':
    case 'P': return ClockEvent::TogglePause;
    case 'n':
    case 'N': return ClockEvent::Skip;
    case 'q':
    case 'Q': return ClockEvent::Quit;
    default: return std::nullopt;
  }
}

int play_screen(const std::string& title, const schedule::Timeline& timeline, const PlayOptions& options) {
  SignalWatch signals(true);
  SessionClock clock(timeline, options.speed, now());
  Terminal terminal;
  std::optional<std::size_t> shown_step;
  std::vector<std::string> shown_frame;
  while (true) {
    double t = now();
    if (signals.take_suspend()) {
      // A session put aside is paused: the timer must not run on unseen.
      clock.apply(ClockEvent::Pause, t);
      terminal.suspend();
      shown_frame.clear();
      continue;
    }
    if (signals.take_continue()) {
      terminal.take_over();
      shown_frame.clear();
    }
    Snapshot s = clock.at(t);
    if (int signal = signals.stop_signal()) {
      terminal.restore();
      std::cout << stopped_line(timeline, s) << std::endl;
      return 128 + signal;
    }
    if (s.state == ClockState::Finished || s.state == ClockState::Quit) {
      if (s.state == ClockState::Finished && options.bell) terminal.bell();  // the end is a change too
      terminal.restore();
      std::cout << (s.state == ClockState::Finished ? done_line(timeline) : stopped_line(timeline, s)) << std::endl;
      return 0;
    }
    if (s.current != shown_step) {
      if (shown_step && options.bell) terminal.bell();
      shown_step = s.current;
    }
    auto [width, height] = terminal.size();
    auto frame = frame_lines(ScreenInput{title, &timeline, s, width, height, options.color});
    // Drawn only when something changed: no flicker, no needless writes.
    if (frame != shown_frame) {
      terminal.draw(frame);
      shown_frame = std::move(frame);
    }
    for (char key : terminal.read_keys(static_cast<int>(kTick * 1000))) {
      if (auto event = event_for(key)) clock.apply(*event, now());
    }
  }
}

}  // namespace

int play(const std::string& title, const schedule::Timeline& timeline, const PlayOptions& options) {
  return screen_wanted() ? play_screen(title, timeline, options) : play_plain(timeline, options);
}

}  // namespace regimen::player
