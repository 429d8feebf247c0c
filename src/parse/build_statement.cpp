// Statements: the file's top level, routine facts, sections, circuits, phases.
#include <fmt/format.h>

#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

namespace regimen::syntax {

ast::File AstBuilder::file(P::FileContext* ctx) {
  ast::File out;
  out.file = at_.file();
  top_level(ctx->body(), out, false);
  return out;
}

// The top level of a file, or of its `routine` block, may hold imports,
// definitions and parameters; deeper blocks may not.
void AstBuilder::top_level(P::BodyContext* body_ctx, ast::File& out, bool inside_routine) {
  std::vector<Span> bare;  // statements beside, not inside, a routine block
  require_separators(body_ctx->children);
  for (auto* s : body_ctx->statement()) {
    if (auto* c = dynamic_cast<P::ImportStmtContext*>(s)) {
      out.imports.push_back(import(c));
    } else if (auto* c = dynamic_cast<P::ExerciseDefStmtContext*>(s)) {
      out.definitions.push_back(definition(c));
    } else if (auto* c = dynamic_cast<P::ParamStmtContext*>(s)) {
      out.params.push_back(param(c));
    } else if (auto* c = dynamic_cast<P::RoutineStmtContext*>(s)) {
      Span header = span(c->ROUTINE()->getSymbol());
      if (inside_routine || out.routine_span.valid()) {
        auto d = diagnostics_.report(DiagCode::MisplacedStatement, header,
                                            "a file holds at most one `routine` block");
        if (out.routine_span.valid()) d.note("the routine starts here", out.routine_span);
        continue;
      }
      out.routine_span = header;
      if (c->title) {
        ast::Name title;
        title.text = string_value(c->title);
        title.span = span(c->title);
        title.quoted = true;
        out.routine_title = title;
      }
      top_level(c->block()->body(), out, true);
    } else if (auto st = statement(s)) {
      if (!inside_routine) bare.push_back(span(s));
      out.body.push_back(std::move(*st));
    }
  }
  if (!inside_routine && out.routine_span.valid()) {
    for (const Span& where : bare) {
      auto d = diagnostics_.report(DiagCode::MisplacedStatement, where, "a statement outside the `routine` block");
      d.help("move it inside the routine's braces");
      d.note("the routine starts here", out.routine_span);
    }
  }
}

void AstBuilder::require_separators(const std::vector<antlr4::tree::ParseTree*>& children) {
  antlr4::ParserRuleContext* previous = nullptr;
  for (auto* child : children) {
    auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child);
    bool is_separator = dynamic_cast<P::SepContext*>(child) != nullptr;
    if (item != nullptr && !is_separator && previous != nullptr) {
      auto d = diagnostics_.report(DiagCode::SyntaxError, span(item->getStart()),
                                          fmt::format("expected end of line or `;` before {}", describe_text(item->getStart())));
      d.help("each statement starts on a new line or after `;`");
    }
    previous = is_separator ? nullptr : item;
  }
}

std::vector<ast::Statement> AstBuilder::body(P::BodyContext* ctx) {
  require_separators(ctx->children);
  std::vector<ast::Statement> out;
  for (auto* s : ctx->statement()) {
    if (auto st = statement(s)) out.push_back(std::move(*st));
  }
  return out;
}

std::vector<ast::Statement> AstBuilder::block(P::BlockContext* ctx) { return body(ctx->body()); }

std::optional<ast::Statement> AstBuilder::statement(P::StatementContext* ctx) {
  Span where = span(ctx);
  auto misplaced = [&](std::string what, std::string_view message) {
    diagnostics_.report(DiagCode::MisplacedStatement, where, std::string(message))
        .help("put it at the top of the file or of the routine");
    return ast::Statement{ast::Misplaced{std::move(what), where}};
  };
  if (auto* c = dynamic_cast<P::PrescriptionStmtContext*>(ctx)) {
    return ast::Statement{prescription(c->prescription())};
  }
  if (auto* c = dynamic_cast<P::SectionStmtContext*>(ctx)) {
    ast::Section s;
    s.title = string_value(c->title);
    s.span = where;
    s.body = block(c->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* c = dynamic_cast<P::CircuitStmtContext*>(ctx)) {
    ast::Circuit s;
    if (c->title) s.title = string_value(c->title);
    s.span = where;
    for (auto* option : c->circuitOption()) {
      if (option->rounds) s.rounds = integer(option->rounds, false, span(option->rounds));
      if (option->rest) s.rest = quantity(option->rest);
    }
    s.body = block(c->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* c = dynamic_cast<P::PhaseStmtContext*>(ctx)) {
    ast::Phase s;
    s.span = where;
    s.first_week = integer(c->weeks->first, false, span(c->weeks->first));
    s.last_week = c->weeks->last ? integer(c->weeks->last, false, span(c->weeks->last)) : s.first_week;
    s.body = block(c->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* c = dynamic_cast<P::WhenStmtContext*>(ctx)) {
    ast::When s;
    s.span = where;
    s.param = word(c->param);
    s.value = word(c->value);
    s.body = block(c->block());
    return ast::Statement{std::move(s)};
  }
  if (auto* c = dynamic_cast<P::FactStmtContext*>(ctx)) return ast::Statement{fact(c->fact())};
  if (dynamic_cast<P::ImportStmtContext*>(ctx)) return misplaced("import", "`import` inside a block");
  if (dynamic_cast<P::ExerciseDefStmtContext*>(ctx)) return misplaced("exercise", "an exercise definition inside a block");
  if (dynamic_cast<P::ParamStmtContext*>(ctx)) return misplaced("param", "`param` inside a block");
  if (dynamic_cast<P::RoutineStmtContext*>(ctx)) {
    diagnostics_.report(DiagCode::MisplacedStatement, where, "a `routine` block inside another block").emit();
    return ast::Statement{ast::Misplaced{"routine", where}};
  }
  return std::nullopt;
}

ast::Fact AstBuilder::fact(P::FactContext* ctx) {
  ast::Fact out;
  out.span = span(ctx);
  if (auto* c = dynamic_cast<P::TitleFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Title;
    out.text = string_value(c->text);
  } else if (auto* c = dynamic_cast<P::ByFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::By;
    out.text = string_value(c->text);
  } else if (auto* c = dynamic_cast<P::LevelFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Level;
    out.word = word(c->level);
  } else if (auto* c = dynamic_cast<P::ProgramFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Program;
    out.length = amount(c->length);
  } else if (auto* c = dynamic_cast<P::FrequencyFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Frequency;
    out.frequency = frequency(c->frequency());
  } else if (auto* c = dynamic_cast<P::TargetsFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Targets;
    out.names = name_list(c->nameList());
  } else if (auto* c = dynamic_cast<P::TimingFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Timing;
    out.timing = timing(c->timingItem());
  } else if (auto* c = dynamic_cast<P::TextFactContext*>(ctx)) {
    out.kind = ast::Fact::Kind::Text;
    ast::Text t;
    switch (c->kind->getType()) {
      case P::CAUTION: t.kind = ast::Text::Kind::Caution; break;
      case P::DISCLAIMER: t.kind = ast::Text::Kind::Disclaimer; break;
      case P::RED_FLAG: t.kind = ast::Text::Kind::RedFlag; break;
      default: t.kind = ast::Text::Kind::Note; break;
    }
    t.text = string_value(c->text);
    t.span = out.span;
    out.note = std::move(t);
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
  out.name = word(ctx->paramName);
  for (auto* v : ctx->values) out.values.push_back(word(v));
  if (ctx->fallback) out.fallback = word(ctx->fallback);
  return out;
}

}  // namespace regimen::syntax
