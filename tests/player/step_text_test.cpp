// What the player says about a step: log lines, the next step, breathing.
#include <catch2/catch.hpp>

#include "player/step_text.h"
#include "timelines.h"

namespace regimen::player::testing {
namespace {

TEST_CASE("plain lines carry the session clock, the exercise and the cue", "[player][text]") {
  auto t = two_sets();
  CHECK(plain_line(t.intervals[0]) == "[0:00] Get ready: Cat-camel");
  CHECK(plain_line(t.intervals[1]) == "[0:10] Cat-camel — 10 repetitions (set 1 of 2)");
  CHECK(plain_line(t.intervals[2]) == "[0:40] Cat-camel — Rest 10 seconds (after set 1 of 2)");
}

TEST_CASE("a side is said once, by the cue", "[player][text]") {
  Interval left = step(Kind::Work, 20, "Seated twist", "Left side: hold 10 seconds", "hold 10 seconds");
  left.side = Side::Left;
  left.start = 150;
  CHECK(plain_line(left) == "[2:30] Seated twist — Left side: hold 10 seconds");
  CHECK(step_place(left, " · ") == "left side");
  left.cue = "To the left: hold 10 seconds";
  left.side.reset();
  left.toward = Direction{"left", "to the left"};
  CHECK(step_place(left, " · ") == "to the left");
  left.toward = Direction{"clockwise", "clockwise"};
  CHECK(step_place(left, " · ") == "clockwise");
  CHECK(plain_line(left) == "[2:30] Seated twist — To the left: hold 10 seconds");
}

TEST_CASE("the rest between rounds is named after its circuit", "[player][text]") {
  Interval rest = step(Kind::RoundRest, 60, "", "Rest 1 minute. Round 2 of 3 next", "rest before round 2 of 3");
  rest.section = "Strength";
  rest.round = 2;
  rest.rounds = 3;
  CHECK(plain_line(rest) == "[0:00] Strength — Rest 1 minute. Round 2 of 3 next");
  schedule::Timeline t;
  add(t, rest);
  CHECK(next_phrase(t, 0) == "Next: rest 1 minute before round 2 of 3");
}

TEST_CASE("the next step in words", "[player][text]") {
  auto t = two_sets();
  CHECK(next_phrase(t, 1) == "Next: Cat-camel — 10 repetitions");
  CHECK(next_phrase(t, 2) == "Next: Rest 10 seconds");
  CHECK(next_phrase(t, std::nullopt) == "Next: the end of the session");
  add(t, step(Kind::Transition, 15, "Half wall hang", "Next: Half wall hang", "move to the next exercise"));
  CHECK(next_phrase(t, 5) == "Next: Half wall hang");
}

TEST_CASE("a hold in breaths counts the breaths as they go", "[player][text]") {
  Interval hold = step(Kind::Work, 20, "Puppy pose", "Hold for 4 slow breaths", "hold for 4 slow breaths");
  CHECK(hold_breaths(hold) == 4);
  CHECK(breath_guidance(hold, 0) == "Breathe slowly and evenly: breath 1 of 4");
  CHECK(breath_guidance(hold, 5) == "Breathe slowly and evenly: breath 2 of 4");
  CHECK(breath_guidance(hold, 19.9) == "Breathe slowly and evenly: breath 4 of 4");
  CHECK(breath_guidance(hold, 20) == "Breathe slowly and evenly: breath 4 of 4");
}

TEST_CASE("repetitions held for breaths get guidance without a count", "[player][text]") {
  Interval reps = step(Kind::Work, 60, "Bird dog", "8 repetitions, holding each for 3 breaths",
                       "8 repetitions, holding each for 3 breaths");
  CHECK(breath_guidance(reps, 10) == "Breathe slowly through each hold: 3 breaths");
  Interval timed = step(Kind::Work, 20, "Hang", "Hold 20 seconds", "hold 20 seconds");
  CHECK_FALSE(hold_breaths(timed).has_value());
  CHECK(breath_guidance(timed, 3).empty());
}

TEST_CASE("the last line says how far the session got", "[player][text]") {
  auto t = two_sets();
  CHECK(done_line(t) == "Done: 1:20");
  Snapshot s;
  s.elapsed = 25;
  s.current = 1;
  CHECK(stopped_line(t, s) == "Stopped at 0:25 of 1:20, in step 2 of 5 (Cat-camel)");
}

}  // namespace
}  // namespace regimen::player::testing
