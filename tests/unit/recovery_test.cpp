// Syntax errors: each breaks its own statement, the rest of the file is built
// and checked, and nothing that follows from the broken part is reported.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "compile_fixture.h"
#include "parse_fixture.h"

using namespace regimen;
using regimen::testing::Compiled;
using regimen::testing::Parsed;

namespace {

const ast::Invalid& invalid(const ast::Statement& statement) { return std::get<ast::Invalid>(statement.node); }

std::size_t count(const Diagnostics& diagnostics, DiagCode code) {
  std::size_t n = 0;
  for (const auto& d : diagnostics.all()) n += d.is(code) ? 1 : 0;
  return n;
}

}  // namespace

// ---------------------------------------------------------------- the tree

TEST_CASE("a syntax error breaks its own statement only", "[recovery]") {
  Parsed p("cat_camel reps ..\nhalf_wall_hang hold 30s\n");
  CHECK(p.file.complete);
  CHECK(p.file.braces_balanced);
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  REQUIRE(p.file.body.size() == 2);
  CHECK(p.text_of(invalid(p.file.body[0]).span) == "cat_camel reps ..");
  CHECK(invalid(p.file.body[0]).what.empty());
  CHECK(p.line(1).exercise.text == "half_wall_hang");
}

TEST_CASE("a line that starts no statement is skipped, and its block goes on", "[recovery]") {
  Parsed p("routine \"R\" {\n"
           "  section \"A\" {\n"
           "    cat_camel reps 10\n"
           "    reps 12\n"
           "    half_wall_hang hold 30s\n"
           "  }\n"
           "  cat_camel reps 5\n"
           "}\n");
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  CHECK(p.file.routine_title.has_value());
  REQUIRE(p.file.body.size() == 2);
  const auto& section = std::get<ast::Section>(p.file.body[0].node);
  REQUIRE(section.body.size() == 3);
  CHECK(p.text_of(invalid(section.body[1]).span) == "reps 12");
  CHECK(std::get<ast::Prescription>(section.body[2].node).exercise.text == "half_wall_hang");
  CHECK(std::get<ast::RepsDose>(*p.line(1).dose).reps.amount->start.low.value == 5);
}

TEST_CASE("words skipped after a whole statement on its line break it", "[recovery]") {
  Parsed p("cat_camel reps 10 / 2\nhalf_wall_hang hold 30s\n");
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  REQUIRE(p.file.body.size() == 2);
  CHECK(p.text_of(invalid(p.file.body[0]).span) == "cat_camel reps 10 / 2");
}

TEST_CASE("a block whose header is broken keeps the statements of its block", "[recovery]") {
  Parsed section("section {\n  cat_camel reps 5\n  half_wall_hang hold 30s\n}\n");
  CHECK(count(section.diagnostics, DiagCode::SyntaxError) == 1);
  REQUIRE(section.file.body.size() == 1);
  CHECK(invalid(section.file.body[0]).body.size() == 2);

  // Words before the `{` are skipped up to it: the block is read as usual.
  Parsed routine("routine Back care {\n  level beginner\n  cat_camel reps 10\n}\n");
  CHECK(count(routine.diagnostics, DiagCode::SyntaxError) == 1);
  CHECK(routine.file.routine_span.valid());
  CHECK_FALSE(routine.file.routine_title.has_value());
  REQUIRE(routine.file.body.size() == 2);
  CHECK(std::holds_alternative<ast::Fact>(routine.file.body[0].node));
}

TEST_CASE("a broken declaration says what it declared", "[recovery]") {
  struct Case {
    std::string text, what;
  };
  for (const auto& c : {Case{"import \"mine.regimen\ncat_camel reps 10\n", "import"},
                        Case{"param symptoms mild | severe\ncat_camel reps 10\n", "param"},
                        Case{"exercise \"Wall press\" {\n  kind reps\n}\ncat_camel reps 10\n", "exercise"}}) {
    INFO(c.text);
    Parsed p(c.text);
    REQUIRE(p.file.body.size() == 2);
    CHECK(invalid(p.file.body[0]).what == c.what);
    CHECK(std::holds_alternative<ast::Prescription>(p.file.body[1].node));
  }
}

TEST_CASE("a definition with a broken item keeps its other items and is partial", "[recovery]") {
  Parsed p("exercise wall_press \"Wall press\" {\n"
           "  kind hold\n"
           "  position standing 10\n"
           "  sides per_side\n"
           "}\n");
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  REQUIRE(p.file.definitions.size() == 1);
  const auto& def = p.file.definitions[0];
  CHECK(def.partial);
  REQUIRE(def.properties.size() == 2);
  CHECK(def.properties[0].key.text == "kind");
  CHECK(def.properties[1].key.text == "sides");

  Parsed whole("exercise wall_press { kind hold }\n");
  REQUIRE(whole.file.definitions.size() == 1);
  CHECK_FALSE(whole.file.definitions[0].partial);
}

TEST_CASE("an unclosed definition keeps none of the lines it took in", "[recovery]") {
  Parsed p("exercise wall_press {\n  kind hold\n\ncat_camel reps 10\n");
  CHECK(p.has(DiagCode::SyntaxError));
  CHECK_FALSE(p.file.braces_balanced);
  REQUIRE(p.file.definitions.size() == 1);
  CHECK(p.file.definitions[0].partial);
  CHECK(p.file.definitions[0].properties.empty());
}

TEST_CASE("with unbalanced braces a declaration in a block is taken as meant for the top", "[recovery]") {
  Parsed p("section \"A\" {\n  wall_press reps 10\n\nexercise wall_press {\n  kind reps\n}\n");
  CHECK_FALSE(p.file.braces_balanced);
  CHECK_FALSE(p.has(DiagCode::MisplacedStatement));
  REQUIRE(p.file.definitions.size() == 1);
  CHECK(p.file.definitions[0].id.text == "wall_press");
}

TEST_CASE("a bad character breaks the statement it stands in", "[recovery]") {
  Parsed p("half_wall_hang hold 30\xC2\xA7\ncat_camel reps 10\n@\n");
  CHECK(count(p.diagnostics, DiagCode::BadCharacter) == 2);
  REQUIRE(p.file.body.size() == 2);
  CHECK(std::holds_alternative<ast::Invalid>(p.file.body[0].node));
  CHECK(std::holds_alternative<ast::Prescription>(p.file.body[1].node));
}

TEST_CASE("a stray `}` is skipped, and the lines after it are read", "[recovery]") {
  Parsed p("cat_camel reps 10\n}\nhalf_wall_hang hold 30s\n");
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  CHECK_FALSE(p.file.braces_balanced);
  REQUIRE(p.file.body.size() == 3);
  CHECK(p.text_of(invalid(p.file.body[1]).span) == "}");
  CHECK(p.line(2).exercise.text == "half_wall_hang");
}

TEST_CASE("after a `}` too many, the lines between it and the block before it are not read", "[recovery]") {
  // The `}` after `kind hold` closes the definition early; `position
  // standing` was meant for it, not an exercise line.
  Parsed p("exercise wall_press {\n  kind hold }\n  position standing\n}\nwall_press hold 30s\n");
  CHECK(count(p.diagnostics, DiagCode::SyntaxError) == 1);
  REQUIRE(p.file.body.size() == 3);
  CHECK(p.text_of(invalid(p.file.body[0]).span) == "position standing");
  CHECK(p.text_of(invalid(p.file.body[1]).span) == "}");
  CHECK(p.line(2).exercise.text == "wall_press");
}

// ---------------------------------------------------------------- checking

TEST_CASE("the rest of a file with a syntax error is checked", "[recovery]") {
  Compiled c("test_presss reps 10\ntest_curl reps 10 ..\ntest_plank hold 30\n");
  CHECK(c.has(DiagCode::UnknownExercise));
  CHECK(c.has(DiagCode::SyntaxError));
  CHECK(c.has(DiagCode::MissingUnit));
  CHECK_FALSE(c.result.ok());
}

TEST_CASE("a line naming a partial definition is not checked against it", "[recovery]") {
  // Its `kind hold` was lost: checked against the rest, `hold` would be refused.
  Compiled c("exercise wall_hold {\n  kind hold ..\n  position standing\n}\nwall_hold hold 30s\nwall_hold reps 0\n");
  CHECK(count(c.result.diagnostics, DiagCode::SyntaxError) == 1);
  CHECK(c.result.diagnostics.error_count() == 1);
}

TEST_CASE("an unknown exercise is not reported when a broken declaration may have given it", "[recovery]") {
  Compiled broken_import("import \"mine.regimen\nmy_move reps 10\n");
  CHECK_FALSE(broken_import.has(DiagCode::UnknownExercise));
  CHECK(broken_import.has(DiagCode::UnterminatedString));

  Compiled broken_definition("exercise \"My move\" {\n  kind reps\n}\nmy_move reps 10\n");
  CHECK_FALSE(broken_definition.has(DiagCode::UnknownExercise));

  // Skipped words may hold a declaration too.
  Compiled skipped_import("- import \"mine.regimen\"\nmy_move reps 10\n");
  CHECK(skipped_import.has(DiagCode::SyntaxError));
  CHECK_FALSE(skipped_import.has(DiagCode::UnknownExercise));

  // A broken exercise line declares nothing: an unknown name stays an error.
  Compiled broken_line("test_curl reps ..\nmy_move reps 10\n");
  CHECK(broken_line.has(DiagCode::UnknownExercise));
}

TEST_CASE("a `when` on a parameter of a broken `param` is not reported, and its lines are checked", "[recovery]") {
  Compiled c("param symptoms mild | severe\nwhen symptoms = severe {\n  test_curl reps 5\n  test_crul reps 5\n}\n");
  CHECK_FALSE(c.has(DiagCode::UnknownParameter));
  CHECK(c.has(DiagCode::UnknownExercise));
}

TEST_CASE("with unbalanced braces nothing is reported as misplaced", "[recovery]") {
  // The first section is not closed, so the routine's caution lands in it.
  Compiled unclosed("section \"A\" {\n  test_curl reps 5\n\nsection \"B\" {\n  test_curl reps 5\n}\ncaution \"stop if it hurts\"\n");
  CHECK(unclosed.has(DiagCode::SyntaxError));
  CHECK_FALSE(unclosed.has(DiagCode::MisplacedStatement));

  // A `}` too many closes the routine early.
  Compiled stray("routine \"R\" {\n  section \"A\" {\n    test_curl reps 5\n  }}\n  test_curl reps 5\n}\n");
  CHECK(stray.has(DiagCode::SyntaxError));
  CHECK_FALSE(stray.has(DiagCode::MisplacedStatement));
}
