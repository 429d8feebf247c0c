// diag/render_text and diag/render_json: what a user and a tool see of a diagnostic.
#include <catch2/catch.hpp>

#include "diag/render_json.h"
#include "diag/render_text.h"

using namespace regimen;

namespace {

struct Fixture {
  SourceSet sources;
  FileId file;
  std::string text = "routine {\n\t\"Café crème\" reps 10\n}\n";
  Fixture() { file = sources.add("m.regimen", text); }
  Span span_of(std::string_view word) const {
    auto at = static_cast<std::uint32_t>(text.find(word));
    return Span{file, at, at + static_cast<std::uint32_t>(word.size())};
  }
};

}  // namespace

TEST_CASE("render_text: location, message, source line, caret, help and notes", "[render]") {
  Fixture f;
  Diagnostics all;
  auto d = all.report(f.span_of("reps"), msg::UnknownExerciseName{"reps"});
  d.help("did you mean `rest`?");
  d.note("the block starts here", f.span_of("routine"));
  d.note("a note about no place", {});
  d.emit();
  // The caret line copies the tab and puts one space under each character,
  // accented or not, so the caret sits under `reps`.
  std::string expected =
      "m.regimen:2:15: error: unknown exercise `reps` [E0101]\n"
      " 2 | \t\"Café crème\" reps 10\n"
      "   | \t             ^~~~\n"
      "help: did you mean `rest`?\n"
      "m.regimen:1:1: note: the block starts here\n"
      " 1 | routine {\n"
      "   | ^~~~~~~\n"
      "note: a note about no place\n";
  CHECK(render_text(all, f.sources) == expected);
}

TEST_CASE("render_text: a diagnostic about no place has no snippet", "[render]") {
  Fixture f;
  Diagnostics all;
  all.report(Span{}, msg::SetUnknownParameter{"x", "x"}).emit();
  CHECK(render_text(all, f.sources) == "regimen: error: `--set x`: the routine has no parameter `x` [E0106]\n");
}

TEST_CASE("render_text: an empty span still gets one caret", "[render]") {
  Fixture f;
  Diagnostics all;
  all.report(Span{f.file, f.span_of("10").end, f.span_of("10").end}, msg::NeedsUnit{"reps"}).emit();
  std::string out = render_text(all, f.sources);
  // A tab, then one space for each of the 20 characters before the end of `10`.
  CHECK(out.find("   | \t" + std::string(20, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("render_text: colour only when asked", "[render]") {
  Fixture f;
  Diagnostics all;
  all.report(f.span_of("reps"), msg::UnknownExerciseName{"unknown"}).emit();
  CHECK(render_text(all, f.sources).find('\x1b') == std::string::npos);
  CHECK(render_text(all, f.sources, TextRenderOptions{true}).find('\x1b') != std::string::npos);
}

TEST_CASE("render_text: a very long line is shown as a window around the fault", "[render]") {
  SourceSet sources;
  std::string text = std::string(100000, 'a') + " bad " + std::string(100000, 'b');
  FileId file = sources.add("long.regimen", text);
  Diagnostics all;
  auto at = static_cast<std::uint32_t>(text.find("bad"));
  all.report(Span{file, at, at + 3}, msg::UnknownExerciseName{"unknown"}).emit();
  std::string out = render_text(all, sources);
  CHECK(out.size() < 1000);
  CHECK(out.find("bad") != std::string::npos);
  CHECK(out.find("...") != std::string::npos);
}

TEST_CASE("render_summary counts errors and warnings", "[render]") {
  Diagnostics none;
  CHECK(render_summary(none).empty());
  Diagnostics one;
  one.report(Span{}, msg::UnknownExerciseName{"x"}).emit();
  CHECK(render_summary(one) == "1 error generated.\n");
  Diagnostics mixed;
  mixed.report(Span{}, msg::UnknownExerciseName{"x"}).emit();
  mixed.report(Span{}, msg::UnknownUnitName{"y"}).emit();
  mixed.report(Span{}, msg::OverHundredReps{}).emit();
  CHECK(render_summary(mixed) == "2 errors and 1 warning generated.\n");
}

TEST_CASE("render_json has every field of a diagnostic", "[render]") {
  Fixture f;
  Diagnostics all;
  auto d = all.report(f.span_of("reps"), msg::UnknownExerciseName{"reps"});
  d.help("did you mean `rest`?");
  d.note("no place", {});
  d.fix(f.span_of("reps"), "rest");
  d.emit();
  all.report(f.span_of("10"), msg::OverHundredReps{}).emit();

  nlohmann::json doc = diagnostics_to_json(all, f.sources);
  CHECK(doc["errors"] == 1);
  CHECK(doc["warnings"] == 1);
  REQUIRE(doc["diagnostics"].size() == 2);
  const auto& first = doc["diagnostics"][0];
  CHECK(first["severity"] == "error");
  CHECK(first["code"] == "E0101");
  CHECK(first["message"] == "unknown exercise `reps`");
  CHECK(first["help"] == nlohmann::json::array({"did you mean `rest`?"}));
  CHECK(first["notes"][0]["message"] == "no place");
  CHECK(first["notes"][0]["span"].is_null());
  CHECK(first["fixes"][0]["replacement"] == "rest");

  const auto& span = first["span"];
  CHECK(span["file"] == "m.regimen");
  CHECK(span["line"] == 2);
  CHECK(span["column"] == 15);
  CHECK(span["end_line"] == 2);
  CHECK(span["end_column"] == 19);
  CHECK(span["offset"] == f.text.find("reps"));
  CHECK(span["length"] == 4);
  CHECK(doc["diagnostics"][1]["severity"] == "warning");
}

TEST_CASE("span_to_json is null for no place", "[render]") {
  SourceSet sources;
  CHECK(span_to_json(Span{}, sources).is_null());
}
