// The screen's frames, drawn without colour so the text can be read.
#include <catch2/catch.hpp>

#include <algorithm>

#include "base/utf8.h"
#include "player/screen.h"
#include "timelines.h"

namespace regimen::player::testing {
namespace {

constexpr double kStart = 0;

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

std::vector<std::string> frame(const schedule::Timeline& t, const Snapshot& s, int width = 100, int height = 30) {
  return frame_lines(ScreenInput{"Desk break", &t, s, width, height, false});
}

TEST_CASE("progress bars and the countdown", "[player][screen]") {
  CHECK(progress_bar(0.42, 10) == "[####......]  42%");
  CHECK(progress_bar(0, 4) == "[....]   0%");
  CHECK(progress_bar(1, 4) == "[####] 100%");
  CHECK(progress_bar(1.5, 4) == "[####] 100%");
  CHECK(progress_bar(0.999, 4) == "[###.]  99%");
  CHECK(countdown(42) == "00:42");
  CHECK(countdown(41.2) == "00:42");
  CHECK(countdown(0.3) == "00:01");
  CHECK(countdown(725) == "12:05");
  CHECK(countdown(3725) == "1:02:05");
}

TEST_CASE("a frame shows the routine, the step, the countdown, both bars and what is next", "[player][screen]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  std::string screen = joined(frame(t, clock.at(kStart + 25)));
  CHECK(screen.find("Desk break") != std::string::npos);
  CHECK(screen.find("week 1 · low dose") != std::string::npos);
  CHECK(screen.find("Cat-camel") != std::string::npos);
  CHECK(screen.find("set 1 of 2") != std::string::npos);
  CHECK(screen.find("▶ 10 repetitions") != std::string::npos);
  CHECK(screen.find("█") != std::string::npos);  // the big figures
  CHECK(screen.find("Step     [") != std::string::npos);
  CHECK(screen.find("0:15 left of 0:30") != std::string::npos);
  CHECK(screen.find("]  50%") != std::string::npos);
  CHECK(screen.find("0:25 of 1:20") != std::string::npos);
  CHECK(screen.find("Next: Rest 10 seconds") != std::string::npos);
  CHECK(screen.find("space pause · n skip · q quit") != std::string::npos);
  CHECK(screen.find("PAUSED") == std::string::npos);
}

TEST_CASE("a length that rests on an estimate is shown as one", "[player][screen]") {
  auto t = two_sets();
  t.intervals.at(1).estimated = true;  // `reps up to 10`: timed by its most
  t.estimated = true;
  SessionClock clock(t, 1, kStart);
  std::string screen = joined(frame(t, clock.at(kStart + 25)));
  CHECK(screen.find("0:15 left of ~0:30") != std::string::npos);
  CHECK(screen.find("0:25 of ~1:20") != std::string::npos);
  // The next step's length is the prescription's: no mark.
  std::string rest = joined(frame(t, clock.at(kStart + 45)));
  CHECK(rest.find("left of 0:10") != std::string::npos);
  CHECK(rest.find("left of ~0:10") == std::string::npos);
}

TEST_CASE("an untitled routine's header reads \"Routine\" with its week", "[player][screen]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  auto lines = frame_lines(ScreenInput{"", &t, clock.at(kStart + 25), 100, 30, false});
  REQUIRE_FALSE(lines.empty());
  CHECK(lines[0].find("Routine") != std::string::npos);
  CHECK(lines[0].find("week 1 · low dose") != std::string::npos);
}

TEST_CASE("a paused frame says so, and how to go on", "[player][screen]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  clock.apply(ClockEvent::Pause, kStart + 5);
  std::string screen = joined(frame(t, clock.at(kStart + 9)));
  CHECK(screen.find("PAUSED — press space to resume") != std::string::npos);
  CHECK(screen.find("space resume") != std::string::npos);
  CHECK(screen.find("0:05 left of 0:10") != std::string::npos);
}

TEST_CASE("rest shows its cue", "[player][screen]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  std::string screen = joined(frame(t, clock.at(kStart + 42)));
  CHECK(screen.find("▶ Rest 10 seconds") != std::string::npos);
  CHECK(screen.find("Next: Cat-camel — 10 repetitions") != std::string::npos);
}

TEST_CASE("frames fit the terminal, large or small", "[player][screen]") {
  auto t = two_sets();
  t.intervals[1].exercise_name = std::string(150, 'x');
  SessionClock clock(t, 1, kStart);
  for (auto [width, height] : {std::pair{100, 30}, std::pair{80, 24}, std::pair{50, 14}, std::pair{20, 8}}) {
    auto lines = frame(t, clock.at(kStart + 20), width, height);
    CAPTURE(width, height);
    CHECK(lines.size() == static_cast<std::size_t>(height));
    for (const auto& line : lines) CHECK(utf8::count_chars(line) <= static_cast<std::size_t>(width));
  }
}

TEST_CASE("colour codes do not count toward the width", "[player][screen]") {
  auto t = two_sets();
  SessionClock clock(t, 1, kStart);
  auto plain = frame_lines(ScreenInput{"Desk break", &t, clock.at(kStart + 20), 80, 24, false});
  auto painted = frame_lines(ScreenInput{"Desk break", &t, clock.at(kStart + 20), 80, 24, true});
  REQUIRE(plain.size() == painted.size());
  CHECK(joined(painted).find("\x1b[") != std::string::npos);
  CHECK(joined(plain).find("\x1b[") == std::string::npos);
}

}  // namespace
}  // namespace regimen::player::testing
