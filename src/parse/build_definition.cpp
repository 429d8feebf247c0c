// Exercise definitions: `exercise id "Display name" { ... }`. A syntax error
// in an item drops that item and leaves the definition `partial`.
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
  auto* block = ctx->definitionBlock();
  if (block == nullptr) {
    out.partial = true;
    return out;
  }
  // Without its own `}`, the block ran on to the end of the file: the lines
  // it took in may be anything, so none of them is read as a property.
  bool closed = block->exception == nullptr && !block->children.empty() &&
                dynamic_cast<antlr4::tree::ErrorNode*>(block->children.back()) == nullptr &&
                block->children.back()->getText() == "}";
  out.partial = !closed || breakage_.broken(block);
  if (!closed) return out;
  require_separators(block->children);
  DoseClauses default_dose;
  for (const Written& w : written(block->children)) {
    if (w.item == nullptr) continue;  // skipped words alone: the definition is partial already
    if (broken(w)) {
      out.partial = true;
      continue;
    }
    item(dynamic_cast<P::DefinitionItemContext*>(w.item), out, default_dose);
  }
  if (out.defaults) out.defaults->dose = dose(std::move(default_dose));
  return out;
}

void AstBuilder::item(P::DefinitionItemContext* ctx, ast::ExerciseDef& out, DoseClauses& default_dose) {
  if (auto* default_item = dynamic_cast<P::DefaultItemContext*>(ctx)) {
    if (!out.defaults) {
      out.defaults = ast::Prescription{};
      out.defaults->exercise = out.id;
      out.defaults->span = span(default_item);
    }
    for (auto* cl : default_item->clause()) clause(cl, *out.defaults, default_dose);
  } else if (auto* text_item = dynamic_cast<P::TextItemContext*>(ctx)) {
    ast::Text t;
    switch (text_item->kind->getType()) {
      case P::STEP: t.kind = ast::Text::Kind::Step; break;
      case P::CUE: t.kind = ast::Text::Kind::Cue; break;
      case P::CAUTION: t.kind = ast::Text::Kind::Caution; break;
      default: t.kind = ast::Text::Kind::Note; break;
    }
    t.text = string_value(text_item->text);
    t.span = span(text_item);
    out.texts.push_back(std::move(t));
  } else if (auto* variant_item = dynamic_cast<P::VariantItemContext*>(ctx)) {
    out.variants.push_back(variant(variant_item->variant()));
  } else if (auto* property_item = dynamic_cast<P::PropertyItemContext*>(ctx)) {
    out.properties.push_back(property(property_item));
  } else {
    no_builder(ctx, "definition item");
  }
}

ast::Property AstBuilder::property(P::PropertyItemContext* ctx) {
  ast::Property out;
  out.span = span(ctx);
  out.key = word(ctx->key->getStart());
  for (auto* v : ctx->values) {
    if (v->STRING()) {
      ast::Name n;
      n.text = string_value(v->STRING()->getSymbol());
      n.span = span(v);
      n.quoted = true;
      out.words.push_back(std::move(n));
    } else if (v->amount()) {
      out.amounts.push_back(amount(v->amount()));
    } else {
      out.words.push_back(word(v->getStart()));
    }
  }
  return out;
}

}  // namespace regimen::syntax
