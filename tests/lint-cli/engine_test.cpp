// The engine over a real compilation with a fake rule table: levels, allow
// comments, order, diagnostics, and --fix's loop.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_rules.h"
#include "lint/lint_file.h"

using namespace regimen;
using lint::testing::kBreakingRules;
using lint::testing::kFakeRules;

namespace {

struct Linted {
  Workspace workspace{WorkspaceOptions{}};
  lint::FileLint result;

  Linted(const std::string& text, const lint::LintSettings& settings = {}, bool fix = false,
         std::span<const lint::Rule> rules = kFakeRules)
      : result(lint::lint_file(workspace, CheckOptions{}, "t.regimen", text, rules, settings, fix)) {}

  std::vector<std::string> labels() const {
    std::vector<std::string> out;
    Diagnostics all = result.diagnostics();
    for (const auto& d : all.all()) out.push_back(diagnostic_label(d));
    return out;
  }
};

const std::string kTwoLines = "cat_camel reps 10\nhalf_wall_hang hold 20s x3\n";

}  // namespace

TEST_CASE("findings carry their rule and level, in order of position", "[lint][engine]") {
  Linted linted(kTwoLines);
  REQUIRE(linted.result.outcome);
  auto labels = linted.labels();
  CHECK(labels == std::vector<std::string>{"T0001 needs-rest", "T0002 first-exercise", "T0001 needs-rest"});
  auto all = linted.result.diagnostics();
  CHECK(all.all()[0].severity == Severity::Warning);
  CHECK(all.all()[1].severity == Severity::Error);  // T0002 is denied by default
  CHECK(all.error_count() == 1);
  CHECK(all.all()[0].origin == Origin{LintRuleOrigin{"T0001", "needs-rest"}});
}

TEST_CASE("settings raise, lower and turn off rules", "[lint][engine]") {
  lint::LintSettings settings;
  settings.levels["T0001"] = lint::RuleLevel::Deny;
  settings.levels["T0002"] = lint::RuleLevel::Allow;
  Linted linted(kTwoLines, settings);
  auto all = linted.result.diagnostics();
  REQUIRE(all.all().size() == 2);
  for (const auto& d : all.all()) {
    CHECK(diagnostic_code(d) == "T0001");
    CHECK(d.severity == Severity::Error);
  }
}

TEST_CASE("allow comments drop the findings on their line only", "[lint][engine]") {
  Linted linted("cat_camel reps 10  # lint: allow needs-rest, first-exercise\nhalf_wall_hang hold 20s x3\n");
  REQUIRE(linted.result.outcome);
  CHECK(linted.result.outcome->allowed_by_comments == 2);
  CHECK(linted.labels() == std::vector<std::string>{"T0001 needs-rest"});
  Diagnostics all = linted.result.diagnostics();
  CHECK(all.all()[0].span.begin > 40);
}

TEST_CASE("problems with allow comments are reported beside the findings", "[lint][engine]") {
  Linted linted("# lint: allow first-exercize\ncat_camel reps 10 rest 30s\n");
  CHECK(linted.labels() == std::vector<std::string>{"allow-comment", "T0002 first-exercise"});
}

TEST_CASE("the rules do not run on a routine with errors", "[lint][engine]") {
  Linted linted("cat_camel reps 10\nno_such_exercise reps 5\n");
  CHECK_FALSE(linted.result.outcome);
  auto all = linted.result.diagnostics();
  CHECK(all.has_errors());
  CHECK(std::none_of(all.all().begin(), all.all().end(), [](const Diagnostic& d) { return std::holds_alternative<LintRuleOrigin>(d.origin); }));
}

TEST_CASE("fixing applies the fixes, lints again, and a second run changes nothing", "[lint][engine]") {
  std::string text = "# two lines; this comment stays\ncat_camel reps 10   # and this one\nhalf_wall_hang hold 20s x3\n";
  Linted first(text, {}, true);
  CHECK(first.result.fixed == 2);
  CHECK(first.result.text ==
        "# two lines; this comment stays\ncat_camel reps 10 rest 30s   # and this one\nhalf_wall_hang hold 20s x3 rest 30s\n");
  // What remains is what the fixes could not mend.
  CHECK(first.labels() == std::vector<std::string>{"T0002 first-exercise"});

  Linted second(first.result.text, {}, true);
  CHECK(second.result.fixed == 0);
  CHECK(second.result.text == first.result.text);
}

TEST_CASE("fixing leaves alone findings that are allowed", "[lint][engine]") {
  lint::LintSettings settings;
  settings.levels["T0001"] = lint::RuleLevel::Allow;
  Linted by_level(kTwoLines, settings, true);
  CHECK(by_level.result.text == kTwoLines);
  Linted by_comment("cat_camel reps 10  # lint: allow T0001\nhalf_wall_hang hold 20s x3\n", {}, true);
  CHECK(by_comment.result.fixed == 1);
  CHECK(by_comment.result.text == "cat_camel reps 10  # lint: allow T0001\nhalf_wall_hang hold 20s x3 rest 30s\n");
}

TEST_CASE("a fix that would break the routine is not applied", "[lint][engine]") {
  Linted linted(kTwoLines, {}, true, kBreakingRules);
  CHECK(linted.result.fix_refused);
  CHECK(linted.result.fixed == 0);
  CHECK(linted.result.text == kTwoLines);
  REQUIRE(linted.result.outcome);
  CHECK(linted.labels() == std::vector<std::string>{"T0003 breaks-file"});
}
