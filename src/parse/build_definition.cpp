// Exercise definitions, `exercise id "Display name" { ... }`, and the words of
// the vocabularies, `equipment step "Step or stair"`. A syntax error in an
// item drops that item and leaves the definition `partial`.
#include "parse/ast_builder.h"

namespace regimen::syntax {

ast::ExerciseDef AstBuilder::definition(P::ExerciseDefStmtContext* ctx) {
  ast::ExerciseDef out;
  out.span = span(ctx);
  out.id = word(ctx->id);
  if (ctx->display) out.display = quoted(ctx->display);
  out.partial = !definition_items(ctx->definitionBlock(), out);
  return out;
}

// `equipment step "Step or stair" { aliases stair }`: its block is read as an
// exercise's is, so that a step or a variant written in it is reported
// where it stands rather than as a syntax error.
ast::VocabularyDef AstBuilder::vocabulary(P::VocabularyStmtContext* ctx) {
  ast::VocabularyDef out;
  out.span = span(ctx);
  switch (ctx->kind->getType()) {
    case P::EQUIPMENT: out.kind = VocabularyKind::Equipment; break;
    case P::TARGET: out.kind = VocabularyKind::Target; break;
    case P::DIRECTION: out.kind = VocabularyKind::Direction; break;
    case P::IDENT:
      // The grammar admits this word only as `region` or `demand`.
      out.kind = ctx->kind->getText() == "region" ? VocabularyKind::Region : VocabularyKind::Demand;
      break;
    default: no_builder(ctx, "vocabulary definition"); break;
  }
  out.id = word(ctx->id->getStart());
  if (ctx->display) out.display = quoted(ctx->display);
  if (ctx->definitionBlock() == nullptr) return out;
  ast::ExerciseDef items;
  out.partial = !definition_items(ctx->definitionBlock(), items);
  out.properties = std::move(items.properties);
  for (const auto& t : items.texts) {
    std::string_view what = t.kind == ast::Text::Kind::Step  ? "a step"
                            : t.kind == ast::Text::Kind::Cue ? "a cue"
                            : t.kind == ast::Text::Kind::Caution ? "a caution"
                                                                 : "a note";
    out.misplaced.push_back({std::string(what), t.span});
  }
  for (const auto& v : items.variants) out.misplaced.push_back({"a variant", v.span});
  for (const auto& im : items.images) out.misplaced.push_back({"an image", im.span});
  if (items.defaults) out.misplaced.push_back({"a default", items.defaults->span});
  return out;
}

bool AstBuilder::definition_items(P::DefinitionBlockContext* block, ast::ExerciseDef& out) {
  if (block == nullptr) return false;
  // Without its own `}`, the block ran on to the end of the file: the lines
  // it took in may be anything, so none of them is read as a property.
  bool closed = block->exception == nullptr && !block->children.empty() &&
                dynamic_cast<antlr4::tree::ErrorNode*>(block->children.back()) == nullptr &&
                block->children.back()->getText() == "}";
  if (!closed) return false;
  bool whole = !breakage_.broken(block);
  require_separators(block->children);
  DoseClauses default_dose;
  for (const Written& w : written(block->children)) {
    if (w.item == nullptr) continue;  // skipped words alone: the definition is partial already
    if (broken(w)) {
      whole = false;
      continue;
    }
    item(dynamic_cast<P::DefinitionItemContext*>(w.item), out, default_dose);
  }
  // `default reps` with no count is reported as on a routine line, never left half-built.
  unfinished(default_dose);
  if (out.defaults) out.defaults->dose = dose(std::move(default_dose));
  return whole;
}

void AstBuilder::item(P::DefinitionItemContext* ctx, ast::ExerciseDef& out, DoseClauses& default_dose) {
  if (auto* default_item = alternative<P::DefaultItemContext>(ctx)) {
    if (!out.defaults) {
      out.defaults = ast::Prescription{};
      out.defaults->exercise = out.id;
      out.defaults->span = span(default_item);
    }
    for (auto* cl : default_item->clause()) clause(cl, *out.defaults, default_dose);
    // A picture is the exercise's, whichever line of the block it is on.
    for (auto& im : out.defaults->images) out.images.push_back(std::move(im));
    out.defaults->images.clear();
  } else if (auto* text_item = alternative<P::TextItemContext>(ctx)) {
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
  } else if (auto* variant_item = alternative<P::VariantItemContext>(ctx)) {
    out.variants.push_back(variant(variant_item->variant()));
  } else if (auto* image_item = alternative<P::ImageItemContext>(ctx)) {
    out.images.push_back(image(image_item->image()));
  } else if (auto* property_item = alternative<P::PropertyItemContext>(ctx)) {
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
      out.words.push_back(quoted(v->STRING()->getSymbol()));
    } else if (v->amount()) {
      out.amounts.push_back(amount(v->amount()));
    } else {
      out.words.push_back(word(v->getStart()));
    }
  }
  return out;
}

}  // namespace regimen::syntax
