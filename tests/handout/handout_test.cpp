// The handout's content: what it gathers from the program and the library,
// and what it says when the routine leaves something out.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "handout/handout.h"

using regimen::testing::Compiled;
namespace h = regimen::handout;

namespace {

const std::string kExercises = R"(
exercise test_roll "Test roll" {
  kind hold
  equipment foam_roller, mat
  step "lie on the roller"
  step "breathe"
  cue "Relax your neck"
  caution "Keep it off the lower back"
  easier "a softer roller"
  alternative test_plank if "no roller"
}
exercise test_band_pull "Test band pull" {
  kind reps
  equipment band
  step "Pull the band apart."
}
)";

h::Handout handout_of(const std::string& routine, h::Options options = {}) {
  Compiled c(kExercises + routine);
  REQUIRE(c.result.ok());
  return h::make_handout(c.program(), *c.result.library, c.result.pictures, options);
}

std::vector<std::string> labels(const h::Tracker& tracker) {
  std::vector<std::string> out;
  for (const auto& row : tracker.rows) out.push_back(row.label);
  return out;
}

const h::Fact* fact(const h::Handout& handout, const std::string& label) {
  for (const auto& f : handout.facts)
    if (f.label == label) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("title, facts and the patient's details") {
  auto handout = handout_of(R"(routine "Back basics" {
  by "North Clinic"
  program 6 weeks
  frequency twice_daily
  level beginner
  targets mid_back
  caution "Go gently."
  test_curl reps 10
})",
                            h::Options{"Alex Doe", "21 November 2026", std::nullopt});
  CHECK(handout.title == "Back basics");
  CHECK(handout.author == "North Clinic");
  CHECK(handout.patient == "Alex Doe");
  CHECK(handout.date == "21 November 2026");
  CHECK(handout.footer == "Back basics");
  REQUIRE(fact(handout, "How often"));
  CHECK(fact(handout, "How often")->value == "Twice a day, every day");
  CHECK(fact(handout, "Program")->value == "6 weeks");
  CHECK(fact(handout, "Level")->value == "Beginner");
  CHECK(fact(handout, "For")->value == "Mid back");
  REQUIRE(fact(handout, "Each session"));
  CHECK(fact(handout, "Each session")->value.starts_with("About "));
}

TEST_CASE("a routine with no safety advice gets a default box") {
  auto handout = handout_of("test_curl reps 10\n");
  CHECK(handout.safety.is_default);
  CHECK_FALSE(handout.safety.cautions.empty());
  CHECK_FALSE(handout.safety.stop_now.empty());
  CHECK(handout.title == "Your home exercise program");
  CHECK(fact(handout, "How often")->value == "As your therapist advises");

  auto given = handout_of("routine \"R\" {\n  red_flag \"chest pain\"\n  test_curl reps 10\n}\n");
  CHECK_FALSE(given.safety.is_default);
  CHECK(given.safety.stop_now == std::vector<std::string>{"Chest pain."});
  CHECK(given.safety.cautions.empty());
}

TEST_CASE("equipment is gathered once from every exercise") {
  auto handout = handout_of("test_roll hold 30s\ntest_band_pull reps 10\ntest_roll hold 20s\ntest_curl reps 5\n");
  CHECK(handout.equipment == std::vector<std::string>{"Foam roller", "Mat", "Band"});
  auto none = handout_of("test_curl reps 5\n");
  CHECK(none.equipment.empty());
}

TEST_CASE("each exercise carries its steps, cues, cautions and variants") {
  auto handout = handout_of(R"(routine "R" {
  section "Warm-up" {
    test_roll hold 30s {
      cue "Slow breaths"
      harder test_band_pull
    }
  }
  section "Strength" {
    test_curl reps 10
  }
})");
  REQUIRE(handout.sections.size() == 2);
  CHECK(handout.sections[0].title == "Warm-up");
  const h::Exercise& roll = handout.sections[0].exercises.at(0);
  CHECK(roll.number == 1);
  CHECK(roll.name == "Test roll");
  CHECK(roll.dose == "Hold 30 seconds.");
  CHECK(roll.steps == std::vector<std::string>{"Lie on the roller.", "Breathe."});
  CHECK(roll.no_steps.empty());
  CHECK(roll.cues == std::vector<std::string>{"Slow breaths.", "Relax your neck."});
  CHECK(roll.cautions == std::vector<std::string>{"Keep it off the lower back."});
  REQUIRE(roll.variants.size() == 3);
  CHECK(roll.variants[0].label == "Harder");
  CHECK(roll.variants[0].text == "Test band pull");
  CHECK(roll.variants[1].label == "Easier");
  CHECK(roll.variants[1].text == "A softer roller");
  CHECK(roll.variants[2].label == "Instead");
  CHECK(roll.variants[2].text == "Test plank, if no roller");

  // No steps in the library: the patient is sent to the therapist, never shown a placeholder.
  const h::Exercise& curl = handout.sections[1].exercises.at(0);
  CHECK(curl.number == 2);
  CHECK(curl.steps.empty());
  CHECK(curl.no_steps.find("Ask your therapist") != std::string::npos);
}

TEST_CASE("circuits and phases say when and how often") {
  auto handout = handout_of(R"(routine "R" {
  program 8 weeks
  circuit "Strength" rounds 3 rest 60s {
    test_curl reps 10
  }
  weeks 3-8 {
    test_band_pull reps 10
  }
})");
  REQUIRE(handout.sections.size() == 2);
  CHECK(handout.sections[0].notes ==
        std::vector<std::string>{"Go through these exercises 3 times in a row, resting 1 minute between rounds."});
  CHECK(handout.sections[1].exercises.at(0).when == "Weeks 3 to 8 only");
}

TEST_CASE("a dose that changes gets a table by week") {
  auto handout = handout_of(R"(routine "R" {
  program 4 weeks
  test_curl reps 6 -> 12
  test_plank hold 30s
})");
  const auto& curl = handout.sections.at(0).exercises.at(0);
  REQUIRE(curl.dose_by_week.size() == 4);
  CHECK(curl.dose_by_week[0].weeks == "Week 1");
  CHECK(curl.dose_by_week[0].dose == "6 repetitions.");
  CHECK(curl.dose_by_week[3].dose == "12 repetitions.");
  CHECK(curl.dose.find("table") != std::string::npos);
  CHECK(handout.sections.at(0).exercises.at(1).dose_by_week.empty());
}

TEST_CASE("the tracker has a row per session slot and a column per day") {
  auto twice = handout_of("routine \"R\" {\n  program 6 weeks\n  frequency 2/day at morning, evening\n  test_curl reps 5\n}\n");
  CHECK(twice.tracker.weeks == 2);
  CHECK(labels(twice.tracker) == std::vector<std::string>{"Morning", "Evening"});
  CHECK(twice.tracker.days.size() == 7);

  auto days = handout_of("routine \"R\" {\n  frequency 3/week on mon, wed, fri\n  test_curl reps 5\n}\n",
                         h::Options{"", "", 4});
  CHECK(days.tracker.weeks == 4);
  CHECK(days.tracker.days.front() == "Mon");
  CHECK(days.tracker.planned_days == std::vector<bool>{true, false, true, false, true, false, false});
  CHECK(labels(days.tracker) == std::vector<std::string>{"Session"});
  CHECK(days.tracker.instruction.find("Aim for 3 sessions a week") != std::string::npos);

  auto short_program = handout_of("routine \"R\" {\n  program 1 week\n  test_curl reps 5\n}\n");
  CHECK(short_program.tracker.weeks == 1);
}

TEST_CASE("a variant the routine gives replaces the library's of the same kind") {
  auto handout = handout_of("test_roll hold 30s {\n  easier \"bend your knees\"\n}\n");
  const auto& roll = handout.sections.at(0).exercises.at(0);
  REQUIRE(roll.variants.size() == 2);
  CHECK(roll.variants[0].label == "Easier");
  CHECK(roll.variants[0].text == "Bend your knees");
  CHECK(roll.variants[1].label == "Instead");
  CHECK(roll.variants[1].text == "Test plank, if no roller");

  // An exercise replaces a described change as a description replaces an exercise.
  auto other = handout_of("test_roll hold 30s alternative test_band_pull\n");
  const auto& replaced = other.sections.at(0).exercises.at(0);
  REQUIRE(replaced.variants.size() == 2);
  CHECK(replaced.variants[0].text == "Test band pull");
  CHECK(replaced.variants[1].label == "Easier");
}

TEST_CASE("`no variants` offers the routine's variants only") {
  auto bare = handout_of("test_roll hold 30s no variants\n");
  CHECK(bare.sections.at(0).exercises.at(0).variants.empty());
  auto own = handout_of("test_roll hold 30s harder test_band_pull no variants\n");
  const auto& roll = own.sections.at(0).exercises.at(0);
  REQUIRE(roll.variants.size() == 1);
  CHECK(roll.variants[0].label == "Harder");
}

TEST_CASE("an exercise a phase replaces says which weeks it is done as written") {
  auto handout = handout_of(R"(routine "R" {
  program 8 weeks
  test_curl reps 6 -> 12
  weeks 3-6 {
    test_curl reps 10 x3
  }
})");
  REQUIRE(handout.sections.size() == 2);
  const auto& plain = handout.sections[0].exercises.at(0);
  CHECK(plain.when == "Weeks 1 to 2 and 7 to 8 only");
  REQUIRE(plain.dose_by_week.size() == 4);
  CHECK(plain.dose_by_week[0].weeks == "Week 1");
  CHECK(plain.dose_by_week[1].weeks == "Week 2");
  CHECK(plain.dose_by_week[2].weeks == "Week 7");
  CHECK(plain.dose_by_week[3].dose == "12 repetitions.");
  CHECK(handout.sections[1].title == "Weeks 3 to 6");
  const auto& phased = handout.sections[1].exercises.at(0);
  CHECK(phased.when == "Weeks 3 to 6 only");
  CHECK(phased.dose_by_week.empty());
}

TEST_CASE("a program counted in days reads in days") {
  auto handout = handout_of(R"(routine "R" {
  program 10 days
  days 1-3 {
    test_roll hold 30s
  }
  test_plank hold 5s -> 30s over 6 days
})");
  const h::Fact* length = fact(handout, "Program");
  REQUIRE(length != nullptr);
  CHECK(length->value == "10 days");
  // What follows a phase starts a section of its own.
  CHECK(handout.sections.at(0).exercises.at(0).when == "Days 1 to 3 only");
  const auto& plank = handout.sections.at(1).exercises.at(0);
  CHECK(plank.when.empty());
  // 5 + 25 x (day - 1) / 5: a step of 5 seconds a day, then 30 seconds from day 6.
  REQUIRE(plank.dose_by_week.size() == 6);
  CHECK(plank.dose_by_week[0].weeks == "Day 1");
  CHECK(plank.dose_by_week[0].dose == "Hold 5 seconds.");
  CHECK(plank.dose_by_week[1].dose == "Hold 10 seconds.");
  CHECK(plank.dose_by_week[5].weeks == "Days 6 to 10");
  CHECK(plank.dose_by_week[5].dose == "Hold 30 seconds.");
  CHECK(plank.dose_by_week_heading == "Days");
  CHECK(plank.dose.find("Build up as the table shows.") != std::string::npos);
}

TEST_CASE("a phase in days cuts a program of weeks only where it ends") {
  auto handout = handout_of(R"(routine "R" {
  program 4 weeks
  test_curl reps 10
  days 1-3 {
    test_curl reps 5
  }
})");
  REQUIRE(handout.sections.size() == 2);
  REQUIRE(handout.sections.at(0).exercises.size() == 1);
  CHECK(handout.sections.at(0).exercises.at(0).when == "Days 4 to 28 only");
  // A phase outside any section heads its own.
  CHECK(handout.sections.at(1).title == "Days 1 to 3");
  REQUIRE(handout.sections.at(1).exercises.size() == 1);
  CHECK(handout.sections.at(1).exercises.at(0).when == "Days 1 to 3 only");
}

TEST_CASE("sessions each have their own time: none is added to another") {
  auto handout = handout_of(R"(routine "R" {
  program 4 weeks
  session "Morning" daily at morning {
    test_band_pull reps 10
  }
  session "Strength" on mon, wed, fri {
    test_band_pull reps 10 x3
  }
}
)");
  CHECK(fact(handout, "Each session") == nullptr);
  const h::Fact* morning = fact(handout, "Morning");
  const h::Fact* strength = fact(handout, "Strength");
  REQUIRE(morning != nullptr);
  REQUIRE(strength != nullptr);
  CHECK(morning->value.find("Once a day (morning)") == 0);
  CHECK(strength->value.find("On Monday, Wednesday and Friday") == 0);
  CHECK(morning->value.find("each time about") != std::string::npos);
  CHECK(morning->value != strength->value);
}

TEST_CASE("a stage's heading and its sign to move on stand before its sessions: its lines carry no other days") {
  auto handout = handout_of(R"(routine "R" {
  stage "Early" days 1-2 {
    session "Rest" daily { test_band_pull reps 5 }
  }
  stage "Moving" until "you can walk without a limp" {
    note "Walk little and often"
    session "Moves" 2/day { test_band_pull reps 10 }
  }
  stage "Strong" {
    test_band_pull reps 15
  }
}
)");
  std::vector<std::string> titles;
  for (const auto& s : handout.sections) titles.push_back(s.title);
  CHECK(titles == std::vector<std::string>{"Stage: Early", "Rest", "Stage: Moving", "Moves", "Stage: Strong"});
  CHECK(handout.sections[0].notes == std::vector<std::string>{"Days 1 to 2, then move on to the next stage (Moving)."});
  CHECK(handout.sections[2].notes ==
        std::vector<std::string>{"Move on to the next stage (Strong) when you can walk without a limp.", "Walk little and often."});
  // The stage says when; no exercise is told it is done on days 1 to 2 only.
  for (const auto& s : handout.sections)
    for (const auto& e : s.exercises) CHECK(e.when.empty());
  CHECK(handout.sections[4].exercises.at(0).dose == "15 repetitions.");
}

TEST_CASE("a phase in a stage with no date counts from the stage's first day") {
  auto handout = handout_of(R"(routine "R" {
  stage "Early" until "you can walk without a limp" {
    test_band_pull reps 5
  }
  stage "Strong" until "you can hop" {
    test_band_pull reps 12
    weeks 2-3 {
      test_band_pull reps 15
    }
  }
}
)");
  REQUIRE(handout.sections.size() == 2);
  const auto& strong = handout.sections[1].exercises;
  REQUIRE(strong.size() == 2);
  // Outside its phase the line runs in the stage's weeks 1 and 4 on; the
  // phase's line in its own weeks, of the stage, not of the program.
  CHECK(strong[0].dose == "12 repetitions.");
  CHECK(strong[0].when == "");
  CHECK(strong[1].dose == "15 repetitions.");
  CHECK(strong[1].when == "Weeks 2 to 3 of this stage only");
}

TEST_CASE("the tracker has a row for each session, with that session's days") {
  auto handout = handout_of(R"(routine "R" {
  session "Morning" daily at morning { test_band_pull reps 10 }
  session "Strength" on mon, wed, fri { test_band_pull reps 10 x3 }
  session "Breaks" 2/day { test_band_pull reps 5 }
}
)");
  const auto& t = handout.tracker;
  CHECK(labels(t) == std::vector<std::string>{"Morning", "Strength", "Breaks: time 1", "Breaks: time 2"});
  CHECK(t.days.front() == "Mon");
  CHECK(t.rows[0].planned == std::vector<bool>(7, true));
  CHECK(t.rows[1].planned == std::vector<bool>{true, false, true, false, true, false, false});
  CHECK(t.planned_days == std::vector<bool>(7, true));
}

TEST_CASE("a stage's or a phase's own level, and a variant's, reach the handout") {
  auto handout = handout_of(R"(routine "R" {
  level beginner
  program 4 weeks
  stage "Early" days 1-7 {
    test_band_pull reps 5 { harder test_roll for intermediate }
  }
  stage "Strong" {
    level intermediate
    weeks 2-3 {
      level advanced
      test_band_pull reps 15
    }
  }
}
)");
  REQUIRE(handout.sections.size() >= 3);
  CHECK(handout.sections[0].exercises.at(0).variants.at(0).text == "Test roll, at intermediate level");
  CHECK(handout.sections[1].title == "Stage: Strong");
  CHECK(std::find(handout.sections[1].notes.begin(), handout.sections[1].notes.end(), "Level: Intermediate.") !=
        handout.sections[1].notes.end());
  const auto& phase_notes = handout.sections[2].notes;
  CHECK(std::find(phase_notes.begin(), phase_notes.end(), "Level: Advanced.") != phase_notes.end());
}
