// Exercise lines and their clauses: dosage, sides, load, variants, notes.
#include <fmt/format.h>

#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

namespace regimen::syntax {

template <typename T>
bool AstBuilder::repeated(const std::optional<T>& existing, Span where, std::string_view clause_name) {
  if (!existing) return false;
  auto d = diagnostics_.report(where, msg::ClauseTwice{std::string(clause_name)});
  d.note("first given here", existing->span);
  d.help("keep one of them; for a dose that changes over the weeks write a progression such as `5 -> 15`");
  return true;
}

ast::Prescription AstBuilder::prescription(P::PrescriptionContext* ctx) {
  ast::Prescription out;
  out.span = span(ctx);
  out.exercise = name(ctx->exercise);
  DoseClauses dose_clauses;
  for (auto* c : ctx->clause()) clause(c, out, dose_clauses);
  if (auto* details = ctx->detailBlock()) {
    for (auto* c : details->clause()) clause(c, out, dose_clauses);
  }
  out.dose = dose(std::move(dose_clauses));
  strays(ctx->stray());
  if (auto* details = ctx->detailBlock()) strays(details->stray());
  return out;
}

std::optional<ast::Dose> AstBuilder::dose(DoseClauses&& c) {
  // Each clause given, with its keyword, in the order the forms are tried.
  struct Given {
    std::string_view keyword;
    Span span;
  };
  std::vector<Given> given;
  if (c.reps) given.push_back({"reps", c.reps->span});
  if (c.hold) given.push_back({"hold", c.hold->span});
  if (c.time) given.push_back({"for", c.time->span});
  if (c.distance) given.push_back({"distance", c.distance->span});
  if (given.empty()) return std::nullopt;

  // Repetitions may each be held; any other pair fits no form. The clause
  // written second is the one reported, and the line keeps the first.
  auto report = [&](const Given& first, const Given& second) {
    const Given& later = first.span.begin < second.span.begin ? second : first;
    const Given& earlier = first.span.begin < second.span.begin ? first : second;
    auto d = diagnostics_.report(later.span, msg::DoseFormsClash{std::string(later.keyword), std::string(earlier.keyword)});
    d.note(fmt::format("`{}` is given here", earlier.keyword), earlier.span);
    bool time_and_distance = (later.keyword == "for" || later.keyword == "distance") &&
                             (earlier.keyword == "for" || earlier.keyword == "distance");
    d.help(time_and_distance ? "keep one of them; to mention the other, add a note, as in `note \"about 2 km\"`"
                                       : "keep one of them");
    return earlier.keyword;
  };
  bool repetitions = c.reps.has_value();
  std::string_view keep = given.front().keyword;
  for (std::size_t i = 1; i < given.size(); ++i) {
    bool held_repetitions = repetitions && given[i].keyword == "hold";
    if (!held_repetitions) keep = report(given.front(), given[i]);
  }
  if (keep == "reps") return ast::Dose{ast::RepsDose{std::move(*c.reps), std::move(c.hold)}};
  if (keep == "hold") return ast::Dose{ast::HoldDose{std::move(*c.hold)}};
  if (keep == "for") return ast::Dose{ast::TimeDose{std::move(*c.time)}};
  return ast::Dose{ast::DistanceDose{std::move(*c.distance)}};
}

void AstBuilder::strays(const std::vector<P::StrayContext*>& words) {
  // One report per run of adjacent stray words: `reps 10 20 30` is one mistake.
  antlr4::Token* previous = nullptr;
  for (auto* word : words) {
    antlr4::Token* token = word->getStart();
    bool adjacent = previous != nullptr && token->getTokenIndex() == previous->getTokenIndex() + 1;
    previous = token;
    if (adjacent) continue;
    auto d = diagnostics_.report(span(token), msg::Unexpected{describe_text(token)});
    d.help(std::string(kClauseHelp));
  }
}

void AstBuilder::clause(P::ClauseContext* ctx, ast::Prescription& out, DoseClauses& dose_clauses) {
  Span where = span(ctx);
  auto quantity_clause = [&](std::optional<ast::Quantity>& slot, P::DoseContext* value, std::string_view keyword) {
    if (repeated(slot, where, keyword)) return;
    slot = quantity(value);
    slot->span = where;
  };
  if (auto* reps_clause = dynamic_cast<P::RepsClauseContext*>(ctx)) {
    quantity_clause(dose_clauses.reps, reps_clause->dose(), "reps");
  } else if (auto* hold_clause = dynamic_cast<P::HoldClauseContext*>(ctx)) {
    std::optional<ast::Hold>& held = dose_clauses.hold;
    if (repeated(held, where, "hold")) return;
    if (hold_clause->holdSpec()) {
      held = hold(hold_clause->holdSpec());
    } else {
      held = ast::Hold{};
      held->form = ast::Hold::Form::Brief;
    }
    held->span = where;
  } else if (auto* sets_x_clause = dynamic_cast<P::SetsXClauseContext*>(ctx)) {
    if (repeated(out.sets, where, "sets")) return;
    // `x5` is one token; its number starts one character in. A range's top
    // (`x2..3`) and the end of a progression (`x3 -> x5`, `x3 -> 5`) follow.
    auto sets_amount = [&](antlr4::Token* token, antlr4::Token* high) {
      ast::Amount a;
      Span s = span(token);
      std::size_t skip = token->getType() == P::SETS_X ? 1 : 0;
      a.span = s;
      a.low = integer(token->getText().substr(skip), false, Span{s.file, s.begin + static_cast<std::uint32_t>(skip), s.end});
      if (high != nullptr) {
        a.high = integer(high, false, span(high));
        a.span = a.span.merge(span(high));
      }
      return a;
    };
    ast::Quantity d;
    d.span = where;
    d.start = sets_amount(sets_x_clause->first, sets_x_clause->firstHigh);
    if (sets_x_clause->lastX) d.end = sets_amount(sets_x_clause->lastX, sets_x_clause->lastHigh);
    if (sets_x_clause->lastN) d.end = sets_amount(sets_x_clause->lastN, sets_x_clause->lastHigh);
    if (sets_x_clause->over) d.over = amount(sets_x_clause->over);
    out.sets = d;
  } else if (auto* sets_clause = dynamic_cast<P::SetsClauseContext*>(ctx)) {
    quantity_clause(out.sets, sets_clause->dose(), "sets");
  } else if (auto* duration_clause = dynamic_cast<P::DurationClauseContext*>(ctx)) {
    quantity_clause(dose_clauses.time, duration_clause->dose(), "for");
  } else if (auto* distance_clause = dynamic_cast<P::DistanceClauseContext*>(ctx)) {
    quantity_clause(dose_clauses.distance, distance_clause->dose(), "distance");
  } else if (auto* rest_clause = dynamic_cast<P::RestClauseContext*>(ctx)) {
    quantity_clause(out.rest, rest_clause->dose(), "rest");
  } else if (auto* per_side_clause = dynamic_cast<P::PerSideClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "per side")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerSide;
    s.span = where;
    if (per_side_clause->first) s.first = word(per_side_clause->first);
    out.sides = s;
  } else if (dynamic_cast<P::AlternatingClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "alternating")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::Alternating;
    s.span = where;
    out.sides = s;
  } else if (auto* direction_clause = dynamic_cast<P::DirectionClauseContext*>(ctx)) {
    if (repeated(out.sides, where, "per direction")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerDirection;
    s.span = where;
    for (auto* d : direction_clause->directions) s.directions.push_back(word(d->getStart()));
    out.sides = s;
  } else if (auto* tempo_clause = dynamic_cast<P::TempoClauseContext*>(ctx)) {
    if (!repeated(out.tempo, where, "tempo")) out.tempo = tempo(tempo_clause->tempoSpec()), out.tempo->span = where;
  } else if (auto* load_clause = dynamic_cast<P::LoadClauseContext*>(ctx)) {
    if (!repeated(out.load, where, "load")) out.load = load(load_clause->loadSpec()), out.load->span = where;
  } else if (auto* rpe_clause = dynamic_cast<P::RpeClauseContext*>(ctx)) {
    if (!repeated(out.rpe, where, "rpe")) {
      Span clause_span = span(rpe_clause->count());
      if (rpe_clause->scale) clause_span = clause_span.merge(span(rpe_clause->scale));
      out.rpe = score(rpe_clause->count(), rpe_clause->scale, clause_span);
    }
  } else if (auto* pain_clause = dynamic_cast<P::PainClauseContext*>(ctx)) {
    if (!repeated(out.pain, where, "pain")) out.pain = score(pain_clause->painScore());
  } else if (auto* alternate_clause = dynamic_cast<P::AlternateClauseContext*>(ctx)) {
    if (!out.alternation.empty()) {
      diagnostics_.report(where, msg::ClauseTwice{"alternate"}).emit();
      return;
    }
    for (auto* m : alternate_clause->moves) out.alternation.push_back(name(m));
  } else if (auto* exercise_frequency_clause = dynamic_cast<P::ExerciseFrequencyClauseContext*>(ctx)) {
    if (!repeated(out.frequency, where, "frequency")) out.frequency = frequency(exercise_frequency_clause->frequency());
  } else if (auto* timing_clause = dynamic_cast<P::TimingClauseContext*>(ctx)) {
    auto settings = timing(timing_clause->timingItem());
    out.timing.insert(out.timing.end(), settings.begin(), settings.end());
  } else if (auto* variant_clause = dynamic_cast<P::VariantClauseContext*>(ctx)) {
    out.variants.push_back(variant(variant_clause->variant()));
  } else if (auto* text_clause = dynamic_cast<P::TextClauseContext*>(ctx)) {
    ast::Text t;
    t.kind = text_clause->kind->getType() == P::CUE ? ast::Text::Kind::Cue
             : text_clause->kind->getType() == P::CAUTION ? ast::Text::Kind::Caution
                                                 : ast::Text::Kind::Note;
    t.text = string_value(text_clause->text);
    t.span = where;
    out.texts.push_back(std::move(t));
  } else {
    no_builder(ctx, "clause");
  }
}

ast::Hold AstBuilder::hold(P::HoldSpecContext* ctx) {
  ast::Hold out;
  out.span = span(ctx);
  if (auto* timed_hold = dynamic_cast<P::TimedHoldContext*>(ctx)) {
    out.form = ast::Hold::Form::Timed;
    out.dose = quantity(timed_hold->dose());
  } else if (auto* open_hold = dynamic_cast<P::OpenHoldContext*>(ctx)) {
    if (open_hold->until->painScore()) {
      out.form = ast::Hold::Form::UntilPain;
      out.until_pain = score(open_hold->until->painScore());
    } else {
      out.form = ast::Hold::Form::UntilText;
      out.until_text = string_value(open_hold->until->STRING()->getSymbol());
    }
    if (open_hold->from) out.from_pain = score(open_hold->from);
    if (open_hold->bound) out.bound = amount(open_hold->bound);
  } else if (auto* at_least_hold = dynamic_cast<P::AtLeastHoldContext*>(ctx)) {
    out.form = ast::Hold::Form::AtLeast;
    out.bound = amount(at_least_hold->floor);
  } else {
    no_builder(ctx, "hold");
  }
  return out;
}

ast::Tempo AstBuilder::tempo(P::TempoSpecContext* ctx) {
  ast::Tempo out;
  out.span = span(ctx);
  if (auto* word_tempo = dynamic_cast<P::WordTempoContext*>(ctx)) {
    out.word = word(word_tempo->word);
  } else if (auto* phased_tempo = dynamic_cast<P::PhasedTempoContext*>(ctx)) {
    for (auto* token : phased_tempo->phases) out.phases.push_back(integer(token, false, span(token)));
  } else if (auto* per_rep_tempo = dynamic_cast<P::PerRepTempoContext*>(ctx)) {
    out.per_rep = amount(per_rep_tempo->perRep);
  } else {
    no_builder(ctx, "tempo");
  }
  return out;
}

ast::Load AstBuilder::load(P::LoadSpecContext* ctx) {
  ast::Load out;
  out.span = span(ctx);
  if (auto* weight_load = dynamic_cast<P::WeightLoadContext*>(ctx)) {
    out.weight = amount(weight_load->weight);
  } else if (auto* named_load = dynamic_cast<P::NamedLoadContext*>(ctx)) {
    out.kind = word(named_load->kind);
    if (named_load->detail) out.detail = word(named_load->detail);
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
    if (auto* count_rate = dynamic_cast<P::CountRateContext*>(r)) {
      rate.count = count(count_rate->count());
      rate.per = word(count_rate->per->getStart());
    } else if (auto* word_rate = dynamic_cast<P::WordRateContext*>(r)) {
      rate.per = word(word_rate->word);
    } else {
      no_builder(r, "frequency");
    }
    out.rates.push_back(std::move(rate));
  }
  for (auto* t : ctx->times) {
    if (t->IDENT()) {
      out.times.emplace_back(word(t->IDENT()));
      continue;
    }
    ast::ClockTime clock;
    clock.span = span(t);
    clock.hour = digits(t->hour);
    clock.minute = digits(t->minute);
    clock.written = t->hour->getText() + ":" + t->minute->getText();
    out.times.emplace_back(std::move(clock));
  }
  for (auto* d : ctx->days) out.days.push_back(word(d));
  return out;
}

}  // namespace regimen::syntax
