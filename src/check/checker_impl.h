// The checker's working state, shared by its files (checker.cpp for routine
// structure and facts, prescription.cpp for exercise lines, frequency.cpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "check/amounts.h"
#include "check/checker.h"
#include "diag/diagnostic.h"
#include "library/library.h"
#include "program/program.h"

namespace regimen::checking {

class Checker {
 public:
  Checker(const Library& library, const CheckOptions& options, Diagnostics& diagnostics)
      : library_(library), options_(options), diagnostics_(diagnostics) {}

  program::Program run(const ast::File& file);

 private:
  // checker.cpp
  void params(const std::vector<ast::Param>& params);
  void facts(const std::vector<ast::Statement>& body);
  void fact(const ast::Fact& fact);
  std::vector<program::Node> body(const std::vector<ast::Statement>& statements, bool top_level);
  std::optional<Level> level(const ast::Name& word);
  // What broken statements may have declared, so that nothing that follows
  // from a syntax error is reported.
  void note_broken(const std::vector<ast::Statement>& statements);
  bool unchecked(const ast::Prescription& line) const;
  // `weeks 3-4`, `days 1-3`: a phase's or a stage's days of the program.
  std::optional<program::DayRange> counted_days(TimeUnit unit, const ast::Number& first, const ast::Number& last,
                                                Span where);

  // structure.cpp: sessions, stages, and the text on blocks.
  enum class Place { Top, Section, Circuit, Phase, Session, Stage };
  std::vector<program::Node> block_body(const std::vector<ast::Statement>& statements, Place place,
                                        program::Block& block);
  program::Block session(const ast::Session& session);
  program::Block stage(const ast::Stage& stage);
  // A goal, note or caution inside a block goes on that block; other facts
  // belong to the routine. True when the fact was taken.
  bool block_text(const ast::Fact& fact);
  // A `level` in a stage or a phase: the level its exercises are for.
  bool block_level(const ast::Fact& fact);

  // prescription.cpp
  std::optional<program::Item> prescription(const ast::Prescription& line);
  void dosage(const ast::Prescription& line, const Exercise& exercise, program::Item& item);
  program::Sides sides(const ast::Prescription& line, const Exercise& exercise);
  std::vector<Side> only_side_order(OnlySide side) const;
  std::vector<Direction> directions(const std::vector<std::string>& ids) const;
  std::optional<program::Tempo> tempo(const ast::Tempo& tempo);
  // `effort 50%`: a share of maximal effort, from 1% to 100%.
  std::optional<program::Quantity> effort(const ast::Quantity& written, const ast::Prescription& line);
  std::optional<program::Variant> variant(const ast::Variant& variant);
  void library_variants(const Exercise& exercise, const ast::Prescription& line, program::Item& item);
  void plausibility(const program::Item& item, const ast::Prescription& line);
  void single_held_repetition(const Exercise& exercise, const ast::Prescription& line);
  void progression_time(const ast::Prescription& line);

  // progress_rule.cpp
  std::optional<program::ProgressRule> progress_rule(const ast::Progress& rule, const ast::Prescription& line,
                                                     const program::Item& item);

  // load.cpp
  std::optional<program::Load> load(const ast::Load& load);
  std::optional<program::Load> load_value(const ast::LoadValue& value);
  std::optional<program::Load> weight_load(const ast::Load& load);
  // Reports a progression to a lighter band or word, and says so.
  bool goes_down(const program::Load& start, const program::Load& end, const ast::Load& load);

  // frequency.cpp
  std::optional<program::Frequency> frequency(const ast::Frequency& frequency);

  // timing.cpp: the routine's `timing` fact, and each exercise's timing.
  void routine_timing(const std::vector<ast::TimingSetting>& settings);
  Timing item_timing(const ast::Prescription& line, const Exercise& exercise, const std::optional<program::Tempo>& tempo);
  std::optional<double> setting_seconds(const ast::TimingSetting& setting);

  // Reports an unknown word with "did you mean" among `allowed`.
  void unknown_word(const ast::Name& word, std::string_view what, const std::vector<std::string>& allowed);

  const Library& library_;
  const CheckOptions& options_;
  Diagnostics& diagnostics_;
  program::Program program_;
  std::map<std::string, std::string> param_values_;  // parameter -> chosen value
  std::map<std::string, std::vector<std::string>> param_choices_;
  std::map<std::string, Span> seen_facts_;            // fact keyword -> first place
  bool braces_balanced_ = true;                       // false: no statement is reported as misplaced
  bool exercises_may_be_missing_ = false;             // a broken `import` or definition
  bool params_may_be_missing_ = false;                // a broken `param`
  bool words_may_be_missing_ = false;                 // a broken `equipment`, `target` or `direction`
  // The days the lines being checked apply and progress over: their phase's,
  // or the whole program's; none outside phases when the program has no length.
  struct Window {
    program::DayRange days;
    Span where;          // the phase, or the `program` fact
    bool phase = false;
  };
  std::optional<Window> window_;
  // The innermost block being checked (a `when` block is not one), whether a
  // session or circuit encloses it, and where a block's own text goes.
  Place place_ = Place::Top;
  bool in_session_ = false;
  bool in_circuit_ = false;
  program::BlockTexts* texts_ = nullptr;
  // Where a `level` in the block goes: the stage's or the phase's own (the
  // level of the patient by then); null in other blocks, where it is misplaced.
  std::optional<Level>* level_ = nullptr;
  Span level_at_;  // where that level was given, for a second one's note
  // Each session's frequency as first given (or the routine's), so that one
  // session is not given two.
  struct SessionSeen {
    std::optional<program::Frequency> frequency;
    Span where;        // its frequency, or its title when it gave none
    bool own = false;  // false: the routine's
  };
  std::map<std::string, SessionSeen> sessions_;
  // The stage before the one being checked: how it ends, so that the next
  // follows on from it.
  struct StageSeen {
    std::string title;
    std::optional<program::DayRange> days;
    bool ends_on_sign = false;
    Span where;
  };
  std::optional<StageSeen> previous_stage_;
  // The day the next stage is known to start; none after a stage that ends on a sign.
  std::optional<int> next_stage_start_ = 1;
  std::map<std::string, Span> stage_titles_;
  // The routine's `timing rep/breath/rest`, applied over every exercise's own.
  std::optional<double> routine_rep_seconds_, routine_breath_seconds_, routine_rest_seconds_;
};

}  // namespace regimen::check
