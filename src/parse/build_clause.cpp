// Exercise lines and their clauses: dosage, sides, load, variants, notes.
#include <fmt/format.h>

#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

namespace regimen::syntax {

template <typename T>
bool AstBuilder::repeated(const std::optional<T>& existing, Span where, std::string_view clause_name) {
  if (!existing) return false;
  Diagnostic& d = diagnostics_.report(DiagCode::DuplicateClause, where,
                                      fmt::format("`{}` is given twice for this exercise", clause_name));
  d.notes.push_back(Note{"first given here", existing->span});
  d.help.push_back("keep one of them; for a dose that changes over the weeks write a progression such as `5 -> 15`");
  return true;
}

ast::Prescription AstBuilder::prescription(P::PrescriptionContext* ctx) {
  ast::Prescription out;
  out.span = span(ctx);
  out.exercise = name(ctx->exercise);
  for (auto* c : ctx->clause()) clause(c, out);
  if (auto* details = ctx->detailBlock()) {
    for (auto* c : details->clause()) clause(c, out);
  }
  strays(ctx->stray());
  if (auto* details = ctx->detailBlock()) strays(details->stray());
  return out;
}

void AstBuilder::strays(const std::vector<P::StrayContext*>& words) {
  // One report per run of adjacent stray words: `reps 10 20 30` is one mistake.
  antlr4::Token* previous = nullptr;
  for (auto* word : words) {
    antlr4::Token* token = word->getStart();
    bool adjacent = previous != nullptr && token->getTokenIndex() == previous->getTokenIndex() + 1;
    previous = token;
    if (adjacent) continue;
    Diagnostic& d = diagnostics_.report(DiagCode::SyntaxError, span(token), fmt::format("unexpected {}", describe_text(token)));
    d.help.push_back(std::string(kClauseHelp));
  }
}

void AstBuilder::clause(P::ClauseContext* ctx, ast::Prescription& out) {
  Span where = span(ctx);
  if (auto* c = dynamic_cast<P::RepsClauseContext*>(ctx)) {
    if (!repeated(out.reps, where, "reps")) out.reps = dose(c->dose()), out.reps->span = where;
  } else if (auto* c = dynamic_cast<P::HoldClauseContext*>(ctx)) {
    if (repeated(out.hold, where, "hold")) return;
    if (c->holdSpec()) {
      out.hold = hold(c->holdSpec());
    } else {
      out.hold = ast::Hold{};
      out.hold->form = ast::Hold::Form::Brief;
    }
    out.hold->span = where;
  } else if (auto* c = dynamic_cast<P::SetsXClauseContext*>(ctx)) {
    if (repeated(out.sets, where, "sets")) return;
    // `x5` is one token; its number starts one character in. The end of a
    // progression may be written `x3` or `3`.
    auto sets_number = [&](antlr4::tree::TerminalNode* node) {
      ast::Amount a;
      Span s = span(node->getSymbol());
      std::size_t skip = node->getSymbol()->getType() == P::SETS_X ? 1 : 0;
      a.span = s;
      a.low.span = Span{s.file, s.begin + static_cast<std::uint32_t>(skip), s.end};
      std::string digits = node->getText().substr(skip);
      auto number_too_large = digits.size() > 9;
      a.low.value = number_too_large ? 0 : std::stod(digits);
      a.low.valid = !number_too_large;
      if (number_too_large) {
        diagnostics_.report(DiagCode::NumberTooLarge, s, fmt::format("the number `{}` is too large", digits))
            .help.push_back("numbers in a routine stay below 1000000000");
      }
      return a;
    };
    ast::Dose d;
    d.span = where;
    d.start = sets_number(c->SETS_X(0));
    if (c->SETS_X().size() > 1) d.end = sets_number(c->SETS_X(1));
    if (c->INT()) d.end = sets_number(c->INT());
    out.sets = d;
  } else if (auto* c = dynamic_cast<P::SetsClauseContext*>(ctx)) {
    if (!repeated(out.sets, where, "sets")) out.sets = dose(c->dose()), out.sets->span = where;
  } else if (auto* c = dynamic_cast<P::DurationClauseContext*>(ctx)) {
    if (!repeated(out.duration, where, "for")) out.duration = dose(c->dose()), out.duration->span = where;
  } else if (auto* c = dynamic_cast<P::DistanceClauseContext*>(ctx)) {
    if (!repeated(out.distance, where, "distance")) out.distance = dose(c->dose()), out.distance->span = where;
  } else if (auto* c = dynamic_cast<P::RestClauseContext*>(ctx)) {
    if (!repeated(out.rest, where, "rest")) out.rest = dose(c->dose()), out.rest->span = where;
  } else if (auto* c = dynamic_cast<P::PerSideClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "per side")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerSide;
    s.span = where;
    if (c->first) s.first = word(c->first);
    out.sides = s;
  } else if (dynamic_cast<P::AlternatingClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "alternating")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::Alternating;
    s.span = where;
    out.sides = s;
  } else if (auto* c = dynamic_cast<P::DirectionClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "per direction")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerDirection;
    s.span = where;
    for (auto* d : c->directions) s.directions.push_back(word(d->getStart()));
    out.sides = s;
  } else if (auto* c = dynamic_cast<P::TempoClauseContext*>(ctx)) {
    if (!repeated(out.tempo, where, "tempo")) out.tempo = tempo(c->tempoSpec()), out.tempo->span = where;
  } else if (auto* c = dynamic_cast<P::LoadClauseContext*>(ctx)) {
    if (!repeated(out.load, where, "load")) out.load = load(c->loadSpec()), out.load->span = where;
  } else if (auto* c = dynamic_cast<P::RpeClauseContext*>(ctx)) {
    if (!repeated(out.rpe, where, "rpe")) out.rpe = count(c->count());
  } else if (auto* c = dynamic_cast<P::PainClauseContext*>(ctx)) {
    if (!repeated(out.pain, where, "pain")) out.pain = score(c->painScore());
  } else if (auto* c = dynamic_cast<P::AlternateClauseContext*>(ctx)) {
    if (!out.alternation.empty()) {
      diagnostics_.report(DiagCode::DuplicateClause, where, "`alternate` is given twice for this exercise");
      return;
    }
    for (auto* m : c->moves) out.alternation.push_back(name(m));
  } else if (auto* c = dynamic_cast<P::ExerciseFrequencyClauseContext*>(ctx)) {
    if (!repeated(out.frequency, where, "frequency")) out.frequency = frequency(c->frequency());
  } else if (auto* c = dynamic_cast<P::TimingClauseContext*>(ctx)) {
    auto settings = timing(c->timingItem());
    out.timing.insert(out.timing.end(), settings.begin(), settings.end());
  } else if (auto* c = dynamic_cast<P::VariantClauseContext*>(ctx)) {
    out.variants.push_back(variant(c->variant()));
  } else if (auto* c = dynamic_cast<P::TextClauseContext*>(ctx)) {
    ast::Text t;
    t.kind = c->kind->getType() == P::CUE ? ast::Text::Kind::Cue
             : c->kind->getType() == P::CAUTION ? ast::Text::Kind::Caution
                                                 : ast::Text::Kind::Note;
    t.text = string_value(c->text);
    t.span = where;
    out.texts.push_back(std::move(t));
  } else {
    no_builder(ctx, "clause");
  }
}

ast::Hold AstBuilder::hold(P::HoldSpecContext* ctx) {
  ast::Hold out;
  out.span = span(ctx);
  if (auto* c = dynamic_cast<P::TimedHoldContext*>(ctx)) {
    out.form = ast::Hold::Form::Timed;
    out.dose = dose(c->dose());
  } else if (auto* c = dynamic_cast<P::OpenHoldContext*>(ctx)) {
    if (c->until->painScore()) {
      out.form = ast::Hold::Form::UntilPain;
      out.until_pain = score(c->until->painScore());
    } else {
      out.form = ast::Hold::Form::UntilText;
      out.until_text = string_value(c->until->STRING()->getSymbol());
    }
    if (c->from) out.from_pain = score(c->from);
    if (c->bound) out.bound = amount(c->bound);
  } else if (auto* c = dynamic_cast<P::AtLeastHoldContext*>(ctx)) {
    out.form = ast::Hold::Form::AtLeast;
    out.bound = amount(c->floor);
  } else {
    no_builder(ctx, "hold");
  }
  return out;
}

ast::Tempo AstBuilder::tempo(P::TempoSpecContext* ctx) {
  ast::Tempo out;
  out.span = span(ctx);
  if (auto* c = dynamic_cast<P::WordTempoContext*>(ctx)) {
    out.word = word(c->word);
  } else if (auto* c = dynamic_cast<P::PhasedTempoContext*>(ctx)) {
    for (auto* token : c->phases) out.phases.push_back(integer(token, false, span(token)));
  } else if (auto* c = dynamic_cast<P::PerRepTempoContext*>(ctx)) {
    out.per_rep = amount(c->perRep);
  } else {
    no_builder(ctx, "tempo");
  }
  return out;
}

ast::Load AstBuilder::load(P::LoadSpecContext* ctx) {
  ast::Load out;
  out.span = span(ctx);
  if (auto* c = dynamic_cast<P::WeightLoadContext*>(ctx)) {
    out.weight = amount(c->weight);
  } else if (auto* c = dynamic_cast<P::NamedLoadContext*>(ctx)) {
    out.kind = word(c->kind);
    if (c->detail) out.detail = word(c->detail);
  } else {
    no_builder(ctx, "load");
  }
  return out;
}

ast::Variant AstBuilder::variant(P::VariantContext* ctx) {
  ast::Variant out;
  out.span = span(ctx);
  switch (ctx->kind->getType()) {
    case P::EASIER: out.kind = VariantKind::Easier; break;
    case P::HARDER: out.kind = VariantKind::Harder; break;
    default: out.kind = VariantKind::Alternative; break;
  }
  out.target = name(ctx->target);
  if (ctx->condition) out.condition = string_value(ctx->condition);
  if (ctx->level) out.level = word(ctx->level);
  return out;
}

std::vector<ast::TimingSetting> AstBuilder::timing(const std::vector<P::TimingItemContext*>& items) {
  std::vector<ast::TimingSetting> out;
  for (auto* item : items) out.push_back(ast::TimingSetting{word(item->key), amount(item->value), span(item)});
  return out;
}

ast::Frequency AstBuilder::frequency(P::FrequencyContext* ctx) {
  ast::Frequency out;
  out.span = span(ctx);
  for (auto* r : ctx->rate()) {
    ast::Frequency::Rate rate;
    rate.span = span(r);
    if (auto* c = dynamic_cast<P::CountRateContext*>(r)) {
      rate.count = count(c->count());
      rate.per = word(c->per->getStart());
    } else if (auto* c = dynamic_cast<P::WordRateContext*>(r)) {
      rate.per = word(c->word);
    } else {
      no_builder(r, "frequency");
    }
    out.rates.push_back(std::move(rate));
  }
  for (auto* t : ctx->times) {
    ast::Name time;
    time.span = span(t);
    time.text = t->IDENT() ? t->IDENT()->getText() : fmt::format("{}:{}", t->hour->getText(), t->minute->getText());
    out.times.push_back(std::move(time));
  }
  for (auto* d : ctx->days) out.days.push_back(word(d));
  return out;
}

}  // namespace regimen::syntax
