// Builds the syntax tree from ANTLR's parse tree. One class, one file per area
// of the grammar (build_statement, build_clause, build_value, build_definition);
// each method is named after the rule it reads.
#pragma once

#include <cassert>
#include <string>
#include <typeinfo>

#include "RegimenParser.h"
#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "parse/offsets.h"
#include "parse/recovery.h"

namespace regimen::syntax {

using P = generated::RegimenParser;

// `ctx` as the context of one labelled alternative (or of a rule without
// any), if it is one: a comparison of its exact type, where dynamic_cast
// walks the class hierarchy at each try (and a chain of tries over a rule's
// alternatives was a large part of building the syntax tree). Only for
// context classes nothing derives from, which the generated ones of
// alternatives are.
// Assertions (on in Debug builds, the sanitized suite's) check that the two
// agree on every node the tests build, so that a grammar change that gives
// such a class alternatives of its own is caught.
template <class Context, class Node>
Context* alternative(Node* ctx) {
  if (ctx == nullptr) return nullptr;
  bool same = typeid(*ctx) == typeid(Context);
  assert(same == (dynamic_cast<Context*>(ctx) != nullptr));
  return same ? static_cast<Context*>(ctx) : nullptr;
}

class AstBuilder {
 public:
  // `braces_balanced`: whether every `{` is closed and every `}` closes one;
  // when not, nothing is reported as misplaced.
  AstBuilder(const Offsets& offsets, Diagnostics& diagnostics, const Breakage& breakage, bool braces_balanced)
      : at_(offsets), diagnostics_(diagnostics), breakage_(breakage), braces_balanced_(braces_balanced) {}

  ast::File file(P::FileContext* ctx);

 private:
  // A statement or definition item as written, with the words recovery
  // skipped after it on its line; or a run of skipped words alone (`item`
  // null).
  struct Written {
    antlr4::ParserRuleContext* item = nullptr;
    Span skipped;                // invalid when nothing was skipped
    bool closes_nothing = false; // skipped words that start with a stray `}`
    std::string declares;        // a declaration's keyword among the skipped words
  };

  // build_statement.cpp
  void top_level(P::BodyContext* body, ast::File& out, bool inside_routine);
  void routine(P::RoutineStmtContext* ctx, ast::File& out, bool inside_routine);
  std::vector<ast::Statement> body(P::BodyContext* ctx);
  std::vector<ast::Statement> block(P::BlockContext* ctx);
  std::optional<ast::Statement> statement(P::StatementContext* ctx);
  std::optional<ast::Statement> stage(P::StageStmtContext* ctx);
  // Groups a body's or a definition block's children into what was written.
  std::vector<Written> written(const std::vector<antlr4::tree::ParseTree*>& children) const;
  std::vector<bool> after_early_close(const std::vector<Written>& entries) const;
  static std::string declaration_keyword(const antlr4::Token* token);
  bool broken(const Written& w) const { return w.item == nullptr || w.skipped.valid() || breakage_.broken(w.item); }
  ast::Statement invalid(const Written& w);
  // The last branch of every chain of alternatives: a grammar alternative
  // with no builder is reported, never dropped in silence.
  void no_builder(antlr4::ParserRuleContext* ctx, std::string_view what);
  ast::Fact fact(P::FactContext* ctx);
  ast::Import import(P::ImportStmtContext* ctx);
  ast::Param param(P::ParamStmtContext* ctx);
  // Reports two statements (or definition items) with no separator between them.
  void require_separators(const std::vector<antlr4::tree::ParseTree*>& children);

  // build_clause.cpp
  // The dose clauses of one line as they come, in any order; `dose` makes
  // them one of the dose forms, or reports the clause that fits none.
  struct DoseClauses {
    std::optional<ast::RepCount> reps;
    std::optional<ast::Quantity> time, distance;
    std::optional<ast::Hold> hold;
    bool time_each = false;            // `for 20s each`: the time of each repetition
    std::optional<Span> advised;       // `as advised`
    // The clause just read, when the next may complete it: `reps` and `hold`
    // with no amount take `up to 10` or `as many as you can` from the next.
    enum class Open { None, Reps, Hold, RepsAsMany, HoldComfortable };
    Open open = Open::None;
  };
  ast::Prescription prescription(P::PrescriptionContext* ctx);
  void clause(P::ClauseContext* ctx, ast::Prescription& out, DoseClauses& dose_clauses);
  std::optional<ast::Dose> dose(DoseClauses&& clauses);
  void up_to(P::UpToClauseContext* ctx, DoseClauses& dose_clauses);
  void phrase(P::PhraseClauseContext* ctx, ast::Prescription& out, DoseClauses& dose_clauses);
  enum class Phrase { AsManyAsYouCan, AsLongAsComfortable, AsTolerated, AsAdvised };
  void one_phrase(Phrase phrase, Span where, DoseClauses::Open open, ast::Prescription& out, DoseClauses& dose_clauses);
  // `reps` and `hold` left with no amount at the end of the line.
  void unfinished(DoseClauses& dose_clauses);
  ast::Hold hold(P::HoldSpecContext* ctx);
  ast::Progress progress(P::ProgressClauseContext* ctx);
  ast::Tempo tempo(P::TempoSpecContext* ctx);
  ast::Load load(P::LoadSpecContext* ctx);
  ast::LoadValue load_value(P::LoadValueContext* ctx);
  ast::Variant variant(P::VariantContext* ctx);
  ast::Image image(P::ImageContext* ctx);
  ast::Figure figure(P::FigureContext* ctx);
  ast::FigurePose figure_pose(P::FigurePoseContext* ctx, bool& out_of_place);
  ast::Frequency frequency(P::FrequencyContext* ctx);
  std::vector<ast::TimingSetting> timing(const std::vector<P::TimingItemContext*>& items);
  // Reports each run of adjacent stray words once, with `help`.
  void strays(const std::vector<P::StrayContext*>& words, std::string_view help);

  // build_value.cpp
  ast::Name name(P::NameContext* ctx);
  ast::Name word(antlr4::Token* token);
  ast::Name word(antlr4::tree::TerminalNode* node);
  ast::Number number(P::NumberContext* ctx);
  ast::Number integer(antlr4::Token* token, bool negative, Span span);
  ast::Number integer(const std::string& digits, bool negative, Span span);
  ast::Number digits(antlr4::Token* token);
  ast::Amount amount(P::AmountContext* ctx);
  ast::Amount count(P::CountContext* ctx);
  ast::Quantity quantity(P::DoseContext* ctx);
  ast::Score score(P::PainScoreContext* ctx);
  ast::Score score(P::CountContext* ctx, antlr4::Token* scale, Span span);
  std::string string_value(antlr4::Token* token);
  std::vector<ast::Name> name_list(P::NameListContext* ctx);

  // build_definition.cpp
  ast::ExerciseDef definition(P::ExerciseDefStmtContext* ctx);
  ast::VocabularyDef vocabulary(P::VocabularyStmtContext* ctx);
  // Reads a definition block's items into `out`; false when a syntax error
  // broke it (or it never closed), leaving the definition partial.
  bool definition_items(P::DefinitionBlockContext* block, ast::ExerciseDef& out);
  ast::Name quoted(antlr4::Token* token);
  void item(P::DefinitionItemContext* ctx, ast::ExerciseDef& out, DoseClauses& default_dose);
  ast::Property property(P::PropertyItemContext* ctx);

  bool sides_twice(const std::optional<ast::Sides>& existing, Span where, const std::string& clause_name);
  // Reports a clause given twice on one line; returns true if it is a repeat.
  // `Slot`: a `std::optional` or an `ast::Boxed` of a clause with a span.
  template <typename Slot>
  bool repeated(const Slot& existing, Span span, std::string_view clause_name);

  Span span(antlr4::ParserRuleContext* ctx) const { return at_.context(ctx); }
  Span span(antlr4::Token* token) const { return at_.token(token); }

  const Offsets& at_;
  Diagnostics& diagnostics_;
  const Breakage& breakage_;
  bool braces_balanced_;
  // The file being built: with unbalanced braces, a declaration found in a
  // block is taken as meant for the top of the file, and goes here.
  ast::File* file_ = nullptr;
};

}  // namespace regimen::syntax
