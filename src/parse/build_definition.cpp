// Exercise definitions, `exercise id "Display name" { ... }`, and the words of
// the vocabularies, `equipment step "Step or stair"`. A syntax error in an
// item drops that item and leaves the definition `partial`.
#include <fmt/format.h>

#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

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
  for (const auto& f : items.figures) out.misplaced.push_back({"a figure", f.span});
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
  } else if (auto* figure_item = alternative<P::FigureItemContext>(ctx)) {
    out.figures.push_back(figure(figure_item->figure()));
  } else if (auto* property_item = alternative<P::PropertyItemContext>(ctx)) {
    out.properties.push_back(property(property_item));
  } else {
    no_builder(ctx, "definition item");
  }
}

ast::Figure AstBuilder::figure(P::FigureContext* ctx) {
  ast::Figure out;
  out.span = span(ctx);
  out.keyword = span(ctx->FIGURE()->getSymbol());
  out.start = figure_pose(ctx->start, out.broken);
  if (ctx->ARROW()) {
    out.arrow = span(ctx->ARROW()->getSymbol());
    out.end = figure_pose(ctx->end, out.broken);
  }
  if (ctx->view) {
    out.view = word(ctx->view);
  } else if (ctx->FROM()) {
    diagnostics_.report(span(ctx->FROM()->getSymbol()), msg::Unexpected{"`from` with no view after it"})
        .help("say where the figure is seen from, `from front` or `from back`, or leave out `from` for the side");
    out.broken = true;
  }
  if (ctx->WITH() && ctx->props.empty()) {
    diagnostics_.report(span(ctx->WITH()->getSymbol()), msg::Unexpected{"`with` with no prop after it"})
        .help("name what stands beside the figure, as in `with wall behind, chair`, or leave out `with`");
    out.broken = true;
  }
  for (auto* p : ctx->props) {
    ast::FigureProp prop{word(p->words[0]), std::nullopt, span(p)};
    if (p->words.size() > 1) prop.placement = word(p->words[1]);
    if (p->words.size() > 2) {
      diagnostics_.report(span(p->words[2]).merge(span(p->words.back())), msg::Unexpected{describe_text(p->words[2])})
          .help("a prop takes at most one placement, such as `behind` or `near`, and props are separated by commas: "
                "`with wall behind, step near`");
      out.broken = true;
    }
    out.props.push_back(std::move(prop));
  }
  return out;
}

// A pose's words and numbers in order: a word before a number is a joint
// and its angle, a first word alone the position, any other word alone a
// word of the pose (`on_heels`, checked with the rest); a number without
// its joint is reported here, where the words are in view.
ast::FigurePose AstBuilder::figure_pose(P::FigurePoseContext* ctx, bool& out_of_place) {
  ast::FigurePose out;
  if (ctx == nullptr) return out;
  const auto& parts = ctx->parts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i]->number() != nullptr) {
      diagnostics_.report(span(parts[i]), msg::Unexpected{fmt::format("`{}`", parts[i]->getText())})
          .help("an angle follows the joint it sets, as in `knee 30`");
      out_of_place = true;
      continue;
    }
    ast::Name joint_or_position = word(parts[i]->IDENT());
    if (i + 1 < parts.size() && parts[i + 1]->number() != nullptr) {
      ast::Number degrees = number(parts[i + 1]->number());
      Span whole = joint_or_position.span.merge(degrees.span);
      out.changes.push_back({std::move(joint_or_position), degrees, whole});
      ++i;
    } else if (i == 0) {
      out.position = std::move(joint_or_position);
    } else {
      out.words.push_back(std::move(joint_or_position));
    }
  }
  return out;
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
