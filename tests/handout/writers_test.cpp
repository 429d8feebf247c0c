// The Markdown and text writers: everything the handout holds appears, and
// nothing from a routine can change the document's structure.
#include <catch2/catch.hpp>

#include <sstream>

#include "base/utf8.h"
#include "emit/md/handout_md.h"
#include "emit/text/handout_text.h"
#include "handout/handout.h"

namespace h = regimen::handout;

namespace {

h::Handout sample() {
  h::Handout handout;
  handout.title = "Sample <b>routine</b>";
  handout.footer = handout.title;
  handout.facts = {{"How often", "Twice a day, every day"}};
  handout.safety.cautions = {"Stop if it hurts."};
  h::Exercise e;
  e.number = 1;
  e.name = "Cat_camel *star*";
  e.dose = "10 repetitions.";
  e.steps = {"Kneel.", "Round your back."};
  e.variants = {{"Easier", "A smaller range"}};
  e.dose_by_week = {{"Week 1", "5 repetitions."}, {"Week 2", "10 repetitions."}};
  handout.sections.push_back({"Mobility", {}, {e}});
  handout.tracker.days = {"Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6", "Day 7"};
  handout.tracker.planned_days.assign(7, true);
  handout.tracker.rows = {{"Session", handout.tracker.planned_days}};
  handout.tracker.instruction = "Tick a box.";
  return handout;
}

}  // namespace

TEST_CASE("markdown escapes the routine's text") {
  std::string md = regimen::handout_markdown(sample(), {});
  CHECK(md.starts_with("# Sample \\<b\\>routine\\</b\\>\n"));
  CHECK(md.find("### 1. Cat\\_camel \\*star\\*") != std::string::npos);
  CHECK(md.find("**10 repetitions.**") != std::string::npos);
  CHECK(md.find("1. Kneel.\n2. Round your back.\n") != std::string::npos);
  CHECK(md.find("- Easier: A smaller range") != std::string::npos);
  CHECK(md.find("| Week 2 | 10 repetitions. |") != std::string::npos);
  CHECK(md.find("> - Stop if it hurts.") != std::string::npos);
  CHECK(md.find("| Week 1 | Day 1 |") != std::string::npos);
}

TEST_CASE("text wraps long lines and breaks words too long for a line") {
  h::Handout handout = sample();
  handout.notes = {std::string(200, 'x') + " and a long sentence that goes on well past the width of a single line"};
  std::string text = regimen::handout_text(handout);
  std::istringstream lines(text);
  std::string line;
  std::size_t longest = 0;
  while (std::getline(lines, line)) {
    longest = std::max(longest, regimen::utf8::count_chars(line));
    CHECK((line.empty() || line.back() != ' '));
  }
  CHECK(longest <= 72);
  CHECK(text.find("1. Cat_camel *star*") != std::string::npos);
  CHECK(text.find("Name: ___") != std::string::npos);
  CHECK(text.find("Week 2  10 repetitions.") != std::string::npos);
}

TEST_CASE("the patient's name replaces the line to write on") {
  h::Handout handout = sample();
  handout.patient = "Alex Doe";
  CHECK(regimen::handout_text(handout).find("Name: Alex Doe\n") != std::string::npos);
  CHECK(regimen::handout_markdown(handout, {}).find("Name: Alex Doe") != std::string::npos);
}
