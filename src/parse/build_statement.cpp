// Statements: the file's top level, routine facts, sections, circuits, phases.
#include <fmt/format.h>

#include "base/names.h"
#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

namespace regimen::syntax {

ast::File AstBuilder::file(P::FileContext* ctx) {
  ast::File out;
  out.file = at_.file();
  out.braces_balanced = braces_balanced_;
  file_ = &out;
  top_level(ctx->body(), out, false);
  file_ = nullptr;
  return out;
}

// The top level of a file, or of its `routine` block, may hold imports,
// definitions and parameters; deeper blocks may not.
void AstBuilder::top_level(P::BodyContext* body_ctx, ast::File& out, bool inside_routine) {
  std::vector<Span> bare;  // statements beside, not inside, a routine block
  require_separators(body_ctx->children);
  std::vector<Written> entries = written(body_ctx->children);
  std::vector<bool> doubtful = inside_routine ? std::vector<bool>(entries.size()) : after_early_close(entries);
  // A statement is large; a file of a hundred thousand would move each many times.
  out.body.reserve(out.body.size() + entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Written& w = entries[i];
    auto* s = dynamic_cast<P::StatementContext*>(w.item);
    if (doubtful[i]) {
      out.body.push_back(invalid(w));
    } else if (auto* routine_stmt = alternative<P::RoutineStmtContext>(s)) {
      routine(routine_stmt, out, inside_routine);
    } else if (broken(w)) {
      out.body.push_back(invalid(w));
    } else if (auto* import_stmt = alternative<P::ImportStmtContext>(s)) {
      out.imports.push_back(import(import_stmt));
    } else if (auto* exercise_def_stmt = alternative<P::ExerciseDefStmtContext>(s)) {
      out.definitions.push_back(definition(exercise_def_stmt));
    } else if (auto* vocabulary_stmt = alternative<P::VocabularyStmtContext>(s)) {
      out.vocabulary.push_back(vocabulary(vocabulary_stmt));
    } else if (auto* param_stmt = alternative<P::ParamStmtContext>(s)) {
      out.params.push_back(param(param_stmt));
    } else if (auto st = statement(s)) {
      if (!inside_routine) bare.push_back(span(s));
      out.body.push_back(std::move(*st));
    }
  }
  // With unbalanced braces, a `}` too many may have closed the routine early.
  if (!inside_routine && out.routine_span.valid() && braces_balanced_) {
    for (const Span& where : bare) {
      auto d = diagnostics_.report(where, msg::OutsideRoutine{});
      d.help("move it inside the routine's braces");
      d.note("the routine starts here", out.routine_span);
    }
  }
}

// A syntax error in a routine's header or braces loses its title at most:
// its statements are each judged on their own.
void AstBuilder::routine(P::RoutineStmtContext* c, ast::File& out, bool inside_routine) {
  Span header = span(c->ROUTINE()->getSymbol());
  if (inside_routine || out.routine_span.valid()) {
    auto d = diagnostics_.report(header, msg::SecondRoutine{});
    if (out.routine_span.valid()) d.note("the routine starts here", out.routine_span);
    return;
  }
  out.routine_span = header;
  if (c->title && !Breakage::made_up(c->title)) out.routine_title = quoted(c->title);
  if (c->block() != nullptr && c->block()->body() != nullptr) top_level(c->block()->body(), out, true);
}

void AstBuilder::require_separators(const std::vector<antlr4::tree::ParseTree*>& children) {
  antlr4::ParserRuleContext* previous = nullptr;
  for (auto* child : children) {
    auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child);
    bool is_separator = alternative<P::SepContext>(child) != nullptr;
    // Beside a broken statement, a missing separator is the same mistake again.
    if (item != nullptr && !is_separator && previous != nullptr && !breakage_.broken(previous) && !breakage_.broken(item)) {
      auto d = diagnostics_.report(span(item->getStart()), msg::StatementEndBefore{describe_text(item->getStart())});
      d.help("each statement starts on a new line or after `;`");
    }
    previous = is_separator ? nullptr : item;
  }
}

// A `}` with no `{` to close may be one too many inside the block before it,
// which then ended early: the statements between that block and the `}` may
// have been meant for it (a definition's properties read as exercise lines),
// so they are not checked.
std::vector<bool> AstBuilder::after_early_close(const std::vector<Written>& entries) const {
  std::vector<bool> out(entries.size(), false);
  std::optional<std::size_t> after_block;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Written& w = entries[i];
    if (w.closes_nothing) {
      if (after_block) std::fill(out.begin() + static_cast<std::ptrdiff_t>(*after_block), out.begin() + static_cast<std::ptrdiff_t>(i), true);
      after_block.reset();
    } else if (w.item != nullptr && w.item->getStop() != nullptr && w.item->getStop()->getText() == "}") {
      after_block = i + 1;
    }
  }
  return out;
}

// "import", "exercise", "vocabulary" or "param" for the keyword that starts a
// declaration.
std::string AstBuilder::declaration_keyword(const antlr4::Token* token) {
  switch (token->getType()) {
    case P::IMPORT: return "import";
    case P::EXERCISE: return "exercise";
    case P::EQUIPMENT:
    case P::TARGET: return "vocabulary";
    case P::PARAM: return "param";
    default: return {};
  }
}

std::vector<AstBuilder::Written> AstBuilder::written(const std::vector<antlr4::tree::ParseTree*>& children) const {
  std::vector<Written> out;
  bool line_goes_on = false;  // no separator since the last entry
  for (auto* child : children) {
    if (auto* error = dynamic_cast<antlr4::tree::ErrorNode*>(child)) {
      antlr4::Token* token = error->getSymbol();
      if (Breakage::made_up(token)) continue;  // breaks its context, but was never written
      Span where = span(token);
      // A stray `}` is a mistake of its own, not the end of the line before
      // it. (In a block's body a `}` ends the body: one skipped closes nothing.)
      bool closes_nothing = token->getText() == "}";
      if (!line_goes_on || closes_nothing) {
        out.emplace_back();
        out.back().closes_nothing = closes_nothing;
      }
      Span& skipped = out.back().skipped;
      skipped = skipped.valid() ? Span{where.file, skipped.begin, where.end} : where;
      if (out.back().declares.empty()) out.back().declares = declaration_keyword(token);
      line_goes_on = true;
    } else if (auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child);
               item != nullptr && alternative<P::SepContext>(child) == nullptr) {
      out.emplace_back().item = item;
      line_goes_on = true;
    } else {
      line_goes_on = false;  // a separator, a brace or a line break
    }
  }
  return out;
}

// A broken statement keeps its place, what it declared, and the statements of
// its block, which were parsed on their own.
ast::Statement AstBuilder::invalid(const Written& w) {
  ast::Invalid out;
  out.span = w.skipped;
  out.what = w.declares;  // a declaration among the skipped words
  if (w.item != nullptr) {
    Span own = span(w.item);
    out.span = w.skipped.valid() ? Span{own.file, own.begin, w.skipped.end} : own;
    if (alternative<P::ImportStmtContext>(w.item)) out.what = "import";
    if (alternative<P::ExerciseDefStmtContext>(w.item)) out.what = "exercise";
    if (alternative<P::VocabularyStmtContext>(w.item)) out.what = "vocabulary";
    if (alternative<P::ParamStmtContext>(w.item)) out.what = "param";
    if (auto* b = w.item->getRuleContext<P::BlockContext>(0); b != nullptr && b->body() != nullptr) out.body = block(b);
  }
  return ast::Statement{std::move(out)};
}

std::vector<ast::Statement> AstBuilder::body(P::BodyContext* ctx) {
  require_separators(ctx->children);
  std::vector<ast::Statement> out;
  for (const Written& w : written(ctx->children)) {
    if (broken(w)) {
      out.push_back(invalid(w));
    } else if (auto st = statement(dynamic_cast<P::StatementContext*>(w.item))) {
      out.push_back(std::move(*st));
    }
  }
  return out;
}

std::vector<ast::Statement> AstBuilder::block(P::BlockContext* ctx) { return body(ctx->body()); }

std::optional<ast::Statement> AstBuilder::statement(P::StatementContext* ctx) {
  Span where = span(ctx);
  auto misplaced = [&](std::string what, std::string_view declaration) {
    diagnostics_.report(where, msg::DeclarationInBlock{std::string(declaration)})
        .help("put it at the top of the file or of the routine");
    return ast::Statement{ast::Misplaced{std::move(what), where}};
  };
  if (auto* prescription_stmt = alternative<P::PrescriptionStmtContext>(ctx)) {
    return ast::Statement{prescription(prescription_stmt->prescription())};
  }
  if (auto* section_stmt = alternative<P::SectionStmtContext>(ctx)) {
    ast::Section s;
    s.title = string_value(section_stmt->title);
    s.span = where;
    s.body = block(section_stmt->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* circuit_stmt = alternative<P::CircuitStmtContext>(ctx)) {
    ast::Circuit s;
    if (circuit_stmt->title) s.title = string_value(circuit_stmt->title);
    s.span = where;
    std::optional<Span> rounds_given, rest_given;
    std::vector<P::StrayContext*> stray_words;
    auto given_twice = [&](std::optional<Span>& first, std::string_view option, Span here) {
      if (!first) {
        first = here;
        return false;
      }
      auto d = diagnostics_.report(here, msg::CircuitOptionTwice{std::string(option)});
      d.note("first given here", *first);
      d.help("keep one of them");
      return true;
    };
    for (auto* option : circuit_stmt->circuitOption()) {
      if (option->rounds && !given_twice(rounds_given, "rounds", span(option))) s.rounds = count(option->rounds);
      if (option->rest && !given_twice(rest_given, "rest", span(option))) s.rest = quantity(option->rest);
      if (option->stray()) stray_words.push_back(option->stray());
    }
    strays(stray_words, "a circuit's header takes `rounds N` and `rest TIME`, as in `circuit \"Strength\" rounds 3 rest 60s`");
    s.body = block(circuit_stmt->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* session_stmt = alternative<P::SessionStmtContext>(ctx)) {
    ast::Session s;
    s.span = where;
    s.title = string_value(session_stmt->title);
    s.title_span = span(session_stmt->title);
    if (session_stmt->frequency()) s.frequency = frequency(session_stmt->frequency());
    s.body = block(session_stmt->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* stage_stmt = alternative<P::StageStmtContext>(ctx)) return stage(stage_stmt);
  if (auto* phase_stmt = alternative<P::PhaseStmtContext>(ctx)) {
    ast::Phase s;
    s.span = where;
    // `week`, `weeks`, or the words `day` and `days`.
    s.unit = phase_stmt->counted->getType() == P::IDENT ? TimeUnit::Days : TimeUnit::Weeks;
    s.first = integer(phase_stmt->range->first, false, span(phase_stmt->range->first));
    s.last = phase_stmt->range->last ? integer(phase_stmt->range->last, false, span(phase_stmt->range->last)) : s.first;
    s.body = block(phase_stmt->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* when_stmt = alternative<P::WhenStmtContext>(ctx)) {
    ast::When s;
    s.span = where;
    s.param = word(when_stmt->param->getStart());
    s.value = word(when_stmt->value->getStart());
    s.body = block(when_stmt->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* fact_stmt = alternative<P::FactStmtContext>(ctx)) return ast::Statement{fact(fact_stmt->fact())};
  // Declarations stand at the top. With unbalanced braces a block may have
  // taken in what was meant for the top, so they are taken as written there.
  if (auto* import_stmt = alternative<P::ImportStmtContext>(ctx)) {
    if (braces_balanced_) return misplaced("import", "`import`");
    file_->imports.push_back(import(import_stmt));
    return std::nullopt;
  }
  if (auto* exercise_def_stmt = alternative<P::ExerciseDefStmtContext>(ctx)) {
    if (braces_balanced_) return misplaced("exercise", "an exercise definition");
    file_->definitions.push_back(definition(exercise_def_stmt));
    return std::nullopt;
  }
  if (auto* vocabulary_stmt = alternative<P::VocabularyStmtContext>(ctx)) {
    if (braces_balanced_) return misplaced("vocabulary", fmt::format("`{}`", vocabulary_stmt->kind->getText()));
    file_->vocabulary.push_back(vocabulary(vocabulary_stmt));
    return std::nullopt;
  }
  if (auto* param_stmt = alternative<P::ParamStmtContext>(ctx)) {
    if (braces_balanced_) return misplaced("param", "`param`");
    file_->params.push_back(param(param_stmt));
    return std::nullopt;
  }
  if (auto* routine_stmt = alternative<P::RoutineStmtContext>(ctx)) {
    if (!braces_balanced_) {
      routine(routine_stmt, *file_, false);
      return std::nullopt;
    }
    diagnostics_.report(where, msg::RoutineInBlock{}).emit();
    return ast::Statement{ast::Misplaced{"routine", where}};
  }
  no_builder(ctx, "statement");
  return std::nullopt;
}

// `stage "Early" days 1-14 until "..." { ... }`. Its days are written as a
// phase's; `days` is a word there, so another word is reported here.
std::optional<ast::Statement> AstBuilder::stage(P::StageStmtContext* ctx) {
  ast::Stage s;
  s.span = span(ctx);
  s.title = string_value(ctx->title);
  s.title_span = span(ctx->title);
  if (auto* days = ctx->stageDays()) {
    std::string counted = days->counted->getText();
    if (days->counted->getType() == P::IDENT && counted != "day" && counted != "days") {
      diagnostics_.report(span(days->counted), msg::StageDaysWord{names::shorten(counted)})
          .help("give the stage's days as `days 1-14` or `weeks 1-2`");
    } else {
      ast::Stage::Days d;
      d.unit = days->counted->getType() == P::IDENT ? TimeUnit::Days : TimeUnit::Weeks;
      d.first = integer(days->range->first, false, span(days->range->first));
      d.last = days->range->last ? integer(days->range->last, false, span(days->range->last)) : d.first;
      d.span = span(days);
      s.days = d;
    }
  }
  if (ctx->criterion) {
    s.criterion = string_value(ctx->criterion);
    s.criterion_span = span(ctx->criterion);
  }
  s.body = block(ctx->block());
  return ast::Statement{std::move(s)};
}

void AstBuilder::no_builder(antlr4::ParserRuleContext* ctx, std::string_view what) {
  diagnostics_.report(span(ctx), msg::NoBuilder{std::string(what)})
      .note("the grammar has an alternative the compiler does not build; please report this", {});
}

ast::Fact AstBuilder::fact(P::FactContext* ctx) {
  ast::Fact out;
  out.span = span(ctx);
  if (auto* title_fact = alternative<P::TitleFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Title;
    out.text = string_value(title_fact->text);
  } else if (auto* by_fact = alternative<P::ByFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::By;
    out.text = string_value(by_fact->text);
  } else if (auto* level_fact = alternative<P::LevelFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Level;
    out.word = word(level_fact->level);
  } else if (auto* program_fact = alternative<P::ProgramFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Program;
    out.length = amount(program_fact->length);
  } else if (auto* frequency_fact = alternative<P::FrequencyFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Frequency;
    out.frequency = frequency(frequency_fact->frequency());
  } else if (auto* targets_fact = alternative<P::TargetsFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Targets;
    out.names = name_list(targets_fact->nameList());
  } else if (auto* timing_fact = alternative<P::TimingFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Timing;
    out.timing = timing(timing_fact->timingItem());
  } else if (auto* text_fact = alternative<P::TextFactContext>(ctx)) {
    out.kind = ast::Fact::Kind::Text;
    ast::Text t;
    switch (text_fact->kind->getType()) {
      case P::CAUTION: t.kind = ast::Text::Kind::Caution; break;
      case P::DISCLAIMER: t.kind = ast::Text::Kind::Disclaimer; break;
      case P::RED_FLAG: t.kind = ast::Text::Kind::RedFlag; break;
      case P::GOAL: t.kind = ast::Text::Kind::Goal; break;
      case P::SEEK_REVIEW: t.kind = ast::Text::Kind::SeekReview; break;
      case P::PAIN_RULE: t.kind = ast::Text::Kind::PainRule; break;
      default: t.kind = ast::Text::Kind::Note; break;
    }
    t.text = string_value(text_fact->text);
    t.span = out.span;
    out.note = std::move(t);
  } else {
    no_builder(ctx, "fact");
  }
  return out;
}

ast::Import AstBuilder::import(P::ImportStmtContext* ctx) {
  ast::Import out;
  out.span = span(ctx);
  if (ctx->target->STRING()) {
    out.is_path = true;
    out.target.text = string_value(ctx->target->STRING()->getSymbol());
    out.target.span = span(ctx->target);
    out.target.quoted = true;
  } else {
    out.target = word(ctx->target->IDENT());
  }
  return out;
}

ast::Param AstBuilder::param(P::ParamStmtContext* ctx) {
  ast::Param out;
  out.span = span(ctx);
  out.name = word(ctx->paramName->getStart());
  for (auto* v : ctx->values) out.values.push_back(word(v->getStart()));
  if (ctx->fallback) out.fallback = word(ctx->fallback->getStart());
  return out;
}

}  // namespace regimen::syntax
