// The wording a patient reads: doses and frequencies in plain sentences.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "handout/handout_words.h"

using regimen::testing::Compiled;
namespace h = regimen::handout;

namespace {

// An exercise line compiled, then its dose on day 1 in words.
std::string dose_of(const std::string& line) {
  Compiled c(R"(
exercise test_release "Test release" {
  kind hold
  category release
}
exercise test_rep_hold "Test rep hold" {
  kind reps_hold
}
exercise test_side_hold "Test side hold" {
  kind hold
  sides per_side
}
)" + line + "\n");
  REQUIRE(c.result.ok());
  return h::dose_words(c.item(0), 1);
}

std::string frequency_of(const std::string& fact) {
  Compiled c("routine \"R\" {\n  " + fact + "\n  test_curl reps 5\n}\n");
  REQUIRE(c.result.ok());
  REQUIRE(c.program().frequency);
  return h::frequency_words(*c.program().frequency);
}

}  // namespace

TEST_CASE("repetitions read as sets of repetitions on each side") {
  CHECK(dose_of("test_curl reps 10") == "10 repetitions.");
  CHECK(dose_of("test_curl reps 10..15") == "10 to 15 repetitions.");
  CHECK(dose_of("test_press reps 10 x2 per side") == "2 sets of 10 repetitions on each side.");
  CHECK(dose_of("test_curl reps 1") == "1 repetition.");
  CHECK(dose_of("test_press reps 8 alternating") == "8 repetitions, alternating sides.");
  CHECK(dose_of("test_rep_hold reps 10 hold 3s x2") == "2 sets of 10 repetitions, holding each for 3 seconds.");
}

TEST_CASE("holds read as a hold and how many times to do it") {
  CHECK(dose_of("test_plank hold 20..30s x5") == "Hold 20 to 30 seconds. Do this 5 times.");
  CHECK(dose_of("test_side_hold hold 30s per side") == "Hold 30 seconds on each side.");
  CHECK(dose_of("test_plank hold 3..5 breaths") == "Hold for 3 to 5 breaths.");
  CHECK(dose_of("test_plank hold 1..2min") == "Hold 1 to 2 minutes.");
  CHECK(dose_of("test_plank hold at least 5min") == "Hold for at least 5 minutes.");
  CHECK(dose_of("test_plank hold") == "Hold for a few seconds.");
}

TEST_CASE("open holds say what ends them and the longest they last") {
  CHECK(dose_of("test_release hold until pain 2/10 max 2min") ==
        "Hold until the pain eases to about 2 out of 10, up to 2 minutes.");
  CHECK(dose_of("test_release hold until pain 2/10 from pain 6/10 max 90s") ==
        "Start where the pain is about 6 out of 10, then hold until it eases to about 2 out of 10, up to 1 minute 30 seconds.");
  CHECK(dose_of("test_release hold until \"the tension releases\" max 90s") ==
        "Hold until the tension releases, up to 1 minute 30 seconds.");
}

TEST_CASE("durations and distances") {
  CHECK(dose_of("test_walk for 20..30min") == "Keep going for 20 to 30 minutes.");
  CHECK(dose_of("test_walk distance 2km") == "Cover 2 km.");
}

// Every form of dose says its sets, sides and alternation the same way: once
// a distance dropped its `x2` and a hold its `alternate`.
TEST_CASE("every form of dose says how many times and what it alternates") {
  CHECK(dose_of("test_walk distance 400m x3") == "Cover 400 metres. Do this 3 times.");
  CHECK(dose_of("test_walk for 5min x2") == "Keep going for 5 minutes. Do this 2 times.");
  CHECK(dose_of("test_plank hold 20s alternate high, low") == "Hold 20 seconds, alternating high and low.");
  CHECK(dose_of("test_walk for 1min alternate forward, backward") ==
        "Keep going for 1 minute, alternating forward and backward.");
}

TEST_CASE("a progression gives each week a dose a patient can time") {
  std::string program = "routine \"R\" {\n  program 5 weeks\n  test_plank hold 30s -> 2min\n}\n";
  Compiled c(program);
  REQUIRE(c.result.ok());
  const auto& item = std::get<regimen::program::Item>(c.program().body.at(0));
  CHECK(h::dose_words(item, 1) == "Hold 30 seconds.");
  CHECK(h::dose_words(item, 29) == "Hold 2 minutes.");
  // Week 2 (day 8) is 52.5 seconds on a straight line: it lands on a step of 5.
  CHECK(h::dose_words(item, 8) == "Hold 55 seconds.");
  // Within a week the dose stays the same.
  CHECK(h::dose_words(item, 14) == "Hold 55 seconds.");
}

TEST_CASE("frequencies read as a patient would say them") {
  CHECK(frequency_of("frequency twice_daily") == "Twice a day, every day");
  CHECK(frequency_of("frequency 3..5/week") == "3 to 5 times a week");
  CHECK(frequency_of("frequency 1/day") == "Once a day, every day");
  CHECK(frequency_of("frequency 2/day, 5/week") == "Twice a day, 5 days a week");
  CHECK(frequency_of("frequency 2/day at morning, evening") == "Twice a day (morning and evening), every day");
  CHECK(frequency_of("frequency 3/week on mon, wed, fri") == "3 times a week, on Monday, Wednesday and Friday");
}

TEST_CASE("texts become sentences without changing their words") {
  CHECK(h::sentence("keep breathing") == "Keep breathing.");
  CHECK(h::sentence("Stop if it hurts!") == "Stop if it hurts!");
  CHECK(h::sentence("  ") == "");
  CHECK(h::and_list({"a", "b", "c"}) == "a, b and c");
  CHECK(h::humanise("foam_roller", true) == "Foam roller");
}

// Open doses are said in the prescriber's words: never as the number the
// schedule uses to time them.
TEST_CASE("open doses read as prescribed, with no invented number") {
  CHECK(dose_of("test_curl reps up to 10") == "Up to 10 repetitions.");
  CHECK(dose_of("test_curl reps as many as you can") == "As many repetitions as you can.");
  CHECK(dose_of("test_curl reps as many as you can up to 20") == "As many repetitions as you can (up to 20).");
  CHECK(dose_of("test_curl reps 10 as tolerated") == "10 repetitions, as tolerated.");
  CHECK(dose_of("test_curl reps up to 5 for 20s each") == "Up to 5 repetitions, 20 seconds each.");
  CHECK(dose_of("test_plank hold up to 30s") == "Hold for up to 30 seconds.");
  CHECK(dose_of("test_plank hold as long as comfortable") == "Hold for as long as it is comfortable.");
  CHECK(dose_of("test_plank hold as long as comfortable up to 60s") == "Hold for as long as it is comfortable, up to 1 minute.");
  // The library's bound times the session; it is not the prescription.
  CHECK(dose_of("test_release hold until \"it eases\"") == "Hold until it eases.");
  CHECK(dose_of("test_curl as advised") == "As your therapist showed you.");
  CHECK(dose_of("test_press as advised per side") == "As your therapist showed you, on each side.");
}

TEST_CASE("one-sided work names the side") {
  CHECK(dose_of("test_press reps 10 left only") == "10 repetitions on your left side only.");
  CHECK(dose_of("test_press reps 10 affected side only") == "10 repetitions on the affected side only.");
  CHECK(dose_of("test_side_hold hold 20s right only") == "Hold 20 seconds on your right side only.");
}
