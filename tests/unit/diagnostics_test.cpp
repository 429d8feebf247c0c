// diag/diagnostic: collecting, counting and ordering diagnostics.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>
#include <variant>

#include "diag/diagnostic.h"

using namespace regimen;

TEST_CASE("report takes its severity from the code", "[diagnostics]") {
  Diagnostics all;
  all.report(Span{0, 0, 3}, msg::UnknownExerciseName{"x"}).emit();
  all.report(Span{0, 4, 6}, msg::OverHundredReps{}).emit();
  REQUIRE(all.all().size() == 2);
  CHECK(all.all()[0].severity == Severity::Error);
  CHECK(all.all()[1].severity == Severity::Warning);
  CHECK(all.error_count() == 1);
  CHECK(all.warning_count() == 1);
  CHECK(all.has_errors());
}

TEST_CASE("warnings alone are not errors", "[diagnostics]") {
  Diagnostics all;
  CHECK_FALSE(all.has_errors());
  all.report(Span{0, 0, 1}, msg::HoldOverTenMinutes{}).emit();
  CHECK_FALSE(all.has_errors());
}

TEST_CASE("sort orders by file, then position", "[diagnostics]") {
  Diagnostics all;
  all.report(Span{1, 0, 3}, msg::UnknownExerciseName{"second file"}).emit();
  all.report(Span{0, 20, 25}, msg::UnknownExerciseName{"late"}).emit();
  all.report(Span{0, 5, 6}, msg::UnknownUnitName{"early"}).emit();
  all.report(Span{0, 5, 9}, msg::Unexpected{"early, longer"}).emit();
  all.sort();
  REQUIRE(all.all().size() == 4);
  CHECK(all.all()[0].message == "unknown unit `early`");
  CHECK(all.all()[1].message == "unexpected early, longer");
  CHECK(all.all()[2].message == "unknown exercise `late`");
  CHECK(all.all()[3].message == "unknown exercise `second file`");
}

TEST_CASE("sort drops exact duplicates and keeps near ones", "[diagnostics]") {
  Diagnostics all;
  all.report(Span{0, 0, 3}, msg::UnknownExerciseName{"x"}).emit();
  all.report(Span{0, 0, 3}, msg::UnknownExerciseName{"x"}).emit();
  all.report(Span{0, 0, 3}, msg::UnknownExerciseName{"y"}).emit();  // another message
  all.report(Span{0, 0, 3}, msg::UnknownUnitName{"x"}).emit();      // another code
  all.report(Span{0, 0, 4}, msg::UnknownExerciseName{"x"}).emit();  // another span
  all.sort();
  CHECK(all.all().size() == 4);
  CHECK(all.error_count() == 4);
}

TEST_CASE("append keeps both lists", "[diagnostics]") {
  Diagnostics a, b;
  a.report(Span{0, 0, 1}, msg::UnknownExerciseName{"a"}).emit();
  b.report(Span{0, 2, 3}, msg::OverTenSets{}).emit();
  a.append(b);
  CHECK(a.all().size() == 2);
  CHECK(a.warning_count() == 1);
}

TEST_CASE("a message gives its code and its wording with the values filled in", "[diagnostics]") {
  Diagnostics all;
  all.report(Span{0, 0, 3}, msg::PhasePastEnd{"week", 9, "8-week"}).emit();
  REQUIRE(all.all().size() == 1);
  CHECK(all.all()[0].is(DiagCode::WeekOutOfProgram));
  CHECK(all.all()[0].message == "week 9 is past the end of the 8-week program");
}

TEST_CASE("a choice of messages reports the one chosen", "[diagnostics]") {
  Diagnostics all;
  std::variant<msg::Unexpected, msg::ExpectedFound> wording = msg::ExpectedFound{"`}`", "end of file"};
  all.report(Span{0, 0, 1}, wording).emit();
  REQUIRE(all.all().size() == 1);
  CHECK(all.all()[0].message == "expected `}`, found end of file");
}

TEST_CASE("every code has a message, and every message a known code", "[diagnostics]") {
  auto messages = msg::all_messages();
  for (DiagCode code : all_codes()) {
    INFO(code_id(code));
    CHECK(std::any_of(messages.begin(), messages.end(), [&](const msg::MessageInfo& m) { return m.code == code; }));
  }
  // Names are unique: each is a type in `msg`, so a repeat would not build.
  // A wording is unique within its code, so that one message read in a
  // terminal leads to one line of messages.def.
  std::set<std::pair<DiagCode, std::string_view>> wordings;
  for (const auto& m : messages) {
    INFO(m.name);
    CHECK(wordings.insert({m.code, m.format}).second);
  }
}

TEST_CASE("text shows the first problems of each file and counts the rest", "[diagnostics]") {
  Diagnostics all;
  for (std::uint32_t i = 0; i < 5; ++i) all.report(Span{0, i, i + 1}, msg::UnknownExerciseName{"x"}).emit();
  all.report(Span{1, 0, 1}, msg::UnknownExerciseName{"y"}).emit();
  Diagnostics shown = all.first_per_file(2);
  REQUIRE(shown.all().size() == 4);
  CHECK(shown.all()[1].span.begin == 1);
  const Diagnostic& note = shown.all()[2];
  CHECK(note.is(DiagCode::TooManyErrors));
  CHECK(note.severity == Severity::Note);
  CHECK(note.message == "3 more problems in this file are not shown");
  CHECK(note.span.file == 0);
  CHECK(note.span.begin == 2);  // where the first one not shown is
  CHECK(shown.all()[3].span.file == 1);
  // Nothing is hidden when the limit is not reached.
  CHECK(all.first_per_file(5).all().size() == 6);
}
