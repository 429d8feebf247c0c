// diag/diagnostic: collecting, counting and ordering diagnostics.
#include <catch2/catch.hpp>

#include "diag/diagnostic.h"

using namespace regimen;

TEST_CASE("report takes its severity from the code", "[diagnostics]") {
  Diagnostics all;
  all.report(DiagCode::UnknownExercise, Span{0, 0, 3}, "unknown").emit();
  all.report(DiagCode::ManyReps, Span{0, 4, 6}, "many").emit();
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
  all.report(DiagCode::LongHold, Span{0, 0, 1}, "long").emit();
  CHECK_FALSE(all.has_errors());
}

TEST_CASE("sort orders by file, then position", "[diagnostics]") {
  Diagnostics all;
  all.report(DiagCode::UnknownExercise, Span{1, 0, 3}, "second file").emit();
  all.report(DiagCode::UnknownExercise, Span{0, 20, 25}, "late").emit();
  all.report(DiagCode::UnknownUnit, Span{0, 5, 6}, "early").emit();
  all.report(DiagCode::SyntaxError, Span{0, 5, 9}, "early, longer").emit();
  all.sort();
  REQUIRE(all.all().size() == 4);
  CHECK(all.all()[0].message == "early");
  CHECK(all.all()[1].message == "early, longer");
  CHECK(all.all()[2].message == "late");
  CHECK(all.all()[3].message == "second file");
}

TEST_CASE("sort drops exact duplicates and keeps near ones", "[diagnostics]") {
  Diagnostics all;
  all.report(DiagCode::UnknownExercise, Span{0, 0, 3}, "unknown exercise `x`").emit();
  all.report(DiagCode::UnknownExercise, Span{0, 0, 3}, "unknown exercise `x`").emit();
  all.report(DiagCode::UnknownExercise, Span{0, 0, 3}, "unknown exercise `y`").emit();  // another message
  all.report(DiagCode::UnknownUnit, Span{0, 0, 3}, "unknown exercise `x`").emit();      // another code
  all.report(DiagCode::UnknownExercise, Span{0, 0, 4}, "unknown exercise `x`").emit();   // another span
  all.sort();
  CHECK(all.all().size() == 4);
  CHECK(all.error_count() == 4);
}

TEST_CASE("append keeps both lists", "[diagnostics]") {
  Diagnostics a, b;
  a.report(DiagCode::UnknownExercise, Span{0, 0, 1}, "a").emit();
  b.report(DiagCode::ManySets, Span{0, 2, 3}, "b").emit();
  a.append(b);
  CHECK(a.all().size() == 2);
  CHECK(a.warning_count() == 1);
}
