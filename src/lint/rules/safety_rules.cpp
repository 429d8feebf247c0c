// L01xx: what every program handed to a patient must say: a safety caution,
// how often, for how long, and when to stop a pain-guided exercise.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "lint/rules/rule_checks.h"
#include "schedule/sessions.h"
#include "lint/rules/rule_support.h"
#include "lint/rules/text_meaning.h"
#include "lint/rules/warning_signs.h"

namespace regimen::lint::checks {
namespace {

// The first `->` progression or `weeks` phase written anywhere in the file,
// in every `when` branch.
struct FirstGrowth {
  std::optional<Span> progression;
  std::optional<Span> phase;
};

void earliest(std::optional<Span>& slot, Span span) {
  if (!slot || span.begin < slot->begin) slot = span;
}

void find_growth(const std::vector<ast::Statement>& body, FirstGrowth& out) {
  for (const auto& statement : body) {
    if (const auto* line = std::get_if<ast::Prescription>(&statement.node)) {
      std::vector<const ast::Quantity*> amounts;
      if (line->dose) amounts = ast::quantities(*line->dose);
      if (line->sets) amounts.push_back(&*line->sets);
      for (const auto* amount : amounts) {
        if (amount->end) earliest(out.progression, amount->span);
      }
      if (line->load && line->load->end) earliest(out.progression, line->load->span);
      if (line->effort && line->effort->end) earliest(out.progression, line->effort->span);
    } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      find_growth(section->body, out);
    } else if (const auto* circuit = std::get_if<ast::Circuit>(&statement.node)) {
      find_growth(circuit->body, out);
    } else if (const auto* phase = std::get_if<ast::Phase>(&statement.node)) {
      earliest(out.phase, phase->span);
      find_growth(phase->body, out);
    } else if (const auto* when = std::get_if<ast::When>(&statement.node)) {
      find_growth(when->body, out);
    } else if (const auto* session = std::get_if<ast::Session>(&statement.node)) {
      find_growth(session->body, out);
    } else if (const auto* stage = std::get_if<ast::Stage>(&statement.node)) {
      find_growth(stage->body, out);
    }
  }
}

}  // namespace

void missing_caution(const LintInput& input, std::vector<Finding>& out) {
  if (!input.program.cautions.empty() || !input.program.disclaimers.empty()) return;
  Finding f;
  f.span = support::routine_anchor(input);
  f.message = "the routine has no safety caution or disclaimer";
  f.help.push_back("add one for the whole routine, as in `caution \"Stop any exercise that causes sharp pain or dizziness\"`");
  out.push_back(std::move(f));
}

void missing_frequency(const LintInput& input, std::vector<Finding>& out) {
  if (support::routine_fact(input.ast, ast::Fact::Kind::Frequency) != nullptr) return;
  // In a routine of sessions, each session says its own; one that says
  // none (and has exercises) is done at the routine's, which is unsaid.
  std::vector<schedule::Session> split = schedule::sessions(input.program);
  if (!schedule::single_session(split)) {
    std::vector<std::string> unsaid;
    for (const auto& s : split) {
      if (!s.frequency) unsaid.push_back(s.origin == schedule::Session::Origin::Routine ? "the exercises in no session"
                                                                                      : fmt::format("`{}`", s.title));
    }
    if (unsaid.empty()) return;
    Finding f;
    f.span = support::routine_anchor(input);
    f.message = fmt::format("the routine does not say how often to do {}", fmt::format("{}", fmt::join(unsaid, ", ")));
    f.help.push_back("give each session its frequency, as in `session \"Strength\" on mon, wed, fri { ... }`, or the "
                     "routine one for them all, as in `frequency daily`");
    out.push_back(std::move(f));
    return;
  }
  Finding f;
  f.span = support::routine_anchor(input);
  f.message = "the routine does not say how often to do it";
  f.help.push_back("add a frequency for the whole routine, as in `frequency 1/day, 5/week` or `frequency daily`");
  out.push_back(std::move(f));
}

void missing_program_length(const LintInput& input, std::vector<Finding>& out) {
  if (support::routine_fact(input.ast, ast::Fact::Kind::Program) != nullptr) return;
  FirstGrowth growth;
  find_growth(input.ast.body, growth);
  if (!growth.progression && !growth.phase) return;
  bool progression_first = growth.progression && (!growth.phase || growth.progression->begin < growth.phase->begin);
  Finding f;
  f.span = support::routine_anchor(input);
  if (progression_first) {
    f.message = "the routine has a progression but no program length";
    f.notes.push_back(Note{"the progression is here", *growth.progression});
    f.help.push_back("say how many weeks the program runs, as in `program 8 weeks`; without it a progression never "
                     "moves past its starting dose");
  } else {
    f.message = "the routine has phases but no program length";
    f.notes.push_back(Note{"a phase starts here", *growth.phase});
    f.help.push_back("say how many weeks the program runs, as in `program 8 weeks`, so the patient knows when it ends");
  }
  out.push_back(std::move(f));
}

namespace {

// A line that works into pain: held until pain starts or eases, or from a
// pain score. A `pain` score on the line alone is a limit, not a target.
bool works_into_pain(const program::Item& item) {
  const program::Hold* hold = program::hold_of(item.dose);
  return hold && (hold->until_pain || hold->start_pain);
}

bool any_tells(const std::vector<std::string>& texts) {
  return std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return support::tells_when_to_stop(t); });
}

// Each line that works into pain, and whether anything the patient reads
// with it says how far pain may go: the texts of the blocks around it, its
// own, and its exercise's cautions and steps.
void find_unguarded(const LintInput& input, const std::vector<program::Node>& body, bool guarded,
                    std::vector<const program::Item*>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      if (guarded || !works_into_pain(*item) || item->pain_max) continue;
      if (any_tells(item->texts.cautions) || any_tells(item->texts.notes) || any_tells(item->texts.cues)) continue;
      const Exercise* exercise = input.library.by_id(item->exercise_id);
      if (exercise && (any_tells(exercise->cautions) || any_tells(exercise->steps) || any_tells(exercise->cues))) continue;
      out.push_back(item);
      continue;
    }
    const auto& block = std::get<program::Block>(node);
    bool inner = guarded || any_tells(block.texts.cautions) || any_tells(block.texts.notes) || any_tells(block.texts.goals);
    find_unguarded(input, block.body, inner, out);
  }
}

}  // namespace

void pain_without_stop_rule(const LintInput& input, std::vector<Finding>& out) {
  const program::Program& program = input.program;
  // A pain rule is the routine's own word on how much pain is fine.
  if (!program.pain_rules.empty()) return;
  bool guarded = any_tells(program.cautions) || any_tells(program.disclaimers) || any_tells(program.notes);
  std::vector<const program::Item*> unguarded;
  find_unguarded(input, program.body, guarded, unguarded);
  support::LineIndex lines(input.ast);
  for (const auto* item : unguarded) {
    const ast::Prescription* line = lines.of(*item);
    Finding f;
    f.span = item->span;
    const ast::Hold* hold = line ? support::written_hold(*line) : nullptr;
    if (line) f.span = hold ? hold->span : line->exercise.span;
    f.message = fmt::format("`{}` is held into pain, but nothing tells the patient how far the pain may go",
                            item->exercise_id);
    f.help.push_back("give a limit on the line, as in `pain 3/10`, a `pain_rule` for the routine, or a caution that "
                     "says when to stop or ease off, as in `caution \"Stop if the pain gets sharper or spreads\"`");
    out.push_back(std::move(f));
  }
}

namespace {

// Words that make a red flag urgent, whatever else it says.
bool sounds_urgent(const std::string& text) {
  static const std::regex kUrgent(
      R"(\b(urgent|urgently|immediately|straight away|right away|at once|999|911|112|emergency|a&e|ambulance|hospital|doctor now)\b)");
  return std::regex_search(text, kUrgent);
}

// A time to wait through, or symptoms that have not improved: a reason to
// see the therapist again, not an alarm.
bool waits(const std::string& text) {
  static const std::regex kWait(
      R"(\b(after|within|in|for|over|by)\s+(\d+|a|an|one|two|three|four|five|six|a few|several)\s+(day|days|week|weeks|month|months)\b|not (improved|improving|getting better|settled|settling)|no better)");
  return std::regex_search(text, kWait);
}

// An instruction with no sign to watch for: "Ice the ankle ...", "Keep
// moving", with no "if" or "when".
bool advice(const std::string& text) {
  static const std::regex kAdvice(
      R"(^(ice|rest|keep|try|avoid|use|apply|take|continue|remember|wear|elevate|raise|drink|warm|breathe|do|don't|do not|never|always|make sure)\b)");
  static const std::regex kCondition(R"(\b(if|when|unless|whenever)\b)");
  return std::regex_search(text, kAdvice) && !std::regex_search(text, kCondition);
}

}  // namespace

void red_flag_as_advice(const LintInput& input, std::vector<Finding>& out) {
  for (const auto& statement : input.ast.body) {
    const auto* fact = std::get_if<ast::Fact>(&statement.node);
    if (fact == nullptr || !fact->note || fact->note->kind != ast::Text::Kind::RedFlag) continue;
    std::string text = support::plain_lower(fact->note->text);
    if (sounds_urgent(text)) continue;
    bool review = waits(text);
    if (!review && !advice(text)) continue;
    Finding f;
    f.span = fact->span;
    if (review) {
      f.message = "this red flag reads as a reason to see your therapist again, not to get help straight away";
      f.help.push_back("make it `seek_review \"...\"`: the handout puts it under advice that is not an emergency");
      // The keyword alone changes: the words stay as written.
      Span keyword{fact->span.file, fact->span.begin, fact->span.begin + 8};
      if (support::text_of(input, keyword) == "red_flag") f.fixes.push_back(FixIt{keyword, "seek_review"});
    } else {
      f.message = "this red flag reads as advice, not a sign to get help straight away";
      f.help.push_back("make it a `note` or a `caution`; a `red_flag` names a sign that needs urgent help, as in "
                       "`red_flag \"You feel chest pain or faintness: stop and call 999\"`");
    }
    f.notes.push_back(Note{"the handout prints red flags under \"Stop and get help straight away if\"", {}});
    out.push_back(std::move(f));
  }
}

namespace {

// The blocks' cautions, where a warning sign may be written too. Notes and
// goals are not read: "keep your chest up" names no sign.
void block_cautions(const std::vector<program::Node>& body, std::vector<std::string>& out) {
  for (const auto& node : body) {
    const auto* block = std::get_if<program::Block>(&node);
    if (!block) continue;
    out.insert(out.end(), block->texts.cautions.begin(), block->texts.cautions.end());
    block_cautions(block->body, out);
  }
}

}  // namespace

void missing_warning_signs(const LintInput& input, std::vector<Finding>& out) {
  const program::Program& program = input.program;
  // The rule reads the routine's list of red flags: a routine with none is
  // one whose therapist gives the warning signs another way (L0101 asks for
  // a caution at least), and a list that leaves out the signs of the part of
  // the body being worked is the gap a colleague would point out.
  if (program.red_flags.empty()) return;
  std::vector<std::string> texts;
  for (const auto* list : {&program.red_flags, &program.seek_review, &program.cautions, &program.disclaimers}) {
    for (const auto& text : *list) texts.push_back(support::plain_lower(text));
  }
  std::vector<std::string> inner;
  block_cautions(program.body, inner);
  for (const auto& text : inner) texts.push_back(support::plain_lower(text));
  auto named = [&](const WarningSign& sign) {
    std::regex pattern{std::string(sign.pattern)};
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return std::regex_search(t, pattern); });
  };
  for (const std::string& region : support::main_regions(input)) {
    const auto signs = all_region_signs();
    auto it = std::find_if(signs.begin(), signs.end(), [&](const RegionSigns& r) { return r.region == region; });
    if (it == signs.end()) continue;
    std::vector<std::string_view> missing;
    for (const WarningSign& sign : it->signs) {
      if (!named(sign)) missing.push_back(sign.what);
    }
    if (missing.empty()) continue;
    std::string name = support::region_name(input, region);
    Finding f;
    f.span = support::routine_anchor(input);
    f.message = fmt::format("the routine works the {}, but its red flags do not tell the patient to get help for {}",
                            name, fmt::join(missing, "; or "));
    f.help.push_back(fmt::format("consider a red flag in your own words, as in `{}`", it->example));
    f.notes.push_back(Note{"these are the warning signs patient guidance gives for this part of the body", {}});
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks
