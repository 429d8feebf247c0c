// The timer's state machine: which step is under way at a time, and how
// pause, resume, skip and quit move the session.
#include <catch2/catch.hpp>

#include "player/session_clock.h"
#include "timelines.h"

namespace regimen::player::testing {
namespace {

constexpr double kStart = 1000;  // any real time; the clock counts from it

TEST_CASE("the interval under way at a session time", "[player][clock]") {
  auto t = two_sets();
  CHECK(interval_at(t, 0) == 0u);
  CHECK(interval_at(t, 9.99) == 0u);
  CHECK(interval_at(t, 10) == 1u);
  CHECK(interval_at(t, 45) == 2u);
  // The empty step at 50 is never under way; the second set is.
  CHECK(interval_at(t, 50) == 4u);
  CHECK(interval_at(t, 79.9) == 4u);
  CHECK_FALSE(interval_at(t, 80).has_value());
  CHECK_FALSE(interval_at(t, 500).has_value());
}

TEST_CASE("the next step leaves out steps of no length", "[player][clock]") {
  auto t = two_sets();
  CHECK(step_after(t, 0) == 1u);
  CHECK(step_after(t, 2) == 4u);
  CHECK_FALSE(step_after(t, 4).has_value());
}

TEST_CASE("a running clock: step, time left and progress", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  Snapshot s = clock.at(kStart + 25);
  CHECK(s.state == ClockState::Running);
  CHECK(s.current == 1u);
  CHECK(s.elapsed == Approx(25));
  CHECK(s.left == Approx(15));
  CHECK(s.interval_progress == Approx(0.5));
  CHECK(s.session_progress == Approx(25.0 / 80));
  CHECK(s.next == 2u);
}

TEST_CASE("speed runs the session faster than real time", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 20, kStart);
  Snapshot s = clock.at(kStart + 2);  // 40 session seconds
  CHECK(s.elapsed == Approx(40));
  CHECK(s.current == 2u);
  CHECK(clock.real_seconds_until(80, kStart + 2).value() == Approx(2.0));
}

TEST_CASE("pause freezes the session and resume carries on from there", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Pause, kStart + 12);
  Snapshot paused = clock.at(kStart + 500);
  CHECK(paused.state == ClockState::Paused);
  CHECK(paused.elapsed == Approx(12));
  CHECK(paused.left == Approx(28));
  CHECK_FALSE(clock.real_seconds_until(80, kStart + 500).has_value());
  // A second pause changes nothing.
  clock.apply(ClockEvent::Pause, kStart + 600);
  CHECK(clock.at(kStart + 700).elapsed == Approx(12));

  clock.apply(ClockEvent::Resume, kStart + 700);
  Snapshot resumed = clock.at(kStart + 703);
  CHECK(resumed.state == ClockState::Running);
  CHECK(resumed.elapsed == Approx(15));
}

TEST_CASE("toggling pauses, then resumes", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::TogglePause, kStart + 5);
  CHECK(clock.at(kStart + 50).state == ClockState::Paused);
  clock.apply(ClockEvent::TogglePause, kStart + 50);
  CHECK(clock.at(kStart + 51).state == ClockState::Running);
  CHECK(clock.at(kStart + 51).elapsed == Approx(6));
}

TEST_CASE("skip jumps to the start of the next step", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Skip, kStart + 3);
  Snapshot s = clock.at(kStart + 3);
  CHECK(s.current == 1u);
  CHECK(s.elapsed == Approx(10));
  CHECK(s.left == Approx(30));
  // ... and the clock runs on from there.
  CHECK(clock.at(kStart + 8).elapsed == Approx(15));
}

TEST_CASE("skip passes over steps of no length", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Skip, kStart + 45);  // in the rest
  CHECK(clock.at(kStart + 45).current == 4u);
}

TEST_CASE("skip while paused shows the next step and stays paused", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Pause, kStart + 1);
  clock.apply(ClockEvent::Skip, kStart + 2);
  Snapshot s = clock.at(kStart + 100);
  CHECK(s.state == ClockState::Paused);
  CHECK(s.current == 1u);
  CHECK(s.elapsed == Approx(10));
}

TEST_CASE("the session ends after its last step", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  Snapshot end = clock.at(kStart + 80);
  CHECK(end.state == ClockState::Finished);
  CHECK_FALSE(end.current.has_value());
  CHECK(end.elapsed == Approx(80));
  CHECK(end.session_progress == Approx(1));
  // Long after, nothing runs past the end.
  CHECK(clock.at(kStart + 10000).elapsed == Approx(80));
}

TEST_CASE("skipping the last step ends the session: later events do nothing", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Skip, kStart + 60);
  CHECK(clock.at(kStart + 60).state == ClockState::Finished);
  clock.apply(ClockEvent::Pause, kStart + 61);
  clock.apply(ClockEvent::Quit, kStart + 61);
  CHECK(clock.at(kStart + 62).state == ClockState::Finished);
}

TEST_CASE("quit stops the clock where it was", "[player][clock]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Quit, kStart + 33);
  Snapshot s = clock.at(kStart + 900);
  CHECK(s.state == ClockState::Quit);
  CHECK(s.elapsed == Approx(33));
  CHECK(s.current == 1u);
  clock.apply(ClockEvent::Resume, kStart + 901);
  CHECK(clock.at(kStart + 950).state == ClockState::Quit);
}

TEST_CASE("an empty session is over at once", "[player][clock]") {
  schedule::Timeline empty;
  SessionClock clock(empty, 1, kStart);
  Snapshot s = clock.at(kStart);
  CHECK(s.state == ClockState::Finished);
  CHECK_FALSE(s.current.has_value());
  clock.apply(ClockEvent::Skip, kStart);  // must not touch a step that is not there
  CHECK(clock.at(kStart + 1).state == ClockState::Finished);
}

}  // namespace
}  // namespace regimen::player::testing
