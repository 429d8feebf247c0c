// `# lint: allow ...` comments: which lines they cover, and what they say
// about names that are no rule.
#include <catch2/catch.hpp>

#include "fake_rules.h"
#include "lint/allow_comments.h"

using namespace regimen;
using lint::testing::kFakeRules;

namespace {

lint::AllowComments read(const std::string& text) {
  SourceSet sources;
  FileId file = sources.add("t.regimen", text);
  return lint::read_allow_comments(sources, file, kFakeRules);
}

}  // namespace

TEST_CASE("a comment at the end of a line allows the rules for that line", "[lint][allow]") {
  auto allow = read("cat reps 10  # lint: allow needs-rest\nwall hold 20s\n");
  CHECK(allow.allows(1, "T0001"));
  CHECK_FALSE(allow.allows(1, "T0002"));
  CHECK_FALSE(allow.allows(2, "T0001"));
  CHECK(allow.problems.empty());
}

TEST_CASE("a comment alone on a line allows them for the next line of code", "[lint][allow]") {
  auto allow = read("# lint: allow T0001, first-exercise\n\n# the reason, in words\ncat reps 10\nwall hold 20s\n");
  CHECK(allow.allows(4, "T0001"));
  CHECK(allow.allows(4, "T0002"));
  CHECK_FALSE(allow.allows(1, "T0001"));
  CHECK_FALSE(allow.allows(5, "T0001"));
}

TEST_CASE("names are separated by commas or spaces, by id or name", "[lint][allow]") {
  auto allow = read("cat reps 10 #lint:allow needs-rest first-exercise\n");
  CHECK(allow.allows(1, "T0001"));
  CHECK(allow.allows(1, "T0002"));
}

TEST_CASE("a # inside a string is not a comment", "[lint][allow]") {
  auto allow = read("cat reps 10 { cue \"count # lint: allow needs-rest\" }\n");
  CHECK_FALSE(allow.allows(1, "T0001"));
  auto escaped = read("cat reps 10 { cue \"a \\\" quote\" }  # lint: allow needs-rest\n");
  CHECK(escaped.allows(1, "T0001"));
}

TEST_CASE("ordinary comments are left alone", "[lint][allow]") {
  auto allow = read("# linting notes: none\ncat reps 10  # allow for a rest\n");
  CHECK(allow.allowed.empty());
  CHECK(allow.problems.empty());
}

TEST_CASE("an unknown name is a warning at the name, with a guess", "[lint][allow]") {
  auto allow = read("cat reps 10  # lint: allow needs-rst, T0002\n");
  CHECK(allow.allows(1, "T0002"));
  REQUIRE(allow.problems.size() == 1);
  const Diagnostic& d = allow.problems[0];
  CHECK(d.severity == Severity::Warning);
  CHECK(d.message == "no lint rule `needs-rst`");
  CHECK(d.span.begin == 27);
  CHECK(d.span.end == 36);
  REQUIRE(d.help.size() == 1);
  CHECK(d.help[0] == "did you mean `needs-rest`?");
  CHECK(diagnostic_label(d) == "allow-comment");
}

TEST_CASE("a lint comment that does not say allow, or names nothing, is a warning", "[lint][allow]") {
  CHECK(read("cat reps 10  # lint: deny needs-rest\n").problems.size() == 1);
  CHECK(read("cat reps 10  # lint: allowed needs-rest\n").problems.size() == 1);
  CHECK(read("cat reps 10  # lint: allow\n").problems.size() == 1);
}
