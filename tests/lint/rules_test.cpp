// For every rule: a program that fires it, and a correct one it leaves alone.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "lint/rule.h"
#include "lint_fixture.h"
#include "schedule/periods.h"
#include "schedule/timeline.h"
#include "test_exercises.h"

using regimen::testing::kLintExercises;
using regimen::testing::Linted;

namespace {

// A routine of the test exercises, with a caution and a frequency unless the
// test is about them.
std::string routine(const std::string& body, const std::string& facts = "caution \"Stop if anything hurts\"\nfrequency daily\n") {
  return kLintExercises + "routine \"Test\" {\n" + facts + body + "\n}\n";
}

std::vector<regimen::lint::Finding> lint(const std::string& rule, const std::string& text,
                                         regimen::lint::PatientProfile profile = {}) {
  Linted linted(text, std::move(profile));
  INFO(linted.errors());
  REQUIRE(linted.compiled());
  return linted.run(rule);
}

// The exercises a help line offers: every `id` in it.
std::vector<std::string> offered(const std::string& help) {
  std::vector<std::string> out;
  for (std::size_t at = help.find('`'); at != std::string::npos; at = help.find('`', at + 1)) {
    std::size_t end = help.find('`', at + 1);
    if (end == std::string::npos) break;
    out.push_back(help.substr(at + 1, end - at - 1));
    at = end;
  }
  return out;
}

bool any_help(const regimen::lint::Finding& f, const std::string& word) {
  for (const auto& h : f.help) {
    if (h.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every rule has a stable id, a kebab-case name, a summary and a rationale", "[registry]") {
  auto rules = regimen::lint::all_rules();
  REQUIRE(rules.size() >= 20);
  std::string previous;
  for (const auto& rule : rules) {
    INFO(rule.id);
    CHECK(rule.id.size() == 5);
    CHECK(rule.id[0] == 'L');
    CHECK(std::string(rule.id) > previous);  // in id order, no repeats
    previous = rule.id;
    CHECK(rule.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
    CHECK(!rule.summary.empty());
    CHECK(rule.rationale.size() > 40);
    CHECK(rule.check != nullptr);
    CHECK(regimen::lint::find_rule(rule.id) == &rule);
    CHECK(regimen::lint::find_rule(rule.name) == &rule);
  }
  CHECK(regimen::lint::find_rule("no-such-rule") == nullptr);
}

// ---------------------------------------------------------------- L01xx

TEST_CASE("missing-caution", "[rules]") {
  auto found = lint("missing-caution", routine("t_roll reps 10", "frequency daily\n"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "the routine has no safety caution or disclaimer");
  CHECK(lint("missing-caution", routine("t_roll reps 10")).empty());
  CHECK(lint("missing-caution", routine("t_roll reps 10", "disclaimer \"General advice only\"\n")).empty());
}

TEST_CASE("missing-caution points at the routine header, or the start of a bare file", "[rules]") {
  Linted linted(kLintExercises + "\n  routine \"Test\" {\n  t_roll reps 10\n}\n");
  auto found = linted.run("missing-caution");
  REQUIRE(found.size() == 1);
  auto header_line = static_cast<std::uint32_t>(std::count(kLintExercises.begin(), kLintExercises.end(), '\n') + 2);
  CHECK(linted.where(found[0].span).line == header_line);
  CHECK(linted.where(found[0].span).column == 3);
  Linted bare("t_roll reps 10\n" + kLintExercises);
  auto bare_found = bare.run("missing-caution");
  REQUIRE(bare_found.size() == 1);
  CHECK(bare.where(bare_found[0].span).line == 1);
  CHECK(bare.where(bare_found[0].span).column == 1);
}

TEST_CASE("missing-frequency", "[rules]") {
  auto found = lint("missing-frequency", routine("t_roll reps 10", "caution \"Stop if it hurts\"\n"));
  REQUIRE(found.size() == 1);
  CHECK(any_help(found[0], "frequency"));
  CHECK(lint("missing-frequency", routine("t_roll reps 10")).empty());
}

TEST_CASE("missing-program-length", "[rules]") {
  auto progression = lint("missing-program-length", routine("t_roll reps 5 -> 10"));
  REQUIRE(progression.size() == 1);
  CHECK(progression[0].message == "the routine has a progression but no program length");
  auto phases = lint("missing-program-length", routine("weeks 1-2 { t_roll reps 10 }\nweeks 3-4 { t_hang hold 30s }"));
  REQUIRE(phases.size() == 1);
  CHECK(phases[0].message == "the routine has phases but no program length");
  auto hold = lint("missing-program-length", routine("t_hang hold 20s -> 40s"));
  CHECK(hold.size() == 1);
  CHECK(lint("missing-program-length", routine("t_roll reps 10 load band yellow -> red")).size() == 1);
  CHECK(lint("missing-program-length", routine("t_roll reps 10 load band yellow")).empty());
  CHECK(lint("missing-program-length", routine("t_hang hold 30s effort 30% -> 60%")).size() == 1);
  CHECK(lint("missing-program-length", routine("program 4 weeks\nt_roll reps 5 -> 10")).empty());
  CHECK(lint("missing-program-length", routine("t_roll reps 5..10")).empty());
  // Inside a session or a stage as well.
  CHECK(lint("missing-program-length", routine("session \"A\" daily {\n t_roll reps 5 -> 10\n}")).size() == 1);
  CHECK(lint("missing-program-length", routine("stage \"A\" until \"ready\" {\n t_roll reps 5 -> 10\n}")).size() == 1);
}

TEST_CASE("pain-without-stop-rule", "[rules]") {
  std::string no_stop = "caution \"Keep your back long\"\nfrequency daily\n";
  std::string into_pain = "t_release hold until pain 2/10 from pain 6/10 max 90s";
  auto found = lint("pain-without-stop-rule", routine(into_pain, no_stop));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_release` is held into pain, but nothing tells the patient how far the pain may go");
  // The library's caution for the release says nothing about a limit either,
  // and a caution with no limit in it does not count.
  CHECK(lint("pain-without-stop-rule", routine(into_pain, "caution \"Pain is normal\"\n")).size() == 1);
  // A stop, an easing off or a limit, anywhere the patient reads it with the
  // line: the routine's cautions and disclaimers, a pain rule, a block's
  // caution, the line's own texts, or a limit on the line.
  for (const std::string facts : {
           "caution \"Stop if anything hurts\"\n",
           "disclaimer \"Stop any exercise that makes things worse\"\n",
           "caution \"Pain should not exceed 4/10 whilst completing this programme\"\n",
           "caution \"Keep the pain below 3 out of 10\"\n",
           "caution \"Ease off if it starts to hurt more\"\n",
           "caution \"It should not hurt\"\n",
           "pain_rule \"Some discomfort is fine if it settles within a day\"\n",
       }) {
    INFO(facts);
    CHECK(lint("pain-without-stop-rule", routine(into_pain, facts + "frequency daily\n")).empty());
  }
  CHECK(lint("pain-without-stop-rule", routine(into_pain + " {\n note \"Stop if your pain reaches 4/10\"\n}", no_stop))
            .empty());
  CHECK(lint("pain-without-stop-rule",
             routine("section \"Release\" {\n caution \"Come out of it if the pain spreads\"\n " + into_pain + "\n}",
                     no_stop))
            .empty());
  CHECK(lint("pain-without-stop-rule", routine(into_pain + " pain 3/10", no_stop)).empty());
  // A `pain` score on the line is a limit, not a target to work into.
  CHECK(lint("pain-without-stop-rule", routine("t_roll reps 10 pain 2/10", no_stop)).empty());
  CHECK(lint("pain-without-stop-rule", routine("t_roll reps 10", no_stop)).empty());
  // "Pain over the knee" names a place, not a limit.
  CHECK(lint("pain-without-stop-rule", routine(into_pain, "caution \"Some pain over the knee is normal\"\n")).size() == 1);
}

TEST_CASE("pain-without-stop-rule reads an exercise's own steps", "[rules]") {
  std::string exercise = R"(exercise t_own_release "Own release" {
  kind hold
  sides bilateral
  equipment tennis_balls
  targets upper_back
  level beginner
  category release
  hold_bound 90s
  step "Lean on the ball until you feel pressure, then wait for it to ease."
  step "Stop if your pain reaches 4/10."
  default hold until pain 2/10 from pain 6/10
}
)";
  Linted linted(exercise + "routine \"T\" {\n caution \"Keep your back long\"\n frequency daily\n t_own_release\n}\n");
  INFO(linted.errors());
  REQUIRE(linted.compiled());
  CHECK(linted.run("pain-without-stop-rule").empty());
}

// ---------------------------------------------------------------- L02xx

TEST_CASE("session-too-long", "[rules]") {
  auto found = lint("session-too-long", routine("t_walk for 50min"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("longer than 45 minutes") != std::string::npos);
  CHECK(lint("session-too-long", routine("t_walk for 40min")).empty());
  regimen::lint::PatientProfile short_sessions;
  short_sessions.max_session_seconds = 15 * 60;
  auto profiled = lint("session-too-long", routine("t_walk for 20min"), short_sessions);
  REQUIRE(profiled.size() == 1);
  CHECK(profiled[0].message.find("the patient's limit of 15 minutes") != std::string::npos);
}

TEST_CASE("session-too-long reports the longest week", "[rules]") {
  auto found = lint("session-too-long", routine("program 4 weeks\nt_walk for 30min -> 60min"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("in week 4") != std::string::npos);
}

TEST_CASE("session-too-long measures the session with the schedule's timeline", "[rules]") {
  std::string text = routine("t_roll reps 10 x3\nt_hang hold 30s x4\nt_twist hold 20s per side x2");
  Linted linted(text);
  REQUIRE(linted.compiled());
  double seconds = regimen::schedule::lower_session(linted.program(), regimen::schedule::period_of(linted.program(), 1),
                                                    regimen::schedule::DoseChoice::Low).total_seconds;
  regimen::lint::PatientProfile exact;
  exact.max_session_seconds = seconds;
  CHECK(lint("session-too-long", text, exact).empty());
  regimen::lint::PatientProfile a_second_less;
  a_second_less.max_session_seconds = seconds - 1;
  CHECK(lint("session-too-long", text, a_second_less).size() == 1);
}

TEST_CASE("too-many-exercises", "[rules]") {
  std::string eleven, ten;
  for (int i = 1; i <= 11; ++i) {
    std::string line = fmt::format("t_roll reps {}\n", i + 4);
    eleven += line;
    if (i <= 10) ten += line;
  }
  auto found = lint("too-many-exercises", routine(eleven));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "the session has 11 exercises, and this is the 11th; more than 10 is hard to keep up at home");
  CHECK(lint("too-many-exercises", routine(ten)).empty());
  // A circuit's exercises count once, however many rounds.
  CHECK(lint("too-many-exercises", routine("circuit rounds 3 {\n" + ten + "}")).empty());
}

TEST_CASE("duplicate-in-session", "[rules]") {
  Linted linted(routine("section \"A\" {\n  t_roll reps 10\n}\nsection \"B\" {\n  roll_alias reps 5\n}"));
  auto found = linted.run("duplicate-in-session");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "roll_alias");
  REQUIRE(found[0].notes.size() == 1);
  CHECK(linted.text(found[0].notes[0].span) == "t_roll");
  // Different weeks, or a circuit's rounds, are not the same session twice.
  CHECK(lint("duplicate-in-session", routine("program 4 weeks\nweeks 1-2 { t_roll reps 10 }\nweeks 3-4 { t_roll reps 12 }")).empty());
  CHECK(lint("duplicate-in-session", routine("circuit rounds 2 { t_roll reps 10\n t_hang hold 20s }")).empty());
  // A phase's line replaces the same exercise outside it.
  CHECK(lint("duplicate-in-session", routine("program 4 weeks\nt_roll reps 10\nweeks 3-4 { t_roll reps 12 }")).empty());
}

TEST_CASE("strength-before-warm-up", "[rules]") {
  Linted linted(routine("t_press reps 10 load band red\nt_roll reps 10"));
  auto found = linted.run("strength-before-warm-up");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "t_press");
  CHECK(lint("strength-before-warm-up", routine("t_roll reps 10\nt_press reps 10 load band red")).empty());
  CHECK(lint("strength-before-warm-up", routine("section \"Warm-up\" { t_hang hold 30s }\nt_press reps 10")).empty());
  // Strengthening with no load and no loading equipment is not loaded work.
  CHECK(lint("strength-before-warm-up", routine("t_bridge reps 10 hold 5s\nt_roll reps 10")).empty());
}

TEST_CASE("too-many-sessions-a-day", "[rules]") {
  Linted linted(routine("t_roll reps 10", "caution \"Stop if it hurts\"\nfrequency 6/day\n"));
  auto found = linted.run("too-many-sessions-a-day");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "frequency 6/day");
  auto exercise = lint("too-many-sessions-a-day", routine("t_hang hold 30s {\n  frequency 6..8/day\n}"));
  REQUIRE(exercise.size() == 1);
  CHECK(exercise[0].message.find("6..8 times a day") != std::string::npos);
  CHECK(lint("too-many-sessions-a-day", routine("t_roll reps 10", "caution \"Stop if it hurts\"\nfrequency 5/day\n")).empty());
  CHECK(lint("too-many-sessions-a-day", routine("t_hang hold 30s {\n  frequency 3..5/day\n}")).empty());
}

// ---------------------------------------------------------------- L03xx

TEST_CASE("missing-side", "[rules]") {
  Linted linted(routine("t_twist hold 20s"));
  auto found = linted.run("missing-side");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "t_twist");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].replacement == " per side");
  CHECK(lint("missing-side", routine("t_twist hold 20s per side")).empty());
  CHECK(lint("missing-side", routine("t_roll reps 10")).empty());
}

TEST_CASE("missing-hold-time", "[rules]") {
  auto bare = lint("missing-hold-time", routine("t_hang"));
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].message == "`t_hang` is a held position, but the line does not say for how long");
  CHECK(any_help(bare[0], "`hold 30s`"));
  auto reps_only = lint("missing-hold-time", routine("t_bridge reps 10"));
  REQUIRE(reps_only.size() == 1);
  CHECK(any_help(reps_only[0], "`hold 5s`"));
  CHECK(lint("missing-hold-time", routine("t_hang hold 30s\nt_bridge reps 10 hold 5s\nt_roll reps 10")).empty());
  // A bare `hold` is the library's short hold, written on purpose.
  CHECK(lint("missing-hold-time", routine("t_bridge reps 10 hold")).empty());
  // `as advised` leaves the hold to the therapist on purpose.
  CHECK(lint("missing-hold-time", routine("t_hang as advised")).empty());
}

TEST_CASE("unbounded-hold", "[rules]") {
  Linted linted(routine("t_release hold until pain 2/10 from pain 6/10"));
  auto found = linted.run("unbounded-hold");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "hold until pain 2/10 from pain 6/10");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].replacement == " max 90s");
  CHECK(lint("unbounded-hold", routine("t_hang hold until \"it lets go\"")).size() == 1);
  CHECK(lint("unbounded-hold", routine("t_release hold until pain 2/10 from pain 6/10 max 2min")).empty());
  CHECK(lint("unbounded-hold", routine("t_hang hold at least 1min")).empty());
}

TEST_CASE("wide-range", "[rules]") {
  Linted linted(routine("t_roll reps 5..20\nt_hang hold 10..40s x2"));
  auto found = linted.run("wide-range");
  REQUIRE(found.size() == 2);
  CHECK(linted.text(found[0].span) == "5..20");
  CHECK(linted.text(found[1].span) == "10..40s");
  CHECK(lint("wide-range", routine("program 4 weeks\nt_roll reps 5 -> 20")).empty());
  CHECK(lint("wide-range", routine("t_roll reps 5..15\nt_hang hold 20..30s")).empty());
  // `up to` is a most, not a range.
  CHECK(lint("wide-range", routine("t_roll reps up to 20\nt_hang hold up to 40s")).empty());
}

TEST_CASE("wide-range takes its ratio from the settings", "[rules][settings]") {
  regimen::lint::RuleValues values;
  values.set("L0304", "max_ratio", 2);
  Linted linted(routine("t_roll reps 5..15"), {}, "t.regimen", {}, values);
  auto found = linted.run("wide-range");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("more than 2 times its bottom") != std::string::npos);
  CHECK(Linted(routine("t_roll reps 5..10"), {}, "t.regimen", {}, values).run("wide-range").empty());
}

TEST_CASE("loaded-sets-without-rest", "[rules]") {
  Linted linted(routine("t_press reps 10 x2\nt_roll reps 10 x3 load 2kg"));
  auto found = linted.run("loaded-sets-without-rest");
  REQUIRE(found.size() == 2);
  CHECK(linted.text(found[0].span) == "x2");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].replacement == " rest 45s");
  CHECK(found[1].message == "`t_roll` has loaded sets (`x3`) but no rest between them");
  CHECK(lint("loaded-sets-without-rest", routine("t_press reps 10 x2 rest 60s\nt_roll reps 10 x3\nt_press reps 10")).empty());
  // Body-weight strengthening, held or not: the schedule rests between sets.
  CHECK(lint("loaded-sets-without-rest", routine("t_bridge reps 10 hold 5s x3\nt_side_row reps 8 per side x2")).empty());
  CHECK(lint("loaded-sets-without-rest", routine("t_tendon hold 45s per side x5")).empty());
  CHECK(lint("loaded-sets-without-rest", routine("t_tendon hold 45s per side x5 load 5kg")).size() == 1);
}

TEST_CASE("high-pain-target", "[rules]") {
  Linted linted(routine("t_roll reps 10 pain 5/10"));
  auto found = linted.run("high-pain-target");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "5/10");
  CHECK(lint("high-pain-target", routine("t_hang hold until pain 2/10 from pain 5/10 max 1min")).size() == 1);
  CHECK(lint("high-pain-target", routine("t_roll reps 10 pain 3/10")).empty());
  CHECK(lint("high-pain-target", routine("t_release hold until pain 2/10 from pain 6/10 max 90s")).empty());
}

TEST_CASE("high-pain-target accepts more with a pain rule or tendon loading", "[rules]") {
  std::string facts = "caution \"Stop if anything hurts\"\nfrequency daily\n";
  std::string pain_rule = facts + "pain_rule \"Pain should not exceed 4/10 whilst completing this programme\"\n";
  CHECK(lint("high-pain-target", routine("t_roll reps 10 pain 4/10", facts)).size() == 1);
  CHECK(lint("high-pain-target", routine("t_roll reps 10 pain 4/10", pain_rule)).empty());
  CHECK(lint("high-pain-target", routine("t_roll reps 10 pain 5/10", pain_rule)).empty());
  auto over = lint("high-pain-target", routine("t_roll reps 10 pain 6/10", pain_rule));
  REQUIRE(over.size() == 1);
  CHECK(over[0].message == "`t_roll` works at pain 6/10; even with a pain rule pain should stay at 5/10 or below");
  // A tendon loaded on purpose: the program is pain-monitored.
  CHECK(lint("high-pain-target", routine("t_tendon hold 45s per side pain 4/10", facts)).empty());
  auto tendon = lint("high-pain-target", routine("t_tendon hold 45s per side\nt_roll reps 10 pain 7/10", facts));
  REQUIRE(tendon.size() == 1);
  CHECK(tendon[0].message.find("even in tendon loading (`t_tendon`)") != std::string::npos);
}

TEST_CASE("high-pain-target takes the clinic's limits from the settings", "[rules][settings]") {
  regimen::lint::RuleValues values;
  values.set("L0306", "max", 4);
  CHECK(Linted(routine("t_roll reps 10 pain 4/10"), {}, "t.regimen", {}, values).run("high-pain-target").empty());
  auto found = Linted(routine("t_roll reps 10 pain 5/10"), {}, "t.regimen", {}, values).run("high-pain-target");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("at 4/10 or below") != std::string::npos);
}

// ---------------------------------------------------------------- L04xx

TEST_CASE("volume-doubling", "[rules]") {
  Linted linted(routine("program 3 weeks\nt_roll reps 4 -> 20"));
  auto found = linted.run("volume-doubling");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_roll` more than doubles from week 1 (4 repetitions) to week 2 (12 repetitions)");
  // Exactly double is the limit, not over it.
  CHECK(lint("volume-doubling", routine("program 2 weeks\nt_roll reps 5 -> 10")).empty());
  CHECK(lint("volume-doubling", routine("program 4 weeks\nt_roll reps 10 -> 15\nt_hang hold 20s -> 40s")).empty());
}

TEST_CASE("volume-doubling across phases", "[rules]") {
  Linted linted(routine("program 4 weeks\nweeks 1-2 { t_roll reps 5 x1 }\nweeks 3-4 { t_roll reps 6 x2 }"));
  auto found = linted.run("volume-doubling");
  REQUIRE(found.size() == 1);
  CHECK(found[0].span.begin > linted.source().find("weeks 3-4"));
  CHECK(found[0].message == "`t_roll` more than doubles from week 2 (5 repetitions) to week 3 (2 sets: 6 repetitions)");
  CHECK(lint("volume-doubling", routine("program 4 weeks\nweeks 1-2 { t_roll reps 5 x1 }\nweeks 3-4 { t_roll reps 5 x2 }")).empty());
}

TEST_CASE("level-jump", "[rules]") {
  Linted linted(routine("t_bridge reps 10 hold 5s {\n  harder t_lift\n}"));
  auto found = linted.run("level-jump");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "harder t_lift");
  CHECK(found[0].message == "`t_bridge` (beginner) steps up to `t_lift` (advanced), skipping a level");
  CHECK(lint("level-jump", routine("t_bridge reps 10 hold 5s {\n  harder t_row\n}")).empty());
  CHECK(lint("level-jump", routine("t_bridge reps 10 hold 5s {\n  harder t_lift for advanced\n}")).empty());
}

TEST_CASE("level-jump in a later phase", "[rules]") {
  Linted linted(routine("program 4 weeks\nweeks 1-2 { t_roll reps 10 }\nweeks 3-4 { t_lift reps 5 }"));
  auto found = linted.run("level-jump");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "t_lift");
  CHECK(lint("level-jump", routine("program 4 weeks\nweeks 1-2 { t_roll reps 10 }\nweeks 3-4 { t_row reps 5 per side }")).empty());
  CHECK(lint("level-jump",
             routine("program 6 weeks\nweeks 1-2 { t_roll reps 10 }\nweeks 3-4 { t_row reps 5 per side }\nweeks 5-6 { t_lift reps 5 }"))
            .empty());
}

// ---------------------------------------------------------------- L05xx

TEST_CASE("above-routine-level", "[rules]") {
  Linted linted(routine("t_lift reps 5", "caution \"Stop if it hurts\"\nlevel beginner\n"));
  auto found = linted.run("above-routine-level");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_lift` is advanced but the routine is for beginners");
  CHECK(any_help(found[0], "`t_bridge`"));
  REQUIRE(found[0].notes.size() == 1);
  CHECK(linted.text(found[0].notes[0].span) == "level beginner");
  CHECK(lint("above-routine-level", routine("t_lift reps 5", "level advanced\n")).empty());
  CHECK(lint("above-routine-level", routine("t_roll reps 5", "level beginner\n")).empty());
  CHECK(lint("above-routine-level", routine("t_lift reps 5")).empty());
}

TEST_CASE("the level applies per stage and phase", "[rules]") {
  // A beginner whose later stage holds an intermediate exercise, with the
  // stage's own level: nothing to find, for the routine or the patient.
  std::string staged = "stage \"Early\" until \"it is easy\" {\n t_roll reps 10\n}\n"
                       "stage \"Later\" {\n level intermediate\n t_row reps 8 per side\n}";
  std::string facts = "caution \"Stop if it hurts\"\nfrequency daily\nlevel beginner\n";
  regimen::lint::PatientProfile beginner;
  beginner.level = regimen::Level::Beginner;
  CHECK(lint("above-routine-level", routine(staged, facts)).empty());
  CHECK(lint("above-patient-level", routine(staged, facts), beginner).empty());
  // The same in a phase.
  std::string phased = "program 8 weeks\nweeks 1-4 {\n t_roll reps 10\n}\nweeks 5-8 {\n level intermediate\n t_row reps 8 per side\n}";
  CHECK(lint("above-routine-level", routine(phased, facts)).empty());
  // Without the stage's level, the routine's applies.
  std::string unleveled = "stage \"Early\" until \"it is easy\" {\n t_roll reps 10\n}\n"
                          "stage \"Later\" {\n t_row reps 8 per side\n}";
  CHECK(lint("above-routine-level", routine(unleveled, facts)).size() == 1);
  // An exercise above its own stage's level.
  std::string too_hard = "stage \"Early\" until \"it is easy\" {\n t_roll reps 10\n}\n"
                         "stage \"Later\" {\n level intermediate\n t_lift reps 5\n}";
  auto found = lint("above-routine-level", routine(too_hard, facts));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_lift` is advanced but stage `Later` is for intermediate patients");
  CHECK(any_help(found[0], "raise the level of stage `Later`"));
  // Reported once, by the routine's rule, not again as above the patient.
  CHECK(lint("above-patient-level", routine(too_hard, facts), beginner).empty());
}

TEST_CASE("above-patient-level", "[rules]") {
  regimen::lint::PatientProfile beginner;
  beginner.level = regimen::Level::Beginner;
  auto found = lint("above-patient-level", routine("t_row reps 8 per side"), beginner);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_row` is intermediate but the patient is at beginner level");
  // Substitutes at the patient's level, and with equipment the patient has.
  beginner.equipment = std::vector<std::string>{"band"};
  auto with_band = lint("above-patient-level", routine("t_row reps 8 per side"), beginner);
  REQUIRE(with_band.size() == 1);
  REQUIRE(!with_band[0].help.empty());
  CHECK(with_band[0].help[0].rfind("use `t_band_row`", 0) == 0);
  CHECK(lint("above-patient-level", routine("t_roll reps 8"), beginner).empty());
  CHECK(lint("above-patient-level", routine("t_row reps 8 per side")).empty());
}

TEST_CASE("missing-equipment", "[rules]") {
  regimen::lint::PatientProfile band_only;
  band_only.equipment = std::vector<std::string>{"band"};
  auto found = lint("missing-equipment", routine("t_row reps 8 per side\nt_roll reps 10\nt_press reps 10"), band_only);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_row` needs `dumbbells`, which the patient does not have");
  // The exercise's own alternative comes first.
  REQUIRE(!found[0].help.empty());
  CHECK(found[0].help[0].rfind("the patient could do `t_band_row`", 0) == 0);
  regimen::lint::PatientProfile dumbbells;
  dumbbells.equipment = std::vector<std::string>{"dumbbells"};
  CHECK(lint("missing-equipment", routine("t_row reps 8 per side\nt_roll reps 10"), dumbbells).empty());
  CHECK(lint("missing-equipment", routine("t_row reps 8 per side")).empty());
}

TEST_CASE("avoided-demand", "[rules]") {
  regimen::lint::PatientProfile no_kneeling;
  no_kneeling.avoid = {"kneeling"};
  auto found = lint("avoided-demand", routine("t_kneel reps 10 per side\nt_knee_sit reps 10 per side"), no_kneeling);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_kneel` asks for kneeling, which the patient must avoid");
  // Substitutes fit the whole profile: none kneels, none asks for more than
  // the exercise did.
  REQUIRE(!found[0].help.empty());
  Linted linted(routine("t_kneel reps 10 per side"), no_kneeling);
  auto suggestions = offered(found[0].help[0]);
  CHECK(!suggestions.empty());
  for (const auto& id : suggestions) {
    INFO(id);
    const regimen::Exercise* e = linted.library().by_id(id);
    REQUIRE(e != nullptr);
    for (const auto& demand : e->demands) CHECK((demand == "none" || demand == "floor"));
  }
  // Avoiding the floor too: nothing on the floor either.
  no_kneeling.avoid = {"kneeling", "floor"};
  auto both = lint("avoided-demand", routine("t_kneel reps 10 per side"), no_kneeling);
  REQUIRE(both.size() == 1);
  CHECK(both[0].message == "`t_kneel` asks for getting down to the floor and up again and kneeling, which the patient "
                           "must avoid");
  for (const auto& id : offered(both[0].help[0])) {
    INFO(id);
    const regimen::Exercise* e = linted.library().by_id(id);
    REQUIRE(e != nullptr);
    for (const auto& demand : e->demands) CHECK(demand == "none");
  }
  CHECK(lint("avoided-demand", routine("t_knee_sit reps 10 per side"), no_kneeling).empty());
  CHECK(lint("avoided-demand", routine("t_kneel reps 10 per side")).empty());
}

TEST_CASE("substitutes respect the profile and the exercise's own demands", "[rules]") {
  // A knee exercise above the patient's level: the substitute offered is
  // never one on hands and knees when the exercise itself was not.
  regimen::lint::PatientProfile beginner;
  beginner.level = regimen::Level::Beginner;
  auto found = lint("above-patient-level", kLintExercises + R"(exercise t_hard_knee "Hard knee" {
  kind reps
  sides per_side
  equipment chair
  targets quadriceps
  region knee
  demands none
  level intermediate
  category strengthening
  default reps 10
}
routine "T" {
  caution "Stop if it hurts"
  frequency daily
  t_hard_knee reps 10 per side
}
)", beginner);
  REQUIRE(found.size() == 1);
  REQUIRE(!found[0].help.empty());
  // The knee's own exercises first, none of them asking for the floor or
  // for kneeling, as the hard one did not.
  Linted library(routine("t_roll reps 10"));
  auto suggestions = offered(found[0].help[0]);
  REQUIRE(!suggestions.empty());
  for (const auto& id : suggestions) {
    INFO(id);
    const regimen::Exercise* e = library.library().by_id(id);
    REQUIRE(e != nullptr);
    CHECK(e->region == "knee");
    CHECK(e->level == regimen::Level::Beginner);
    for (const auto& demand : e->demands) CHECK(demand == "none");
  }
}

TEST_CASE("per-side-in-one-sided-program", "[rules]") {
  regimen::lint::PatientProfile left;
  left.affected_side = regimen::Side::Left;
  std::string body = "t_knee_sit reps 10 per side\nt_knee_lie reps 10 affected side only\nt_twist hold 20s per side";
  auto found = lint("per-side-in-one-sided-program", routine(body), left);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_knee_sit` says `per side`, but the program's other knee exercises work the left side "
                            "only: the patient will work both sides");
  // The program's own lines make it one-sided, whether or not the side is named.
  auto unnamed = lint("per-side-in-one-sided-program", routine(body));
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].message.find("work the affected side only") != std::string::npos);
  // A program for both sides (knee arthritis) is not one-sided because the
  // patient names a side.
  CHECK(lint("per-side-in-one-sided-program", routine("t_knee_sit reps 10 per side\nt_knee_lie reps 10 per side"), left)
            .empty());
  CHECK(lint("per-side-in-one-sided-program", routine("t_knee_sit reps 10 affected side only"), left).empty());
}

TEST_CASE("missing-warning-signs", "[rules]") {
  std::string knee = "t_knee_sit reps 10 per side\nt_knee_lie reps 10 per side\nt_roll reps 10";
  std::string facts = "caution \"Stop if it hurts\"\nfrequency daily\n";
  std::string chest = facts + "red_flag \"You have chest pain: call 999\"\n";
  auto found = lint("missing-warning-signs", routine(knee, chest));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.rfind("the routine works the knee, but its red flags do not tell the patient to get help for "
                               "pain, swelling or warmth in the calf",
                               0) == 0);
  CHECK(found[0].message.find("a hot, red or swollen joint") != std::string::npos);
  // A routine with no red flags at all gives them another way, if at all.
  CHECK(lint("missing-warning-signs", routine(knee, facts)).empty());
  std::string one = chest + "red_flag \"Your calf becomes painful or swollen\"\n";
  auto half = lint("missing-warning-signs", routine(knee, one));
  REQUIRE(half.size() == 1);
  CHECK(half[0].message.find("calf") == std::string::npos);
  std::string both = one + "red_flag \"The knee becomes hot and red, or you have a fever\"\n";
  CHECK(lint("missing-warning-signs", routine(knee, both)).empty());
  // Any words for the sign will do, in a caution as well as a red flag.
  std::string other_words = chest + "caution \"Watch for a DVT\"\nred_flag \"You feel feverish\"\n";
  CHECK(lint("missing-warning-signs", routine(knee, other_words)).empty());
  // A routine of the test exercises with no region asks for nothing.
  CHECK(lint("missing-warning-signs", routine("t_roll reps 10\nt_hang hold 30s", chest)).empty());
  // Low back: bladder and bowel, and both legs.
  auto back = lint("missing-warning-signs", routine("t_back_kneel reps 10", chest));
  REQUIRE(back.size() == 1);
  CHECK(back[0].message.find("bladder or bowel") != std::string::npos);
}

TEST_CASE("daily-total-too-long takes the patient's own limit", "[rules]") {
  regimen::lint::PatientProfile half_hour;
  half_hour.max_daily_seconds = 30 * 60;
  std::string body = "t_walk for 20min frequency 2/day";
  auto found = lint("daily-total-too-long", routine(body), half_hour);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("more than the patient's limit of 30 minutes") != std::string::npos);
  CHECK(lint("daily-total-too-long", routine(body)).empty());
}

TEST_CASE("settings change the session rules' limits", "[rules][settings]") {
  regimen::lint::RuleValues values;
  values.set("L0202", "max", 2);
  values.set("L0201", "max", 10 * 60);
  values.set("L0205", "max", 2);
  Linted linted(routine("t_roll reps 10\nt_hang hold 30s\nt_walk for 15min", "caution \"Stop\"\nfrequency 3/day\n"), {},
                "t.regimen", {}, values);
  auto many = linted.run("too-many-exercises");
  REQUIRE(many.size() == 1);
  CHECK(many[0].message.find("this is the 3rd; more than 2") != std::string::npos);
  auto long_session = linted.run("session-too-long");
  REQUIRE(long_session.size() == 1);
  CHECK(std::any_of(long_session[0].notes.begin(), long_session[0].notes.end(), [](const regimen::Note& n) {
    return n.message.rfind("10 minutes is the clinic's limit", 0) == 0;
  }));
  CHECK(linted.run("too-many-sessions-a-day").size() == 1);
}

TEST_CASE("volume-doubling takes the clinic's weekly rise", "[rules][settings]") {
  regimen::lint::RuleValues values;
  values.set("L0401", "max_rise", 10);
  std::string text = routine("program 3 weeks\nt_roll reps 10 -> 14");
  CHECK(Linted(text).run("volume-doubling").empty());
  auto found = Linted(text, {}, "t.regimen", {}, values).run("volume-doubling");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_roll` rises by more than 10% from week 1 (10 repetitions) to week 2 (12 repetitions)");
}

// ---------------------------------------------------------------- L06xx

TEST_CASE("unused-import", "[rules]") {
  Linted linted(kLintExercises + "routine \"Test\" {\n  import neck\n  import thoracic\n  cat_camel reps 10\n}\n");
  auto found = linted.run("unused-import");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "nothing from the module `neck` is used");
  CHECK(linted.text(found[0].span) == "import neck");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(linted.text(found[0].fixes[0].span) == "  import neck\n");
  // Used in a branch that is not chosen still counts as used.
  CHECK(lint("unused-import", kLintExercises +
                                  "routine \"T\" {\n import thoracic\n param p: a | b = a\n when p = b { tennis_ball_release hold until "
                                  "pain 2/10 max 1min }\n t_roll reps 10\n}\n")
            .empty());
}

TEST_CASE("unused-definition", "[rules]") {
  std::string defs = "exercise my_one \"My one\" {\n  kind reps\n  default reps 5\n  harder my_two\n}\n"
                     "exercise my_two \"My two\" {\n  kind reps\n  default reps 5\n}\n"
                     "exercise my_spare \"My spare\" {\n  kind reps\n  default reps 5\n}\n";
  Linted linted(defs + "routine \"T\" {\n  my_one reps 5\n}\n");
  auto found = linted.run("unused-definition");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`my_spare` is defined but never used");
  CHECK(linted.text(found[0].span) == "my_spare");
  CHECK(lint("unused-definition", defs + "routine \"T\" {\n  my_one reps 5\n  my_spare reps 5\n}\n").empty());
}

TEST_CASE("mixed-hold-units", "[rules]") {
  Linted linted(routine("section \"A\" { t_hang hold 3 breaths }\nsection \"B\" { t_hang hold 20s }"));
  auto found = linted.run("mixed-hold-units");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "hold 20s");
  CHECK(found[0].message == "`t_hang` is held for seconds here but for breaths elsewhere");
  CHECK(lint("mixed-hold-units", routine("section \"A\" { t_hang hold 30s }\nsection \"B\" { t_hang hold 20s }")).empty());
  CHECK(lint("mixed-hold-units", routine("t_hang hold 3 breaths\nt_twist hold 20s per side")).empty());
}

TEST_CASE("exercise-under-two-names", "[rules]") {
  Linted linted(routine("t_roll reps 10\nsection \"B\" { roll_alias reps 5 }"));
  auto found = linted.run("exercise-under-two-names");
  REQUIRE(found.size() == 1);
  CHECK(linted.text(found[0].span) == "roll_alias");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].replacement == "t_roll");
  // Case, spaces, hyphens and underscores do not make another name.
  CHECK(lint("exercise-under-two-names", routine("t_roll reps 10\nsection \"B\" { \"T Roll\" reps 5 }")).empty());
}

TEST_CASE("never-done", "[rules]") {
  // A phase outside its stage's days.
  auto found = lint("never-done", routine("stage \"Early\" days 1-14 {\n t_roll reps 5\n weeks 3-4 { t_hang hold 20s }\n}\n"
                                          "stage \"Later\" days 15-28 { t_roll reps 10 }"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_hang` is never done: its phase (weeks 3 to 4) falls outside its stage `Early` (days 1 to 14)");
  // A line that phases give again in every week of the program.
  found = lint("never-done", routine("program 4 weeks\nt_roll reps 10\nweeks 1-2 { t_roll reps 12 }\nweeks 3-4 { t_roll reps 14 }"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "`t_roll` is never done as written: a phase gives `t_roll` in every week");
  // Weeks of its own, or a program that goes on after the phases: done.
  CHECK(lint("never-done", routine("program 6 weeks\nt_roll reps 10\nweeks 1-2 { t_roll reps 12 }\nweeks 3-4 { t_roll reps 14 }")).empty());
  CHECK(lint("never-done", routine("t_roll reps 10\nweeks 1-2 { t_roll reps 12 }")).empty());
  // A phase in a stage with no date counts from the stage's first day.
  CHECK(lint("never-done", routine("stage \"Early\" until \"you can walk\" { t_roll reps 5 }\n"
                                   "stage \"Later\" until \"you can run\" {\n t_roll reps 10\n weeks 3-4 { t_hang hold 20s }\n}"))
            .empty());
}

TEST_CASE("session rules look at a stage with no date in its own weeks", "[rules]") {
  auto found = lint("session-too-long", routine("stage \"Early\" until \"you can walk\" { t_walk for 20min }\n"
                                                "stage \"Later\" until \"you can run\" { t_walk for 50min }"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("in week 1 of stage Later") != std::string::npos);
  // A stage's first week is no step up from the dated weeks before it.
  CHECK(lint("volume-doubling", routine("stage \"Early\" until \"you can walk\" { t_roll reps 5 }\n"
                                        "stage \"Later\" until \"you can run\" { t_roll reps 15 }"))
            .empty());
}

TEST_CASE("red-flag-as-advice", "[rules]") {
  auto found = lint("red-flag-as-advice",
                    routine("red_flag \"If your symptoms have not improved after 2 weeks, contact your physiotherapist\"\n"
                            "t_roll reps 10"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("reason to see your therapist again") != std::string::npos);
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].replacement == "seek_review");
  found = lint("red-flag-as-advice", routine("red_flag \"Ice the ankle for 15 minutes every hour\"\nt_roll reps 10"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("reads as advice") != std::string::npos);
  CHECK(found[0].fixes.empty());
  // Real red flags: a sign, an urgent word, or a condition.
  for (const char* flag : {"You feel chest pain, faintness or severe shortness of breath",
                           "If the pain gets worse after 2 days, seek help urgently",
                           "Keep still and call 999 if you lose feeling in both legs",
                           "Avoid walking on it if you cannot put any weight on the foot, and go to the emergency department",
                           "Numbness in the groin or new trouble passing urine"}) {
    INFO(flag);
    CHECK(lint("red-flag-as-advice", routine(fmt::format("red_flag \"{}\"\nt_roll reps 10", flag))).empty());
  }
}
