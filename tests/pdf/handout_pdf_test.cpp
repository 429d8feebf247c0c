// The PDF writer on handouts built by hand: a PDF comes out for any content,
// the same bytes every time, a date only when one is given, and errors come
// back as values.
#include <catch2/catch.hpp>

#include <string>

#include "emit/pdf/handout_pdf.h"

using regimen::handout_pdf;
using regimen::Paper;
using regimen::PdfOptions;
namespace handout = regimen::handout;

namespace {

handout::Handout sample(int exercises = 3) {
  handout::Handout h;
  h.title = "Shoulder care";
  h.author = "Riverside Physio";
  h.footer = h.title;
  h.facts = {{"How often", "Twice a day, every day"}, {"Program", "6 weeks"}};
  h.equipment = {"Chair", "Towel"};
  h.safety.stop_now = {"Chest pain or sudden numbness."};
  h.safety.cautions = {"Move slowly and within comfort."};
  h.notes = {"Keep a glass of water nearby."};
  handout::Section section;
  section.title = "Warm-up";
  for (int i = 1; i <= exercises; ++i) {
    handout::Exercise e;
    e.number = i;
    e.name = "Pendulum swing " + std::to_string(i);
    e.dose = "10 circles each way.";
    e.steps = {"Lean on the chair with one hand.", "Let the other arm hang and swing it in small circles."};
    e.cues = {"Let gravity do the work."};
    e.variants = {{"Easier", "smaller circles"}};
    e.dose_by_week = {{"Weeks 1 to 2", "10 circles"}, {"Weeks 3 to 6", "20 circles"}};
    section.exercises.push_back(e);
  }
  h.sections.push_back(section);
  h.tracker.weeks = 2;
  h.tracker.days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  h.tracker.planned_days = {true, false, true, false, true, false, false};
  h.tracker.rows = {{"Morning", h.tracker.planned_days}, {"Evening", h.tracker.planned_days}};
  h.tracker.instruction = "Tick a box each time you finish a session.";
  return h;
}

std::string pdf(const handout::Handout& h, const PdfOptions& options = {}) {
  std::string error;
  auto bytes = handout_pdf(h, options, error);
  INFO(error);
  REQUIRE(bytes);
  return *bytes;
}

int pages(const std::string& bytes) {
  int n = 0;
  // Each page object says "/Type /Page " (the page tree says "/Type /Pages").
  for (std::size_t at = bytes.find("/Type /Page "); at != std::string::npos; at = bytes.find("/Type /Page ", at + 1)) ++n;
  return n;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

TEST_CASE("a handout becomes a complete PDF") {
  const std::string bytes = pdf(sample());
  CHECK(starts_with(bytes, "%PDF-"));
  CHECK(bytes.find("%%EOF") != std::string::npos);
  CHECK(pages(bytes) >= 1);
}

TEST_CASE("the same handout gives the same bytes, whatever was written before") {
  const std::string first = pdf(sample());
  const std::string other = pdf(sample(12), PdfOptions{Paper::Letter, true, 86400});
  const std::string again = pdf(sample());
  CHECK(first == again);
  CHECK(first != other);
}

TEST_CASE("no creation date unless one is given") {
  CHECK(pdf(sample()).find("/CreationDate") == std::string::npos);
  PdfOptions dated;
  dated.creation_time = 1700000000;  // 2023-11-14T22:13:20Z
  const std::string bytes = pdf(sample(), dated);
  const auto at = bytes.find("/CreationDate");
  REQUIRE(at != std::string::npos);
  CHECK(bytes.substr(at, 60).find("20231114221320") != std::string::npos);
}

TEST_CASE("a creation date no PDF can hold is an error, not an exception") {
  PdfOptions options;
  options.creation_time = 400000000000LL;  // the year 14645
  std::string error;
  std::optional<std::string> bytes;
  REQUIRE_NOTHROW(bytes = handout_pdf(sample(), options, error));
  CHECK_FALSE(bytes);
  CHECK_FALSE(error.empty());
}

TEST_CASE("the paper size is A4 unless Letter is asked for") {
  CHECK(pdf(sample()).find("/MediaBox [ 0 0 595.275591 841.889764 ]") != std::string::npos);
  CHECK(pdf(sample(), PdfOptions{Paper::Letter, false, {}}).find("/MediaBox [ 0 0 612 792 ]") != std::string::npos);
}

TEST_CASE("large print needs more pages for the same content") {
  const auto h = sample(8);
  CHECK(pages(pdf(h, PdfOptions{Paper::A4, true, {}})) > pages(pdf(h)));
}

TEST_CASE("an empty handout still makes a page") {
  CHECK(pages(pdf(handout::Handout{})) == 1);
}

TEST_CASE("text that is not UTF-8, or a tracker with missing days, does not stop the writer") {
  auto h = sample();
  h.title = std::string("Bad \xff\xfe bytes");
  h.sections[0].exercises[0].name = std::string("Half \xc3 a character");
  h.sections[0].exercises[0].cues = {std::string("a\0b", 3)};
  h.sections[0].title = std::string("\xe2\x82");
  h.tracker.planned_days = {true};
  h.tracker.rows = {{"Short row", {true}}};
  CHECK(starts_with(pdf(h), "%PDF-"));
}

TEST_CASE("an exercise taller than a page still gets onto the pages") {
  auto h = sample(1);
  for (int i = 0; i < 150; ++i) h.sections[0].exercises[0].steps.push_back("Another careful step, number " + std::to_string(i) + ".");
  CHECK(pages(pdf(h)) >= 3);
}
