// Routine structure and facts: parameters, title, level, program length,
// sections, circuits, phases and `when` blocks.
#include "check/checker.h"

#include <fmt/format.h>

#include <tuple>

#include <algorithm>
#include <utility>

#include <cmath>

#include "base/names.h"
#include "check/checker_impl.h"
#include "check/dose.h"
#include "check/unknown_word.h"
#include "vocab/exercise_words.h"

namespace regimen {

program::Program check(const ast::File& file, const Library& library, const CheckOptions& options,
                       Diagnostics& diagnostics) {
  checking::Checker checker(library, options, diagnostics);
  return checker.run(file);
}

namespace checking {
namespace {

// `rounds 3`, `rounds 2..3`: whole numbers, built one round at a time.
const Expect kRounds{"rounds", {Dimension::Count}, Dimension::Count, true, false, kMostRounds};

}  // namespace

program::Program Checker::run(const ast::File& file) {
  braces_balanced_ = file.braces_balanced;
  note_broken(file.body);
  for (const auto& def : file.vocabulary) words_may_be_missing_ = words_may_be_missing_ || def.partial;
  if (file.routine_title) program_.title = file.routine_title->text;
  program_.span = file.routine_span;
  for (const auto& import : file.imports) program_.imports.push_back(import.target.text);
  params(file.params);
  facts(file.body);
  if (program_.length) {
    auto fact = seen_facts_.find("program");
    window_ = Window{program::DayRange{1, program_.length->days, program_.length->unit}, fact->second, false};
  }
  program_.body = body(file.body, true);
  program_.params = param_values_;
  program_.affected_side = options_.affected_side;
  return std::move(program_);
}

void Checker::note_broken(const std::vector<ast::Statement>& statements) {
  for (const auto& statement : statements) {
    if (const auto* broken = std::get_if<ast::Invalid>(&statement.node)) {
      if (broken->what == "import" || broken->what == "exercise") exercises_may_be_missing_ = true;
      if (broken->what == "param") params_may_be_missing_ = true;
      if (broken->what == "vocabulary") words_may_be_missing_ = true;
    }
    std::visit(
        [this](const auto& node) {
          if constexpr (requires { node.body; }) note_broken(node.body);
        },
        statement.node);
  }
}

// A line is left unchecked when a syntax error may have taken what checking
// it needs: its exercise's definition is partial, or its exercise is unknown
// and a broken `import` or definition may have been what provides it.
bool Checker::unchecked(const ast::Prescription& line) const {
  const Exercise* exercise = library_.find(line.exercise.text);
  return exercise != nullptr ? exercise->partial : exercises_may_be_missing_;
}

void Checker::unknown_word(const ast::Name& word, std::string_view what, const std::vector<std::string>& allowed) {
  report_unknown_word<msg::UnknownWordOf>(diagnostics_, word, what, allowed);
}

std::optional<Level> Checker::level(const ast::Name& word) {
  if (auto level = parse_level(word.text)) return level;
  unknown_word(word, "level", property_words("level"));
  return std::nullopt;
}

void Checker::params(const std::vector<ast::Param>& params) {
  std::map<std::string, Span> declared;
  for (const auto& param : params) {
    if (auto [it, fresh] = declared.emplace(param.name.text, param.name.span); !fresh) {
      diagnostics_.report(param.name.span, msg::ParameterTwice{param.name.text})
          .note("first declared here", it->second);
      continue;
    }
    std::vector<std::string> choices;
    for (const auto& value : param.values) choices.push_back(value.text);
    std::string chosen = choices.front();
    if (param.fallback) {
      if (std::find(choices.begin(), choices.end(), param.fallback->text) == choices.end()) {
        unknown_word(*param.fallback, fmt::format("value of `{}`", param.name.text), choices);
      } else {
        chosen = param.fallback->text;
      }
    }
    if (auto set = options_.params.find(param.name.text); set != options_.params.end()) {
      if (std::find(choices.begin(), choices.end(), set->second) == choices.end()) {
        auto d = diagnostics_.report(param.name.span, msg::SetUnknownValue{param.name.text, set->second});
        d.note(fmt::format("`{}` is one of: {}", param.name.text, fmt::join(choices, ", ")));
      } else {
        chosen = set->second;
      }
    }
    param_values_[param.name.text] = chosen;
    param_choices_[param.name.text] = choices;
  }
  for (const auto& [name, value] : options_.params) {
    if (!declared.count(name)) {
      std::vector<std::string> known;
      for (const auto& [n, _] : declared) known.push_back(n);
      auto d = diagnostics_.report(Span{}, msg::SetUnknownParameter{name, name});
      d.suggest(name, known);
    }
  }
}

void Checker::facts(const std::vector<ast::Statement>& body) {
  for (const auto& statement : body) {
    if (const auto* f = std::get_if<ast::Fact>(&statement.node)) fact(*f);
  }
}

void Checker::fact(const ast::Fact& f) {
  auto once = [&](std::string_view key) {
    auto [it, fresh] = seen_facts_.emplace(std::string(key), f.span);
    if (!fresh) {
      diagnostics_.report(f.span, msg::RoutineFactTwice{std::string(key)})
          .note("first given here", it->second);
    }
    return fresh;
  };
  switch (f.kind) {
    case ast::Fact::Kind::Title:
      if (once("title")) {
        if (!program_.title.empty()) {
          diagnostics_.report(f.span, msg::TitleTwice{}).emit();
        } else {
          program_.title = f.text;
        }
      }
      break;
    case ast::Fact::Kind::By:
      if (once("by")) program_.author = f.text;
      break;
    case ast::Fact::Kind::Level:
      if (once("level")) program_.level = level(*f.word);
      break;
    case ast::Fact::Kind::Program:
      if (once("program")) program_.length = convert_length(*f.length, "program", diagnostics_);
      break;
    case ast::Fact::Kind::Frequency:
      if (once("frequency")) program_.frequency = frequency(*f.frequency);
      break;
    case ast::Fact::Kind::Timing:
      routine_timing(f.timing);
      break;
    case ast::Fact::Kind::Targets:
      for (const auto& name : f.names) program_.targets.push_back(name.text);
      break;
    case ast::Fact::Kind::Text:
      switch (f.note->kind) {
        case ast::Text::Kind::Caution: program_.cautions.push_back(f.note->text); break;
        case ast::Text::Kind::Disclaimer: program_.disclaimers.push_back(f.note->text); break;
        case ast::Text::Kind::RedFlag: program_.red_flags.push_back(f.note->text); break;
        case ast::Text::Kind::SeekReview: program_.seek_review.push_back(f.note->text); break;
        case ast::Text::Kind::PainRule: program_.pain_rules.push_back(f.note->text); break;
        case ast::Text::Kind::Goal: program_.goals.push_back(f.note->text); break;
        default: program_.notes.push_back(f.note->text); break;
      }
      break;
  }
}

std::vector<program::Node> Checker::body(const std::vector<ast::Statement>& statements, bool top_level) {
  std::vector<program::Node> out;
  // The stages as they stood before the first branch on each parameter: the
  // branches of one parameter are alternatives, so each follows what came
  // before them all, never another branch.
  using StageState = std::tuple<std::optional<StageSeen>, std::optional<int>, std::map<std::string, Span>>;
  std::map<std::string, StageState> stages_before_branches;
  for (const auto& statement : statements) {
    if (const auto* line = std::get_if<ast::Prescription>(&statement.node)) {
      if (unchecked(*line)) continue;
      if (auto item = prescription(*line)) out.emplace_back(std::move(*item));
    } else if (const auto* broken = std::get_if<ast::Invalid>(&statement.node)) {
      // The broken statement itself was reported; its block's statements
      // are checked, though what they would have made is lost with it.
      body(broken->body, false);
    } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      program::Block block;
      block.kind = program::Block::Kind::Section;
      block.title = section->title;
      block.span = section->span;
      block.body = block_body(section->body, Place::Section, block);
      out.emplace_back(std::move(block));
    } else if (const auto* circuit = std::get_if<ast::Circuit>(&statement.node)) {
      program::Block block;
      block.kind = program::Block::Kind::Circuit;
      block.title = circuit->title;
      block.span = circuit->span;
      if (circuit->rounds) {
        if (circuit->rounds->low.valid && circuit->rounds->low.value < 1) {
          diagnostics_.report(circuit->rounds->low.span, msg::CircuitWithoutRounds{}).emit();
        } else if (auto rounds = convert(*circuit->rounds, kRounds, diagnostics_)) {
          block.rounds = rounds->range;
        }
      }
      if (circuit->rest) {
        block.rest_seconds = check_rest(*circuit->rest, DoseSite::RoutineLine, diagnostics_);
      }
      block.body = block_body(circuit->body, Place::Circuit, block);
      out.emplace_back(std::move(block));
    } else if (const auto* phase = std::get_if<ast::Phase>(&statement.node)) {
      program::Block block;
      block.kind = program::Block::Kind::Phase;
      block.span = phase->span;
      block.days = counted_days(phase->unit, phase->first, phase->last, phase->span);
      if (block.days) block.title = program::label(*block.days);
      // The lines inside apply in the phase's days, and progress over them.
      std::optional<Window> outside = window_;
      if (block.days) window_ = Window{*block.days, phase->span, true};
      block.body = block_body(phase->body, Place::Phase, block);
      window_ = outside;
      out.emplace_back(std::move(block));
    } else if (const auto* session_stmt = std::get_if<ast::Session>(&statement.node)) {
      out.emplace_back(session(*session_stmt));
    } else if (const auto* stage_stmt = std::get_if<ast::Stage>(&statement.node)) {
      out.emplace_back(stage(*stage_stmt));
    } else if (const auto* when = std::get_if<ast::When>(&statement.node)) {
      auto choices = param_choices_.find(when->param.text);
      if (choices == param_choices_.end() && params_may_be_missing_) {
        body(when->body, false);  // its parameter was in a broken `param`; its lines are still checked
        continue;
      }
      if (choices == param_choices_.end()) {
        auto d = diagnostics_.report(when->param.span, msg::UnknownParameterName{when->param.text});
        d.suggest_within_budget([&] {
          names::Nearest nearest(when->param.text);
          for (const auto& [name, _] : param_choices_) nearest.consider(name);
          auto best = nearest.best();
          return best ? std::optional<std::string>(*best) : std::nullopt;
        });
        if (param_choices_.empty()) d.help("declare it first: `param symptoms: mild | severe`");
        continue;
      }
      const auto& values = choices->second;
      if (std::find(values.begin(), values.end(), when->value.text) == values.end()) {
        unknown_word(when->value, fmt::format("value of `{}`", when->param.text), values);
        continue;
      }
      // Every branch is checked, so that a mistake hides in none; only the
      // chosen one reaches the program, with the text it gives its block.
      program::BlockTexts branch_texts;
      std::optional<Level> branch_level;
      program::BlockTexts* outer_texts = std::exchange(texts_, texts_ != nullptr ? &branch_texts : nullptr);
      std::optional<Level>* outer_level = std::exchange(level_, level_ != nullptr ? &branch_level : nullptr);
      // Stages follow one another in the program as chosen. A branch not
      // taken checks its stages after those before its parameter's
      // branches, and is then forgotten.
      StageState now{previous_stage_, next_stage_start_, stage_titles_};
      const StageState& before = stages_before_branches.try_emplace(when->param.text, now).first->second;
      bool chosen = param_values_[when->param.text] == when->value.text;
      if (!chosen) std::tie(previous_stage_, next_stage_start_, stage_titles_) = before;
      auto nodes = body(when->body, false);
      texts_ = outer_texts;
      level_ = outer_level;
      if (!chosen) std::tie(previous_stage_, next_stage_start_, stage_titles_) = now;
      if (chosen) {
        for (auto& node : nodes) out.push_back(std::move(node));
        if (level_ != nullptr && branch_level) *level_ = branch_level;
        if (texts_ != nullptr) {
          auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
          append(texts_->goals, branch_texts.goals);
          append(texts_->notes, branch_texts.notes);
          append(texts_->cautions, branch_texts.cautions);
        }
      }
    } else if (const auto* fact = std::get_if<ast::Fact>(&statement.node)) {
      // Routine-level facts were read before the body; elsewhere they are
      // misplaced, but for the text a block may carry.
      if (!top_level && !block_text(*fact) && !block_level(*fact) && braces_balanced_) {
        diagnostics_.report(fact->span, msg::RoutineFactInBlock{})
            .help("move it to the top of the routine; a block may carry a `goal`, `note` or `caution`, a stage or a "
                  "phase its `level`, and an exercise line a `cue`, `note` or `caution`");
      }
    }
  }
  return out;
}

// `weeks 3-4`, `days 1-3`: a phase's or stage's days, when they are days of the program.
std::optional<program::DayRange> Checker::counted_days(TimeUnit counted, const ast::Number& first_written,
                                                       const ast::Number& last_written, Span where) {
  bool weeks = counted == TimeUnit::Weeks;
  std::string unit(to_string(counted));
  std::string one = weeks ? "week" : "day";
  int most = weeks ? kMostWeeks : kMostDays;
  auto first = first_written.value, last = last_written.value;
  if (first < 1) {
    diagnostics_.report(first_written.span, msg::CountedFromOne{unit}).emit();
    return std::nullopt;
  }
  if (!within_most(first_written, unit, most, "", diagnostics_) || !within_most(last_written, unit, most, "", diagnostics_)) {
    return std::nullopt;  // reported; a phase past ten years gets no days
  }
  if (last < first) {
    diagnostics_.report(where, msg::PhaseGoesDown{unit, first, last})
        .help(fmt::format("write `{} {}-{}`", unit, last, first));
    return std::nullopt;
  }
  program::DayRange days{static_cast<int>(first), static_cast<int>(last), counted};
  if (weeks) days = {program::first_day_of_week(days.first), program::last_day_of_week(days.last), counted};
  if (program_.length && days.last > program_.length->days) {
    auto d = diagnostics_.report(where, msg::PhasePastEnd{one, last, program::length_before_noun(*program_.length)});
    if (auto it = seen_facts_.find("program"); it != seen_facts_.end()) d.note("the program's length is set here", it->second);
    return std::nullopt;
  }
  return days;
}

}  // namespace checking
}  // namespace regimen
