// `regimen fmt`: the canonical layout, construct by construct
// (docs/formatting.md), and the diff `--diff` prints.
#include <catch2/catch.hpp>

#include <string>

#include "format/format.h"
#include "format/unified_diff.h"

using namespace regimen;

namespace {

// The file formatted; "<error>" when the formatter refused it.
std::string formatted(const std::string& text) {
  SourceSet sources;
  FileId id = sources.add("t.regimen", text);
  Diagnostics diagnostics;
  auto out = format_file(sources, id, diagnostics);
  if (!out) {
    CHECK(diagnostics.has_errors());
    return "<error>";
  }
  return *out;
}

}  // namespace

TEST_CASE("fmt: one statement a line, the separators dropped", "[format]") {
  CHECK(formatted("cat_camel reps 10..15; half_wall_hang hold 20..30s x5") ==
        "cat_camel reps 10..15\nhalf_wall_hang hold 20..30s x5\n");
  CHECK(formatted("cat_camel;;; ;\n") == "cat_camel\n");
}

TEST_CASE("fmt: spaces between words, none where punctuation binds", "[format]") {
  CHECK(formatted("cat_camel   reps  10 .. 15\t x2") == "cat_camel reps 10..15 x2\n");
  CHECK(formatted("weeks 1 - 2 { cat_camel }") == "weeks 1-2 { cat_camel }\n");
  CHECK(formatted("cat_camel reps 10 frequency 2 / day at 7 : 30 , evening on mon , wed") ==
        "cat_camel reps 10 frequency 2/day at 7:30, evening on mon, wed\n");
  CHECK(formatted("cat_camel reps 10 pain 3 / 10 rpe 7 / 10") == "cat_camel reps 10 pain 3/10 rpe 7/10\n");
  CHECK(formatted("cat_camel reps 10 tempo 3 - 1 - 3") == "cat_camel reps 10 tempo 3-1-3\n");
  CHECK(formatted("cat_camel reps 10 load band ( red )") == "cat_camel reps 10 load band(red)\n");
  CHECK(formatted("cat_camel reps 5 -> 15 over 6 weeks") == "cat_camel reps 5 -> 15 over 6 weeks\n");
  CHECK(formatted("param symptoms : mild|severe = mild") == "param symptoms: mild | severe = mild\n");
  CHECK(formatted("childs_pose hold 3 breaths per direction ( right , left )") ==
        "childs_pose hold 3 breaths per direction (right, left)\n");
}

TEST_CASE("fmt: units of measure against their number, word units apart", "[format]") {
  CHECK(formatted("half_wall_hang hold 20 .. 30 s") == "half_wall_hang hold 20..30s\n");
  CHECK(formatted("walk for 20 min") == "walk for 20min\n");
  CHECK(formatted("walk distance 2 km") == "walk distance 2km\n");
  CHECK(formatted("goblet_squat reps 10 load 2 kg") == "goblet_squat reps 10 load 2kg\n");
  CHECK(formatted("knee_extension_isometric hold 45s effort 70 %") == "knee_extension_isometric hold 45s effort 70%\n");
  CHECK(formatted("childs_pose hold 3   breaths") == "childs_pose hold 3 breaths\n");
  CHECK(formatted("program 6weeks") == "program 6 weeks\n");
}

TEST_CASE("fmt: units of measure in their short form, word units as written", "[format]") {
  CHECK(formatted("childs_pose hold 30 seconds rest 1 minute") == "childs_pose hold 30s rest 1min\n");
  CHECK(formatted("childs_pose hold 20..30 sec") == "childs_pose hold 20..30s\n");
  CHECK(formatted("walk for 1 hour") == "walk for 1h\n");
  CHECK(formatted("bicep_curl reps 10 load 5 lbs") == "bicep_curl reps 10 load 5lb\n");
  CHECK(formatted("walk distance 2 miles") == "walk distance 2mi\n");
  // The number decides singular or plural: left as the author wrote it.
  CHECK(formatted("childs_pose hold 1 breath") == "childs_pose hold 1 breath\n");
  CHECK(formatted("program 1 week") == "program 1 week\n");
  CHECK(formatted("cat_camel reps 10 x2 rest 30 secs") == "cat_camel reps 10 x2 rest 30s\n");
}

TEST_CASE("fmt: negative numbers keep their sign against the number", "[format]") {
  std::string text = "exercise e { kind reps\n figure quadruped spine - 20 -> spine 30 }\n";
  CHECK(formatted(text) == "exercise e {\n  kind reps\n  figure quadruped spine -20 -> spine 30\n}\n");
}

TEST_CASE("fmt: clauses in the documented order, the dose first", "[format]") {
  CHECK(formatted("side_plank rest 30s per side x2 reps 3..5") == "side_plank reps 3..5 x2 per side rest 30s\n");
  CHECK(formatted("trap_activation load light x2 reps 10 hold 3s rest 30s tempo slow") ==
        "trap_activation reps 10 hold 3s x2 rest 30s tempo slow load light\n");
  CHECK(formatted("cat_camel cue \"slowly\" note \"b\" reps 10 easier \"smaller\" image \"a.png\" alt \"A\"") ==
        "cat_camel reps 10 easier \"smaller\" cue \"slowly\" note \"b\" image \"a.png\" alt \"A\"\n");
  // `reps` with no amount of its own goes with the clause that gives one.
  CHECK(formatted("assisted_shoulder_elevation rest 1min reps up to 10 x2..3") ==
        "assisted_shoulder_elevation reps up to 10 x2..3 rest 1min\n");
  CHECK(formatted("wall_sit x3 hold as long as comfortable") == "wall_sit hold as long as comfortable x3\n");
  // Two clauses of one group keep their order: each repetition held.
  CHECK(formatted("bird_dog hold 5s reps 10") == "bird_dog hold 5s reps 10\n");
  // In a `default` too.
  CHECK(formatted("exercise e { kind reps\n default x2 reps 10 }") == "exercise e {\n  kind reps\n  default reps 10 x2\n}\n");
  CHECK(formatted("exercise e { default x2 reps 10 }") == "exercise e { default reps 10 x2 }\n");
}

TEST_CASE("fmt: two spaces a level, the brace on the header's line", "[format]") {
  CHECK(formatted("routine \"A\"\n\n{\nsection \"S\" {\n cat_camel }\n}") ==
        "routine \"A\" {\n  section \"S\" {\n    cat_camel\n  }\n}\n");
  CHECK(formatted("cat_camel reps 10\n{ cue \"slowly\"; note \"b\" }") ==
        "cat_camel reps 10 {\n  cue \"slowly\"\n  note \"b\"\n}\n");
}

TEST_CASE("fmt: a block of one statement on its header's line stays there", "[format]") {
  CHECK(formatted("equipment doorway   \"Doorway\" {aliases door_frame}") ==
        "equipment doorway \"Doorway\" { aliases door_frame }\n");
  CHECK(formatted("routine { section \"S\" { cat_camel x2 reps 10 } }") ==
        "routine {\n  section \"S\" { cat_camel reps 10 x2 }\n}\n");
  CHECK(formatted("section \"S\" { cat_camel }; childs_pose") == "section \"S\" { cat_camel }\nchilds_pose\n");
  // Two statements, a comment or a brace on another line open it out.
  CHECK(formatted("section \"S\" { cat_camel; childs_pose }") == "section \"S\" {\n  cat_camel\n  childs_pose\n}\n");
  CHECK(formatted("section \"S\"\n{ cat_camel }") == "section \"S\" {\n  cat_camel\n}\n");
  CHECK(formatted("section \"S\" {}") == "section \"S\" {\n}\n");
  CHECK(formatted("exercise e \"E\"\n{\nkind reps\n}") == "exercise e \"E\" {\n  kind reps\n}\n");
}

TEST_CASE("fmt: at most one blank line, none at a block's edges", "[format]") {
  CHECK(formatted("\n\n\ncat_camel\n\n\n\nchilds_pose\n\n\n") == "cat_camel\n\nchilds_pose\n");
  CHECK(formatted("section \"S\" {\n\n  cat_camel\n\n}\n") == "section \"S\" {\n  cat_camel\n}\n");
  CHECK(formatted("cat_camel\nchilds_pose\n") == "cat_camel\nchilds_pose\n");
}

TEST_CASE("fmt: a list's next line one level in", "[format]") {
  CHECK(formatted("routine {\ntargets mid_back,\n\n      upper_back\n}") == "routine {\n  targets mid_back,\n    upper_back\n}\n");
}

TEST_CASE("fmt: every comment kept on its line", "[format]") {
  CHECK(formatted("# top\n\ncat_camel   reps 10 # why ten\n  # own line   \nchilds_pose") ==
        "# top\n\ncat_camel reps 10 # why ten\n# own line\nchilds_pose\n");
  // After a brace, and after a statement that ended with `;`.
  CHECK(formatted("section \"S\" { # warm-up\ncat_camel; # first\n} # end") ==
        "section \"S\" { # warm-up\n  cat_camel # first\n} # end\n");
  // A comment is text as written: no space is added after the `#`.
  CHECK(formatted("#!regimen\n#---\ncat_camel") == "#!regimen\n#---\ncat_camel\n");
  // Between a header and a brace on its own line: the brace goes up, the
  // comment to the start of the block.
  CHECK(formatted("routine \"A\"\n# about\n{\ncat_camel\n}") == "routine \"A\" {\n  # about\n  cat_camel\n}\n");
  // A comment after a brace on its own line goes up with the brace.
  CHECK(formatted("routine \"A\"\n{ # about\ncat_camel\n}") == "routine \"A\" { # about\n  cat_camel\n}\n");
  CHECK(formatted("routine \"A\" # title\n{ # about\ncat_camel\n}") ==
        "routine \"A\" { # title\n  # about\n  cat_camel\n}\n");
  // With clauses reordered, the comment stays at the end of its line.
  CHECK(formatted("cat_camel x2 reps 10 # ok") == "cat_camel reps 10 x2 # ok\n");
}

TEST_CASE("fmt: quotes only where a name needs them", "[format]") {
  CHECK(formatted("\"cat_camel\" reps 10") == "cat_camel reps 10\n");
  CHECK(formatted("\"Cat camel\" reps 10") == "\"Cat camel\" reps 10\n");
  // A keyword, sets, or a word that starts a phase keep their quotes.
  CHECK(formatted("\"reps\" reps 10") == "\"reps\" reps 10\n");
  CHECK(formatted("\"x3\" reps 10") == "\"x3\" reps 10\n");
  CHECK(formatted("\"day\" reps 10") == "\"day\" reps 10\n");
  CHECK(formatted("routine {\ntargets \"mid_back\", \"upper back\"\n}") == "routine {\n  targets mid_back, \"upper back\"\n}\n");
  // Texts that are not names keep theirs.
  CHECK(formatted("cat_camel reps 10 load \"light\"") == "cat_camel reps 10 load \"light\"\n");
  CHECK(formatted("import \"back\"") == "import \"back\"\n");
  // A variant's quotes say it is a description, not an exercise.
  CHECK(formatted("cat_camel reps 10 easier \"smaller\"") == "cat_camel reps 10 easier \"smaller\"\n");
}

TEST_CASE("fmt: a file with a syntax error is refused, with the parser's diagnostics", "[format]") {
  CHECK(formatted("cat_camel reps 10 20") == "<error>");
  CHECK(formatted("routine \"A\" {\n cat_camel\n") == "<error>");
  CHECK(formatted("cat_camel reps 10 @") == "<error>");
  CHECK(formatted("cat_camel cue \"open") == "<error>");
  CHECK(formatted(std::string("cat_camel \xff")) == "<error>");
}

TEST_CASE("fmt: an empty file, and one of comments alone", "[format]") {
  CHECK(formatted("") == "");
  CHECK(formatted("\n\n") == "");
  CHECK(formatted("# just a note\n") == "# just a note\n");
}

TEST_CASE("fmt: line endings and a byte-order mark", "[format]") {
  CHECK(formatted("cat_camel\r\nchilds_pose\r\n") == "cat_camel\nchilds_pose\n");
  CHECK(formatted("\xEF\xBB\xBF" "cat_camel\n") == "cat_camel\n");
  CHECK(formatted("cat_camel") == "cat_camel\n");
}

TEST_CASE("unified diff: hunks with three lines of context", "[format][diff]") {
  CHECK(unified_diff("f", "a\nb\n", "a\nb\n").empty());
  CHECK(unified_diff("f", "a\nb\nc\n", "a\nB\nc\n") == "--- f\n+++ f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
  // Changes far apart make two hunks; near ones, one.
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  CHECK(unified_diff("f", before, after) ==
        "--- f\n+++ f\n@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
  // Lines added to and taken from an empty file.
  CHECK(unified_diff("f", "", "a\n") == "--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n");
  CHECK(unified_diff("f", "a\n", "") == "--- f\n+++ f\n@@ -1 +0,0 @@\n-a\n");
  // A last line without a newline is a change of its own.
  CHECK(unified_diff("f", "a\nb", "a\nb\n") == "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}
