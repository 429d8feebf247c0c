// parse: source text to syntax tree, checked field by field.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "parse_fixture.h"

using namespace regimen;

using regimen::testing::Parsed;

TEST_CASE("the one-line program parses into two exercise lines", "[parse]") {
  Parsed p("cat_camel reps 10..15; half_wall_hang hold 20..30s x5");
  CHECK(p.diagnostics.all().empty());
  CHECK(p.file.complete);
  CHECK_FALSE(p.file.routine_title.has_value());
  REQUIRE(p.file.body.size() == 2);

  const auto& first = p.line(0);
  CHECK(first.exercise.text == "cat_camel");
  CHECK_FALSE(first.exercise.quoted);
  CHECK(p.text_of(first.exercise.span) == "cat_camel");
  REQUIRE(first.dose.has_value());
  REQUIRE(std::holds_alternative<ast::RepsDose>(*first.dose));
  CHECK(std::get<ast::RepsDose>(*first.dose).reps.amount->start.low.value == 10);
  REQUIRE(std::get<ast::RepsDose>(*first.dose).reps.amount->start.high.has_value());
  CHECK(std::get<ast::RepsDose>(*first.dose).reps.amount->start.high->value == 15);
  CHECK_FALSE(std::get<ast::RepsDose>(*first.dose).reps.amount->start.low_unit.has_value());
  CHECK_FALSE(std::get<ast::RepsDose>(*first.dose).reps.amount->end.has_value());
  CHECK(p.text_of(std::get<ast::RepsDose>(*first.dose).reps.amount->start.span) == "10..15");
  CHECK(p.text_of(first.span) == "cat_camel reps 10..15");
  CHECK_FALSE(ast::hold_of(*first.dose));
  CHECK_FALSE(first.sets.has_value());

  const auto& second = p.line(1);
  CHECK(second.exercise.text == "half_wall_hang");
  REQUIRE(second.dose.has_value());
  REQUIRE(std::holds_alternative<ast::HoldDose>(*second.dose));
  CHECK(ast::hold_of(*second.dose)->form == ast::Hold::Form::Timed);
  REQUIRE(ast::hold_of(*second.dose)->dose.has_value());
  const ast::Amount& hold = ast::hold_of(*second.dose)->dose->start;
  CHECK(hold.low.value == 20);
  CHECK(hold.high->value == 30);
  // The unit stays where it was written: on the high end.
  CHECK_FALSE(hold.low_unit.has_value());
  REQUIRE(hold.high_unit.has_value());
  CHECK(hold.high_unit->text == "s");
  REQUIRE(second.sets.has_value());
  CHECK(second.sets->start.low.value == 5);
  CHECK(p.text_of(second.sets->start.low.span) == "5");
  CHECK(p.text_of(ast::hold_of(*second.dose)->span) == "hold 20..30s");
}

TEST_CASE("progressions keep both ends", "[parse]") {
  Parsed p("cat_camel reps 5 -> 15 x1 -> 3\nhalf_wall_hang hold 5s -> 30s");
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.body.size() == 2);
  const auto& reps = *std::get<ast::RepsDose>(*p.line(0).dose).reps.amount;
  CHECK(reps.start.low.value == 5);
  REQUIRE(reps.end.has_value());
  CHECK(reps.end->low.value == 15);
  const auto& sets = *p.line(0).sets;
  CHECK(sets.start.low.value == 1);
  REQUIRE(sets.end.has_value());
  CHECK(sets.end->low.value == 3);
  const auto& hold = *ast::hold_of(*p.line(1).dose)->dose;
  CHECK(hold.start.low.value == 5);
  CHECK(hold.start.low_unit->text == "s");
  CHECK(hold.end->low.value == 30);
  CHECK(hold.end->low_unit->text == "s");
  CHECK(p.text_of(hold.span) == "5s -> 30s");
}

TEST_CASE("side clauses", "[parse]") {
  Parsed p("a reps 10 per side left first\n"
           "b reps 10 alternating\n"
           "c reps 5 per direction (right, left, centre)\n"
           "d reps 5 each side");
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.body.size() == 4);
  const auto& per_side = *p.line(0).sides;
  CHECK(per_side.form == ast::Sides::Form::PerSide);
  REQUIRE(per_side.first.has_value());
  CHECK(per_side.first->text == "left");
  CHECK(p.text_of(per_side.span) == "per side left first");
  CHECK(p.line(1).sides->form == ast::Sides::Form::Alternating);
  const auto& directions = *p.line(2).sides;
  CHECK(directions.form == ast::Sides::Form::PerDirection);
  REQUIRE(directions.directions.size() == 3);
  CHECK(directions.directions[0].text == "right");
  CHECK(directions.directions[2].text == "centre");
  CHECK(p.line(3).sides->form == ast::Sides::Form::PerSide);
  CHECK_FALSE(p.line(3).sides->first.has_value());
}

TEST_CASE("a routine block with facts, a section and a quoted exercise name", "[parse]") {
  Parsed p("routine \"Back care\" {\n"
           "  level beginner\n"
           "  program 8 weeks\n"
           "  section \"Mobility\" {\n"
           "    \"Child\u2019s pose\" hold 30s\n"
           "  }\n"
           "}\n");
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.routine_title.has_value());
  CHECK(p.file.routine_title->text == "Back care");
  CHECK(p.text_of(p.file.routine_span) == "routine");
  REQUIRE(p.file.body.size() == 3);
  const auto& level = std::get<ast::Fact>(p.file.body[0].node);
  CHECK(level.kind == ast::Fact::Kind::Level);
  CHECK(level.word->text == "beginner");
  const auto& program = std::get<ast::Fact>(p.file.body[1].node);
  CHECK(program.kind == ast::Fact::Kind::Program);
  CHECK(program.length->low.value == 8);
  CHECK(program.length->low_unit->text == "weeks");
  const auto& section = std::get<ast::Section>(p.file.body[2].node);
  CHECK(section.title == "Mobility");
  REQUIRE(section.body.size() == 1);
  const auto& pose = std::get<ast::Prescription>(section.body[0].node);
  CHECK(pose.exercise.text == "Child\u2019s pose");
  CHECK(pose.exercise.quoted);
  CHECK(p.text_of(pose.exercise.span) == "\"Child\u2019s pose\"");
}

TEST_CASE("params, when blocks and imports", "[parse]") {
  Parsed p("import mobility\n"
           "import \"mine.regimen\"\n"
           "param symptoms: mild | severe = mild\n"
           "when symptoms = severe { cat_camel reps 5 }\n");
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.imports.size() == 2);
  CHECK(p.file.imports[0].target.text == "mobility");
  CHECK_FALSE(p.file.imports[0].is_path);
  CHECK(p.file.imports[1].target.text == "mine.regimen");
  CHECK(p.file.imports[1].is_path);
  REQUIRE(p.file.params.size() == 1);
  CHECK(p.file.params[0].name.text == "symptoms");
  REQUIRE(p.file.params[0].values.size() == 2);
  CHECK(p.file.params[0].values[1].text == "severe");
  CHECK(p.file.params[0].fallback->text == "mild");
  REQUIRE(p.file.body.size() == 1);
  const auto& when = std::get<ast::When>(p.file.body[0].node);
  CHECK(when.param.text == "symptoms");
  CHECK(when.value.text == "severe");
  CHECK(when.body.size() == 1);
}

TEST_CASE("open holds", "[parse]") {
  Parsed p("a hold until pain 2/10 from pain 6/10 max 2min\n"
           "b hold until \"the tension releases\" max 90s\n"
           "c hold at least 5min\n"
           "d reps 10 hold\n");
  REQUIRE(p.diagnostics.all().empty());
  const auto& pain = *ast::hold_of(*p.line(0).dose);
  CHECK(pain.form == ast::Hold::Form::UntilPain);
  CHECK(pain.until_pain->low.value == 2);
  CHECK(pain.until_pain->scale->value == 10);
  CHECK(pain.from_pain->low.value == 6);
  CHECK(pain.bound->low.value == 2);
  CHECK(pain.bound->low_unit->text == "min");
  CHECK(ast::hold_of(*p.line(1).dose)->form == ast::Hold::Form::UntilText);
  CHECK(ast::hold_of(*p.line(1).dose)->until_text == "the tension releases");
  CHECK(ast::hold_of(*p.line(2).dose)->form == ast::Hold::Form::AtLeast);
  CHECK(ast::hold_of(*p.line(3).dose)->form == ast::Hold::Form::Brief);
  CHECK(std::get<ast::RepsDose>(*p.line(3).dose).reps.amount->start.low.value == 10);
}

TEST_CASE("a clock time is kept as its two numbers, each with its digits' span", "[parse]") {
  Parsed p("a reps 5 frequency 2/day at morning, 7:05, 123456789012:00 on monday\n");
  REQUIRE(p.diagnostics.all().empty());
  const auto& times = p.line(0).frequency->times;
  REQUIRE(times.size() == 3);
  REQUIRE(std::holds_alternative<ast::Name>(times[0]));
  CHECK(std::get<ast::Name>(times[0]).text == "morning");
  REQUIRE(std::holds_alternative<ast::ClockTime>(times[1]));
  const auto& clock = std::get<ast::ClockTime>(times[1]);
  CHECK(clock.hour.value == 7);
  CHECK(clock.minute.value == 5);
  CHECK(p.text_of(clock.hour.span) == "7");
  CHECK(p.text_of(clock.minute.span) == "05");
  CHECK(p.text_of(clock.span) == "7:05");
  // No number is too large for a clock time: the checker says it is no time.
  const auto& large = std::get<ast::ClockTime>(times[2]);
  CHECK(large.hour.valid);
  CHECK(p.text_of(large.hour.span) == "123456789012");
  CHECK(p.line(0).frequency->days.at(0).text == "monday");
}

TEST_CASE("past the error budget parsing stops, and the tree is empty and not complete", "[parse]") {
  ParseOptions options;
  options.max_errors = 3;
  Parsed p("cat_camel reps ..\ncat_camel reps ..\ncat_camel reps ..\ncat_camel reps ..\ncat_camel reps 10\n", options);
  CHECK(p.has(DiagCode::TooManyErrors));
  CHECK_FALSE(p.file.complete);
  CHECK(p.file.body.empty());
}

TEST_CASE("a dashed range is reported with a fix, and the tree stays complete", "[parse]") {
  Parsed p("cat_camel reps 10-15");
  CHECK(p.has(DiagCode::DashedRange));
  CHECK(p.file.complete);
  REQUIRE(p.file.body.size() == 1);
  CHECK(std::get<ast::RepsDose>(*p.line(0).dose).reps.amount->start.high->value == 15);
}

TEST_CASE("nesting deeper than the limit is refused before parsing", "[parse]") {
  ParseOptions options;
  options.max_depth = 4;
  Parsed deep("section \"a\" { section \"b\" { section \"c\" { section \"d\" { section \"e\" { x } } } } }", options);
  CHECK(deep.has(DiagCode::NestingTooDeep));
  CHECK_FALSE(deep.file.complete);
  Parsed shallow("section \"a\" { section \"b\" { x reps 1 } }", options);
  CHECK_FALSE(shallow.has(DiagCode::NestingTooDeep));
}

TEST_CASE("numbers too large are reported", "[parse]") {
  Parsed p("cat_camel reps 99999999999999999999999999");
  CHECK(p.has(DiagCode::NumberTooLarge));
}

TEST_CASE("invalid UTF-8 is reported at its byte", "[parse]") {
  Parsed p("cat_camel note \"caf\xE9\"");
  REQUIRE(p.has(DiagCode::InvalidUtf8));
  CHECK(p.diagnostics.all().front().span.begin == 19);
}

TEST_CASE("two parses in one process do not interfere", "[parse]") {
  Parsed broken("cat_camel reps ..\n}}}{{ \"unclosed");
  Parsed good("cat_camel reps 10..15; half_wall_hang hold 20..30s x5");
  CHECK(broken.diagnostics.has_errors());
  CHECK(good.diagnostics.all().empty());
  REQUIRE(good.file.body.size() == 2);

  // Two files in one SourceSet, parsed into separate diagnostic lists.
  SourceSet sources;
  FileId a = sources.add("a.regimen", "cat_camel reps 3");
  FileId b = sources.add("b.regimen", "half_wall_hang hold 20s");
  Diagnostics da, db;
  ast::File fa = parse(sources, a, da);
  ast::File fb = parse(sources, b, db);
  ast::File fa_again = parse(sources, a, da);
  CHECK(da.all().empty());
  CHECK(db.all().empty());
  CHECK(fa.file == a);
  CHECK(fb.file == b);
  CHECK(std::get<ast::Prescription>(fa.body.at(0).node).exercise.span.file == a);
  CHECK(std::get<ast::Prescription>(fb.body.at(0).node).exercise.span.file == b);
  CHECK(std::get<ast::RepsDose>(*std::get<ast::Prescription>(fa_again.body.at(0).node).dose).reps.amount->start.low.value == 3);
}

TEST_CASE("lex_only and parse_tree_only", "[parse]") {
  CHECK(lex_only("cat_camel reps 10") >= 3);
  CHECK(parse_tree_only("cat_camel reps 10..15; half_wall_hang hold 20..30s x5"));
  CHECK_FALSE(parse_tree_only("cat_camel reps .."));
}

namespace {

// Every labelled alternative of the grammar, written once. A new alternative
// needs a line here (the next test says so), and then a builder: without one,
// the builder's last branch reports an internal error.
const std::vector<std::pair<std::string, std::string>> kAlternatives = {
    {"ImportStmt", "import mobility"},
    {"RoutineStmt", "routine \"R\" { cat_camel reps 10 }"},
    {"ExerciseDefStmt", "exercise wall_press \"Wall press\" { kind reps }"},
    {"VocabularyStmt", "equipment step \"Step or stair\" { aliases stair }"},
    {"ParamStmt", "param equipment: none | band = band"},
    {"WhenStmt", "when symptoms = severe { cat_camel reps 5 }"},
    {"SectionStmt", "section \"Warm-up\" { cat_camel reps 10 }"},
    {"CircuitStmt", "circuit \"C\" rounds 2 rest 30s { cat_camel reps 10 }"},
    {"PhaseStmt", "weeks 1-2 { cat_camel reps 10 }"},
    {"SessionStmt", "session \"Strength\" on mon, wed, fri { cat_camel reps 10 }"},
    {"StageStmt", "stage \"Early\" days 1-14 until \"you can walk without a limp\" { cat_camel reps 10 }"},
    {"FactStmt", "level beginner"},
    {"PrescriptionStmt", "cat_camel reps 10"},
    {"TitleFact", "title \"Back care\""},
    {"ByFact", "by \"A. Physio\""},
    {"LevelFact", "level beginner"},
    {"ProgramFact", "program 8 weeks"},
    {"FrequencyFact", "frequency 2/day"},
    {"TargetsFact", "targets neck, \"upper back\""},
    {"TextFact", "red_flag \"numbness\""},
    {"TimingFact", "timing rep 4s, rest 45s"},
    {"RepsClause", "cat_camel reps 10"},
    {"HoldClause", "half_wall_hang hold"},
    {"UpToClause", "cat_camel reps up to 10"},
    {"PhraseClause", "cat_camel reps 10 as tolerated"},
    {"OnlySideClause", "lunge reps 10 affected side only"},
    {"SetsXClause", "cat_camel reps 10 x1 -> 3"},
    {"SetsClause", "cat_camel reps 10 sets 2"},
    {"DurationClause", "walking for 10min"},
    {"DistanceClause", "walking distance 1km"},
    {"PerSideClause", "lunge reps 10 per side left first"},
    {"AlternatingClause", "lunge reps 10 alternating"},
    {"DirectionClause", "neck_turn reps 5 per direction (right, left)"},
    {"RestClause", "cat_camel reps 10 rest 30s"},
    {"TempoClause", "cat_camel reps 10 tempo slow"},
    {"LoadClause", "curl reps 10 load 2kg"},
    {"RpeClause", "curl reps 10 rpe 6..7"},
    {"EffortClause", "curl hold 30s effort 30% -> 70%"},
    {"EffortInWordsClause", "curl hold 30s effort hard"},
    {"PainClause", "curl reps 10 pain 3/10"},
    {"AlternateClause", "curl reps 10 alternate a, b"},
    {"ExerciseFrequencyClause", "curl reps 10 frequency 2/day at morning on mon, thu"},
    {"TimingClause", "curl reps 10 timing rep 4s"},
    {"ProgressClause", "curl reps 10 progress \"add 2 repetitions\" every 3 days until reps 15"},
    {"RepsLimit", "curl reps 10 progress \"add 2\" until reps 15"},
    {"HoldLimit", "plank hold 10s progress \"add 5 seconds\" until hold 30s"},
    {"WordsLimit", "curl reps 10 progress \"add 1\" until \"it feels easy\" when \"it is pain-free\""},
    {"VariantClause", "curl reps 10 easier \"hands higher\" if \"it hurts\" for beginner"},
    {"NoVariantsClause", "curl reps 10 no variants"},
    {"TextClause", "curl reps 10 cue \"breathe out\""},
    {"ImageClause", "curl reps 10 image \"curl.png\" alt \"Elbow bent\""},
    {"StrayClause", "curl reps 10 20"},
    {"RangeAmount", "curl reps 10..15"},
    {"DashedAmount", "curl reps 10-15"},
    {"TimedHold", "plank hold 20..30s"},
    {"OpenHold", "stretch hold until pain 2/10 from pain 4/10 max 2min"},
    {"AtLeastHold", "plank hold at least 30s"},
    {"WordTempo", "curl reps 10 tempo slow"},
    {"PhasedTempo", "curl reps 10 tempo 3-1-3"},
    {"PerRepTempo", "curl reps 10 tempo 4s"},
    {"WeightLoad", "curl reps 10 load 2kg"},
    {"NamedLoad", "curl reps 10 load band (red)"},
    {"DescribedLoad", "curl reps 10 load \"a bag of tins\""},
    {"CountRate", "frequency 3..5/week"},
    {"WordRate", "frequency daily"},
    {"DefaultItem", "exercise e { default reps 10 x2 }"},
    {"TextItem", "exercise e { step \"Stand tall\" }"},
    {"VariantItem", "exercise e { easier f }"},
    {"ImageItem", "exercise e { image \"e.svg\" alt \"Standing\" }"},
    {"FigureItem", "exercise e { figure quadruped spine -20 -> spine 30 with wall behind }"},
    {"PropertyItem", "exercise e { equipment wall, chair }"},
};

}  // namespace

TEST_CASE("every labelled alternative of the grammar is in the table of alternatives", "[parse]") {
  std::ifstream grammar(REGIMEN_GRAMMAR_FILE);
  REQUIRE(grammar.good());
  std::set<std::string> labels;
  const std::regex label(R"(#\s*([A-Z]\w*)\s*$)");
  for (std::string line; std::getline(grammar, line);) {
    if (std::smatch m; std::regex_search(line, m, label)) labels.insert(m[1]);
  }
  std::set<std::string> written;
  for (const auto& [name, text] : kAlternatives) written.insert(name);
  CHECK(labels == written);
}

TEST_CASE("every labelled alternative of the grammar builds", "[parse]") {
  for (const auto& [name, text] : kAlternatives) {
    INFO(name << ": " << text);
    Parsed p(text);
    CHECK(p.file.complete);
    // Error rules: `10-15` is reported, with a fix, and built as `10..15`;
    // `effort hard` is reported as no percentage.
    bool error_rule = name == "DashedAmount" || name == "EffortInWordsClause" || name == "StrayClause";
    for (const auto& d : p.diagnostics.all()) {
      CHECK_FALSE(d.message.starts_with("internal error"));
      CHECK(d.is(name == "DashedAmount"          ? DiagCode::DashedRange
                 : name == "EffortInWordsClause" ? DiagCode::EffortNotPercentage
                                                 : DiagCode::SyntaxError));
    }
    if (!error_rule) CHECK(p.diagnostics.all().empty());
    bool built = !p.file.body.empty() || !p.file.imports.empty() || !p.file.definitions.empty() ||
                 !p.file.vocabulary.empty() || !p.file.params.empty();
    CHECK(built);
    for (const auto& statement : p.file.body) CHECK_FALSE(std::holds_alternative<ast::Invalid>(statement.node));
  }
}

TEST_CASE("spans count bytes after characters of two, three and four bytes", "[parse]") {
  // ANTLR counts characters; the syntax tree's spans are bytes of the file.
  const std::string text = "cat_camel note \"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\" rest 30s\nbird_dog reps 8";
  Parsed p(text);
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.body.size() == 2);
  const auto& first = p.line(0);
  REQUIRE(first.texts.size() == 1);
  CHECK(p.text_of(first.texts[0].span) == "note \"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
  REQUIRE(first.rest);
  CHECK(p.text_of(first.rest->span) == "rest 30s");
  CHECK(p.text_of(p.line(1).exercise.span) == "bird_dog");
  CHECK(p.line(1).span.end == text.size());
}

TEST_CASE("spans after a byte-order mark are bytes of the file, the mark included", "[parse]") {
  Parsed p("\xEF\xBB\xBF" "cat_camel reps 10 # \xC3\xA9\nbird_dog reps 8");
  REQUIRE(p.diagnostics.all().empty());
  REQUIRE(p.file.body.size() == 2);
  CHECK(p.line(0).exercise.span.begin == 3);
  CHECK(p.text_of(p.line(0).exercise.span) == "cat_camel");
  CHECK(p.text_of(p.line(1).exercise.span) == "bird_dog");
}

TEST_CASE("a large clause left out of a line costs no more than a pointer", "[parse]") {
  // Boxed clauses keep an exercise line small (see ast/boxed.h); a line of a
  // large routine was once over 6 KB.
  CHECK(sizeof(ast::Prescription) <= 1536);
  Parsed p("cat_camel reps 10 tempo slow load 2kg -> 4kg rpe 6/10 effort 50% pain 2/10 progress \"add one\"");
  REQUIRE(p.diagnostics.all().empty());
  const auto& line = p.line(0);
  REQUIRE(line.tempo);
  REQUIRE(line.load);
  REQUIRE(line.load->end);
  REQUIRE(line.rpe);
  REQUIRE(line.effort);
  REQUIRE(line.pain);
  REQUIRE(line.progress);
  CHECK(p.text_of(line.load->span) == "load 2kg -> 4kg");
  ast::Prescription copy = line;
  REQUIRE(copy.load);
  CHECK(&*copy.load != &*line.load);  // a deep copy
  CHECK(copy.load->span == line.load->span);
}
