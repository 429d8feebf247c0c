// check: names resolved, units converted, doses checked, through Workspace::compile.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compile_fixture.h"

using namespace regimen;
using regimen::testing::Compiled;

TEST_CASE("the one-line program compiles against the built-in library", "[check]") {
  Workspace workspace{WorkspaceOptions{}};
  Compilation c = workspace.compile("t.regimen", "cat_camel reps 10..15; half_wall_hang hold 20..30s x5", {});
  REQUIRE(c.ok());
  CHECK(c.diagnostics.all().empty());
  REQUIRE(c.program->body.size() == 2);
  const auto& hang = std::get<program::Item>(c.program->body[1]);
  CHECK(hang.exercise_id == "half_wall_hang");
  CHECK(program::hold_of(hang.dose)->amount.start == program::Range{20, 30});
  CHECK(hang.sets.start == program::Range{5, 5});
}

TEST_CASE("times convert to seconds", "[check]") {
  Compiled c("test_plank hold 2min\ntest_plank hold 1..2min\ntest_walk for 1h\n");
  REQUIRE(c.result.ok());
  const auto& hold = *program::hold_of(c.item(0).dose);
  CHECK(hold.unit == program::HoldUnit::Seconds);
  CHECK(hold.amount.start == program::Range{120, 120});
  CHECK(program::hold_of(c.item(1).dose)->amount.start == program::Range{60, 120});
  CHECK(std::get<program::TimeDose>(c.item(2).dose).seconds.start == program::Range{3600, 3600});
}

TEST_CASE("pounds convert to kilograms, keeping what was written", "[check]") {
  Compiled c("test_curl reps 10 load 5lb\ntest_curl reps 10 load 2kg");
  REQUIRE(c.result.ok());
  const auto& load = *c.item(0).load;
  CHECK(load.kind == program::Load::Kind::Weight);
  REQUIRE(load.start.kilograms.has_value());
  CHECK(load.start.kilograms->min == Approx(2.26796185));
  CHECK(load.start.kilograms->max.value() == Approx(2.26796185));
  CHECK(load.written_unit == "lb");
  CHECK(load.start.as_written == program::Range{5, 5});
  CHECK(c.item(1).load->start.kilograms == program::Range{2, 2});
}

TEST_CASE("distances convert to metres", "[check]") {
  Compiled c("test_walk distance 2km\ntest_walk distance 1mi");
  REQUIRE(c.result.ok());
  CHECK(std::get<program::DistanceDose>(c.item(0).dose).metres.start == program::Range{2000, 2000});
  CHECK(std::get<program::DistanceDose>(c.item(1).dose).metres.start.min == Approx(1609.344));
}

TEST_CASE("a unit on one end of a range applies to both", "[check]") {
  Compiled c("test_plank hold 20..30s\ntest_plank hold 1min..2\ntest_plank hold 3..4 breaths");
  REQUIRE(c.result.ok());
  CHECK(program::hold_of(c.item(0).dose)->amount.start == program::Range{20, 30});
  CHECK(program::hold_of(c.item(1).dose)->amount.start == program::Range{60, 120});
  CHECK(program::hold_of(c.item(2).dose)->unit == program::HoldUnit::Breaths);
  CHECK(program::hold_of(c.item(2).dose)->amount.start == program::Range{3, 4});
}

TEST_CASE("progressions convert both ends", "[check]") {
  Compiled c("test_plank hold 30s -> 2min\ntest_curl reps 5 -> 15 x1 -> 3");
  REQUIRE(c.result.ok());
  const auto& hold = program::hold_of(c.item(0).dose)->amount;
  CHECK(hold.start == program::Range{30, 30});
  REQUIRE(hold.end.has_value());
  CHECK(*hold.end == program::Range{120, 120});
  CHECK(std::get<program::Quantity>(std::get<program::RepsDose>(c.item(1).dose).reps).end == program::Range{15, 15});
  CHECK(c.item(1).sets.end == program::Range{3, 3});
}

TEST_CASE("a line with no dose takes the library's default", "[check]") {
  Compiled c("test_press\ntest_plank\ntest_walk\ntest_press x2");
  REQUIRE(c.result.ok());
  const auto& press = c.item(0);
  CHECK(press.dose_from_library);
  CHECK(std::get<program::Quantity>(std::get<program::RepsDose>(press.dose).reps).start == program::Range{8, 12});
  CHECK(press.sets.start == program::Range{3, 3});
  const auto& plank = c.item(1);
  CHECK(plank.dose_from_library);
  CHECK(program::hold_of(plank.dose)->unit == program::HoldUnit::Breaths);
  CHECK(program::hold_of(plank.dose)->amount.start == program::Range{3, 4});
  CHECK(std::get<program::TimeDose>(c.item(2).dose).seconds.start == program::Range{600, 600});
  // Sets written on the line win over the library's.
  CHECK(c.item(3).sets.start == program::Range{2, 2});
  CHECK(std::get<program::Quantity>(std::get<program::RepsDose>(c.item(3).dose).reps).start == program::Range{8, 12});
}

TEST_CASE("a written dose is not marked as the library's", "[check]") {
  Compiled c("test_press reps 10");
  REQUIRE(c.result.ok());
  CHECK_FALSE(c.item(0).dose_from_library);
  CHECK(c.item(0).sets.start == program::Range{1, 1});
}

TEST_CASE("no dose and no library default is an error", "[check]") {
  Compiled c("test_curl");
  CHECK_FALSE(c.result.ok());
  CHECK(c.has(DiagCode::MissingDosage));
}

TEST_CASE("sides come from the library unless the line says", "[check]") {
  Compiled c("test_press reps 10\ntest_press reps 10 per side left first\ntest_plank hold 20s");
  REQUIRE(c.result.ok());
  const auto& library = c.item(0).sides;
  CHECK(library.from_library);
  CHECK(library.mode == program::SideMode::PerSide);
  CHECK(library.switch_by == SideSwitch::PerRep);
  CHECK(library.order == std::vector<Side>{Side::Right, Side::Left});
  const auto& written = c.item(1).sides;
  CHECK_FALSE(written.from_library);
  CHECK(written.order == std::vector<Side>{Side::Left, Side::Right});
  CHECK(c.item(2).sides.mode == program::SideMode::Bilateral);
}

TEST_CASE("a side clause on a two-sided exercise is an error", "[check]") {
  Compiled c("test_plank hold 20s per side");
  CHECK(c.has(DiagCode::SidesNotAccepted));
}

TEST_CASE("names match ignoring case, spaces, hyphens and apostrophes", "[check]") {
  Compiled c("\"Test Press\" reps 1\n\"test-press\" reps 2\npress_alias reps 3\nTEST_PRESS reps 4\n\"Cat-Cow\" reps 5");
  REQUIRE(c.result.ok());
  for (std::size_t i = 0; i < 4; ++i) CHECK(c.item(i).exercise_id == "test_press");
  CHECK(c.item(0).name == "Test press");
  CHECK(c.item(4).exercise_id == "cat_camel");
}

TEST_CASE("an unknown exercise gets a suggestion", "[check]") {
  Compiled c("test_pres reps 10");
  CHECK_FALSE(c.result.ok());
  REQUIRE(c.has(DiagCode::UnknownExercise));
  const auto& d = c.result.diagnostics.all().front();
  REQUIRE_FALSE(d.help.empty());
  CHECK(d.help.front() == "did you mean `test_press`?");
}

TEST_CASE("doses the exercise cannot take are refused", "[check]") {
  CHECK(Compiled("test_plank reps 10").has(DiagCode::DosageNotAccepted));
  CHECK(Compiled("test_curl hold 10s").has(DiagCode::DosageNotAccepted));
  CHECK(Compiled("test_curl for 10min").has(DiagCode::DosageNotAccepted));
}

TEST_CASE("bad amounts are reported", "[check]") {
  CHECK(Compiled("test_curl reps 15..10").has(DiagCode::ReversedRange));
  CHECK(Compiled("test_curl reps 10s").has(DiagCode::UnitMismatch));
  CHECK(Compiled("test_plank hold 30").has(DiagCode::MissingUnit));
  CHECK(Compiled("test_plank hold 30 parsecs").has(DiagCode::UnknownUnit));
  CHECK(Compiled("test_curl reps 0").has(DiagCode::NonPositiveCount));
  CHECK(Compiled("test_curl reps 2.5").has(DiagCode::FractionalCount));
  CHECK(Compiled("test_curl reps 15 -> 5").has(DiagCode::BackwardProgression));
  CHECK(Compiled("test_curl reps 10 pain 12/10").has(DiagCode::ScoreOutOfScale));
}

TEST_CASE("warnings do not stop a compilation", "[check]") {
  Compiled c("test_curl reps 150");
  CHECK(c.has(DiagCode::ManyReps));
  CHECK(c.result.ok());
}

TEST_CASE("params take their default, or the value given in CheckOptions", "[check]") {
  const std::string routine =
      "param symptoms: mild | severe = mild\n"
      "when symptoms = mild { test_curl reps 10 }\n"
      "when symptoms = severe { test_curl reps 5 }\n";
  Compiled fallback(routine);
  REQUIRE(fallback.result.ok());
  CHECK(fallback.program().params.at("symptoms") == "mild");
  REQUIRE(fallback.program().body.size() == 1);
  CHECK(std::get<program::Quantity>(std::get<program::RepsDose>(fallback.item(0).dose).reps).start == program::Range{10, 10});

  Compiled severe(routine, CheckOptions{{{"symptoms", "severe"}}, {}});
  REQUIRE(severe.result.ok());
  CHECK(severe.program().params.at("symptoms") == "severe");
  REQUIRE(severe.program().body.size() == 1);
  CHECK(std::get<program::Quantity>(std::get<program::RepsDose>(severe.item(0).dose).reps).start == program::Range{5, 5});
}

TEST_CASE("a param value or name that does not exist is an error", "[check]") {
  const std::string routine = "param symptoms: mild | severe\nwhen symptoms = severe { test_curl reps 5 }\n";
  CHECK(Compiled(routine, CheckOptions{{{"symptoms", "extreme"}}, {}}).has(DiagCode::UnknownParameter));
  CHECK(Compiled(routine, CheckOptions{{{"mood", "good"}}, {}}).has(DiagCode::UnknownParameter));
  CHECK(Compiled("when mood = good { test_curl reps 5 }").has(DiagCode::UnknownParameter));
}

TEST_CASE("routine facts reach the program", "[check]") {
  Compiled c("routine \"Back care\" {\n"
             "  by \"The clinic\"\n"
             "  level intermediate\n"
             "  program 6 weeks\n"
             "  caution \"Stop if it hurts.\"\n"
             "  weeks 1-2 { test_curl reps 5 }\n"
             "}\n");
  REQUIRE(c.result.ok());
  CHECK(c.program().title == "Back care");
  CHECK(c.program().author == "The clinic");
  CHECK(c.program().level == Level::Intermediate);
  CHECK(c.program().length == program::Length{42, TimeUnit::Weeks});
  CHECK(c.program().cautions == std::vector<std::string>{"Stop if it hurts."});
  const auto& phase = std::get<program::Block>(c.program().body.at(0));
  CHECK(phase.kind == program::Block::Kind::Phase);
  CHECK(phase.days == program::DayRange{1, 14, TimeUnit::Weeks});
}

TEST_CASE("a frequency's times and days become the vocabulary's values", "[check]") {
  Compiled c("routine {\n"
             "  frequency 3/week at morning, 7:05, 18:30 on monday, wed, sunday\n"
             "  test_curl reps 5\n"
             "}\n");
  REQUIRE(c.result.ok());
  const auto& f = *c.program().frequency;
  CHECK(f.times == std::vector<TimeOfDay>{PartOfDay::Morning, ClockTime{7, 5}, ClockTime{18, 30}});
  CHECK(f.days == std::vector<Weekday>{Weekday::Monday, Weekday::Wednesday, Weekday::Sunday});
}

TEST_CASE("a clock time needs one or two digits for the hour and two for the minute, within the day", "[check]") {
  for (const char* time : {"7:5", "007:30", "24:00", "23:60", "1:000", "123456789012:00"}) {
    CAPTURE(time);
    Compiled c(fmt::format("routine {{\n  frequency 1/day at {}\n  test_curl reps 5\n}}\n", time));
    REQUIRE(c.result.diagnostics.all().size() == 1);
    CHECK(c.result.diagnostics.all()[0].message == fmt::format("`{}` is not a time of day", time));
  }
  for (const char* time : {"0:00", "7:05", "07:05", "23:59"}) {
    CAPTURE(time);
    CHECK(Compiled(fmt::format("routine {{\n  frequency 1/day at {}\n  test_curl reps 5\n}}\n", time)).result.ok());
  }
}

TEST_CASE("a phase past the program's end is an error", "[check]") {
  CHECK(Compiled("routine \"R\" {\n program 4 weeks\n weeks 3-6 { test_curl reps 5 }\n}").has(DiagCode::WeekOutOfProgram));
}

TEST_CASE("an exercise definition may say `sides alternating`", "[check]") {
  // `alternating` is also a clause keyword; as a property value it must still be a word.
  Compiled c("exercise test_step \"Test step\" {\n  kind reps\n  sides alternating\n}\ntest_step reps 10\n");
  REQUIRE(c.result.diagnostics.all().empty());
  REQUIRE(c.result.ok());
  CHECK(c.item(0).sides.mode == program::SideMode::Alternating);
  CHECK(c.item(0).sides.switch_by == SideSwitch::PerRep);
}

// Each "did you mean" searches the whole library; a file of thousands of
// misspelt names gets suggestions for the first few dozen, and a note where
// they stop, rather than thousands of searches.
TEST_CASE("did you mean stops after the file's budget of suggestions", "[check][names]") {
  std::string routine;
  for (int i = 0; i < 200; ++i) routine += fmt::format("cat_camle reps {}\n", i + 1);
  Compiled c(routine);
  std::size_t unknown = 0, suggested = 0, stopped = 0;
  for (const auto& d : c.result.diagnostics.all()) {
    if (!d.is(DiagCode::UnknownExercise)) continue;
    ++unknown;
    for (const auto& help : d.help) suggested += help == "did you mean `cat_camel`?";
    for (const auto& note : d.notes) stopped += note.message.find("\"did you mean\" is worked out for the first") == 0;
  }
  CHECK(unknown == 200);
  CHECK(suggested == Diagnostics::kSuggestionBudget);
  CHECK(stopped == 1);
}

// A routine that defines nothing is checked against the workspace's library
// itself; copying the library for every file was most of the time
// `regimen check` spent on many small files.
TEST_CASE("a routine without definitions shares the workspace's library", "[check][driver]") {
  Workspace workspace{WorkspaceOptions{}};
  Compilation plain = workspace.compile("plain.regimen", "cat_camel reps 10", {});
  REQUIRE(plain.ok());
  CHECK(plain.library.get() == &workspace.library());
  Compilation own = workspace.compile("own.regimen", "exercise my_drill { kind reps }\nmy_drill reps 10", {});
  REQUIRE(own.ok());
  CHECK(own.library.get() != &workspace.library());
  CHECK(own.library->find("my_drill") != nullptr);
  CHECK(workspace.library().find("my_drill") == nullptr);
}

// A scratch folder of routine files, removed at the end of the test.
class RoutineFolder {
 public:
  explicit RoutineFolder(const std::string& prefix) {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    dir_ = pattern;
  }
  ~RoutineFolder() { std::filesystem::remove_all(dir_); }
  RoutineFolder(const RoutineFolder&) = delete;
  RoutineFolder& operator=(const RoutineFolder&) = delete;

  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  // The file compiled as `regimen check` would: read from the folder, by its path.
  Compilation compile(Workspace& workspace, const std::string& name) const {
    std::ifstream in(dir_ / name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return workspace.compile((dir_ / name).string(), text.str(), {});
  }

 private:
  std::filesystem::path dir_;
};

// A file imported again, by the same path and with the same text, is taken
// from the workspace's earlier parse: neither added to the sources again nor
// parsed again. A changed file is read afresh, and the imported file's own
// problems are reported to every routine that imports it.
TEST_CASE("a file imported again is parsed once, unless its text changed", "[check][driver]") {
  RoutineFolder folder("regimen-imports-");
  auto write = [&](const std::string& name, const std::string& text) { folder.write(name, text); };
  write("clinic.regimen", "exercise wall_slide_lite \"Wall slide, small\" {\n  kind reps\n}\n");
  write("a.regimen", "import \"clinic.regimen\"\nwall_slide_lite reps 10\n");
  write("b.regimen", "import \"clinic.regimen\"\nwall_slide_lite reps 12\n");
  Workspace workspace{WorkspaceOptions{}};
  auto compile = [&](const std::string& name) { return folder.compile(workspace, name); };
  Compilation a = compile("a.regimen");
  REQUIRE(a.ok());
  std::size_t after_a = workspace.sources().size();
  Compilation b = compile("b.regimen");
  REQUIRE(b.ok());
  CHECK(workspace.sources().size() == after_a + 1);  // b itself, not the module again
  CHECK(b.library->find("wall_slide_lite") != nullptr);

  // The module changes: the next routine sees the new text.
  write("clinic.regimen", "exercise wall_slide_small \"Wall slide, small\" {\n  kind reps\n}\n");
  Compilation c = compile("b.regimen");
  CHECK(workspace.sources().size() == after_a + 3);  // b again, and the changed module
  CHECK_FALSE(c.ok());  // `wall_slide_lite` is no longer defined

  // A broken module: its syntax error is reported to each routine importing it.
  write("clinic.regimen", "exercise wall_slide_lite \"Wall slide, small\" {\n  kind reps\n  )\n}\n");
  Compilation d1 = compile("a.regimen");
  Compilation d2 = compile("b.regimen");
  CHECK(d1.diagnostics.has_errors());
  CHECK(d2.diagnostics.has_errors());
  CHECK(d1.diagnostics.error_count() == d2.diagnostics.error_count());
}

TEST_CASE("routines that import the same files and define nothing share one library", "[check][driver]") {
  RoutineFolder folder("regimen-layers-");
  auto write = [&](const std::string& name, const std::string& text) { folder.write(name, text); };
  write("clinic.regimen", "exercise wall_slide_lite \"Wall slide, small\" {\n  kind reps\n}\n");
  write("other.regimen", "exercise step_tap_lite \"Step tap, small\" {\n  kind reps\n}\n");
  write("a.regimen", "import \"clinic.regimen\"\nwall_slide_lite reps 10\n");
  write("b.regimen", "import \"clinic.regimen\"\nwall_slide_lite reps 12\n");
  write("c.regimen", "import \"other.regimen\"\nstep_tap_lite reps 12\n");
  write("own.regimen",
        "import \"clinic.regimen\"\nexercise own_reach \"Own reach\" {\n  kind reps\n}\n"
        "wall_slide_lite reps 10\nown_reach reps 5\n");
  Workspace workspace{WorkspaceOptions{}};
  auto compile = [&](const std::string& name) { return folder.compile(workspace, name); };
  Compilation a = compile("a.regimen");
  Compilation b = compile("b.regimen");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.library.get() == b.library.get());
  CHECK(a.library.get() != &workspace.library());
  CHECK(workspace.library().find("wall_slide_lite") == nullptr);  // the workspace's own is untouched

  // Other imports make another library; a routine's own definitions its own.
  Compilation c = compile("c.regimen");
  REQUIRE(c.ok());
  CHECK(c.library.get() != a.library.get());
  CHECK(c.library->find("wall_slide_lite") == nullptr);
  Compilation own = compile("own.regimen");
  REQUIRE(own.ok());
  CHECK(own.library.get() != a.library.get());
  CHECK(own.library->find("own_reach") != nullptr);
  CHECK(own.library->find("wall_slide_lite") != nullptr);
  CHECK(a.library->find("own_reach") == nullptr);

  // A problem in an imported definition is reported to every routine that imports it.
  write("clinic.regimen", "exercise wall_slide_lite \"Wall slide, small\" {\n  kind reps\n  equipment unicorn_bench\n}\n");
  Compilation d1 = compile("a.regimen");
  Compilation d2 = compile("b.regimen");
  CHECK(d1.library.get() == d2.library.get());
  REQUIRE(d1.diagnostics.error_count() == 1);
  REQUIRE(d2.diagnostics.error_count() == 1);
  CHECK(d1.diagnostics.all()[0].message == d2.diagnostics.all()[0].message);
  CHECK(d1.diagnostics.all()[0].message.find("unicorn_bench") != std::string::npos);
  CHECK(d1.diagnostics.all()[0].span.file == d2.diagnostics.all()[0].span.file);
}
