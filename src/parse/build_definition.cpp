// Exercise definitions: `exercise id "Display name" { ... }`.
#include "parse/ast_builder.h"

namespace regimen::syntax {

ast::ExerciseDef AstBuilder::definition(P::ExerciseDefStmtContext* ctx) {
  ast::ExerciseDef out;
  out.span = span(ctx);
  out.id = word(ctx->id);
  if (ctx->display) {
    ast::Name display;
    display.text = string_value(ctx->display);
    display.span = span(ctx->display);
    display.quoted = true;
    out.display = display;
  }
  require_separators(ctx->definitionBlock()->children);
  DoseClauses default_dose;
  for (auto* item : ctx->definitionBlock()->definitionItem()) {
    if (auto* c = dynamic_cast<P::DefaultItemContext*>(item)) {
      if (!out.defaults) {
        out.defaults = ast::Prescription{};
        out.defaults->exercise = out.id;
        out.defaults->span = span(c);
      }
      for (auto* cl : c->clause()) clause(cl, *out.defaults, default_dose);
    } else if (auto* c = dynamic_cast<P::TextItemContext*>(item)) {
      ast::Text t;
      switch (c->kind->getType()) {
        case P::STEP: t.kind = ast::Text::Kind::Step; break;
        case P::CUE: t.kind = ast::Text::Kind::Cue; break;
        case P::CAUTION: t.kind = ast::Text::Kind::Caution; break;
        default: t.kind = ast::Text::Kind::Note; break;
      }
      t.text = string_value(c->text);
      t.span = span(c);
      out.texts.push_back(std::move(t));
    } else if (auto* c = dynamic_cast<P::VariantItemContext*>(item)) {
      out.variants.push_back(variant(c->variant()));
    } else if (auto* c = dynamic_cast<P::PropertyItemContext*>(item)) {
      ast::Property p;
      p.span = span(c);
      p.key = word(c->key->getStart());
      for (auto* v : c->values) {
        if (v->STRING()) {
          ast::Name n;
          n.text = string_value(v->STRING()->getSymbol());
          n.span = span(v);
          n.quoted = true;
          p.words.push_back(std::move(n));
        } else if (v->amount()) {
          p.amounts.push_back(amount(v->amount()));
        } else {
          p.words.push_back(word(v->getStart()));
        }
      }
      out.properties.push_back(std::move(p));
    }
  }
  if (out.defaults) out.defaults->dose = dose(std::move(default_dose));
  return out;
}

}  // namespace regimen::syntax
