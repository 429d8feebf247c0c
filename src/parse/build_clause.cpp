// Exercise lines and their clauses: dosage, sides, load, variants, notes.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "base/names.h"

#include "base/names.h"
#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"

namespace regimen::syntax {

template <typename Slot>
bool AstBuilder::repeated(const Slot& existing, Span where, std::string_view clause_name) {
  if (!existing) return false;
  auto d = diagnostics_.report(where, msg::ClauseTwice{std::string(clause_name)});
  d.note("first given here", existing->span);
  d.help(clause_name == "progress" ? "keep one rule, and say all of it in its words"
                                    : "keep one of them; for a dose that changes over the weeks write a progression such as `5 -> 15`");
  return true;
}

// A line names its sides once: `per side left only` says two things.
bool AstBuilder::sides_twice(const std::optional<ast::Sides>& existing, Span where, const std::string& clause_name) {
  if (!existing) return false;
  std::string first;
  switch (existing->form) {
    case ast::Sides::Form::PerSide: first = "per side"; break;
    case ast::Sides::Form::Alternating: first = "alternating"; break;
    case ast::Sides::Form::PerDirection: first = "per direction"; break;
    case ast::Sides::Form::Only: first = existing->only->text + " only"; break;
  }
  auto d = clause_name == first ? diagnostics_.report(where, msg::ClauseTwice{clause_name})
                                : diagnostics_.report(where, msg::SidesTwice{clause_name, first});
  d.note("first given here", existing->span);
  d.help("keep one of them");
  return true;
}

ast::Prescription AstBuilder::prescription(P::PrescriptionContext* ctx) {
  ast::Prescription out;
  out.span = span(ctx);
  out.exercise = name(ctx->exercise);
  DoseClauses dose_clauses;
  std::vector<P::StrayContext*> stray_words;
  auto read = [&](const std::vector<P::ClauseContext*>& clauses) {
    for (auto* c : clauses) {
      // A stray word is reported with the words beside it, below; it does not
      // close a clause that `up to` or a phrase may still complete.
      if (auto* stray = alternative<P::StrayClauseContext>(c)) {
        stray_words.push_back(stray->stray());
      } else {
        clause(c, out, dose_clauses);
      }
    }
  };
  read(ctx->clause());
  if (auto* details = ctx->detailBlock()) read(details->clause());
  unfinished(dose_clauses);
  if (dose_clauses.advised && out.sets) {
    auto d = diagnostics_.report(out.sets->span, msg::AdvisedWithDose{"sets"});
    d.note("`as advised` is given here", *dose_clauses.advised);
    d.help("keep one of them");
    out.sets.reset();
  }
  out.dose = dose(std::move(dose_clauses));
  strays(stray_words, kClauseHelp);
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

  // `as advised` leaves every amount to the therapist: a written one
  // contradicts it, and the line keeps `as advised`.
  if (c.advised) {
    for (const Given& g : given) {
      auto d = diagnostics_.report(g.span, msg::AdvisedWithDose{std::string(g.keyword)});
      d.note("`as advised` is given here", *c.advised);
      d.help("keep one of them");
    }
    return ast::Dose{ast::AdvisedDose{*c.advised}};
  }
  if (given.empty()) return std::nullopt;

  // `for 20s each` times each repetition; without repetitions it has nothing
  // to time, and it is kept as the line's time.
  bool each_time = c.time && c.time_each && c.reps;
  if (c.time && c.time_each && !c.reps) {
    diagnostics_.report(c.time->span, msg::EachWithoutReps{})
        .help("give the repetitions, as in `reps 5 for 20s each`, or remove `each` to time the whole exercise");
  }

  // Repetitions may each be held or timed; any other pair fits no form. The
  // clause written second is the one reported, and the line keeps the first.
  auto report = [&](const Given& first, const Given& second) {
    const Given& later = first.span.begin < second.span.begin ? second : first;
    const Given& earlier = first.span.begin < second.span.begin ? first : second;
    auto d = diagnostics_.report(later.span, msg::DoseFormsClash{std::string(later.keyword), std::string(earlier.keyword)});
    d.note(fmt::format("`{}` is given here", earlier.keyword), earlier.span);
    bool time_and_distance = (later.keyword == "for" || later.keyword == "distance") &&
                             (earlier.keyword == "for" || earlier.keyword == "distance");
    bool reps_and_time = (later.keyword == "for" && earlier.keyword == "reps") ||
                         (later.keyword == "reps" && earlier.keyword == "for");
    d.help(time_and_distance ? "keep one of them; to mention the other, add a note, as in `note \"about 2 km\"`"
           : reps_and_time   ? "to time each repetition, write `for 20s each`; otherwise keep one of them"
                             : "keep one of them");
    return earlier.keyword;
  };
  bool repetitions = c.reps.has_value();
  std::string_view keep = given.front().keyword;
  for (std::size_t i = 1; i < given.size(); ++i) {
    bool held_repetitions = repetitions && given[i].keyword == "hold" && !each_time;
    bool timed_repetitions = each_time && given[i].keyword == "for";
    if (!held_repetitions && !timed_repetitions) keep = report(given.front(), given[i]);
  }
  if (keep == "reps") {
    ast::RepsDose reps{std::move(*c.reps), std::move(c.hold), std::nullopt};
    if (each_time) {
      reps.each_time = std::move(c.time);
      reps.hold_each.reset();
    }
    return ast::Dose{std::move(reps)};
  }
  if (keep == "hold") return ast::Dose{ast::HoldDose{std::move(*c.hold)}};
  if (keep == "for") return ast::Dose{ast::TimeDose{std::move(*c.time)}};
  return ast::Dose{ast::DistanceDose{std::move(*c.distance)}};
}

void AstBuilder::unfinished(DoseClauses& c) {
  if (c.reps && c.reps->form == ast::RepCount::Form::Given && !c.reps->amount) {
    diagnostics_.report(c.reps->span, msg::RepsWithoutCount{})
        .help("write a number (`reps 10`), at most a number (`reps up to 10`) or `reps as many as you can`");
    c.reps.reset();
  }
}

// `up to` completes the clause just before it: `reps up to 10`, `hold up to
// 30s`, and the cap of an open dose (`reps as many as you can up to 20`).
void AstBuilder::up_to(P::UpToClauseContext* ctx, DoseClauses& c) {
  Span where = span(ctx);
  ast::Quantity most = quantity(ctx->dose());
  most.span = where;
  if (most.start.high) {
    diagnostics_.report(most.start.span, msg::UpToRange{})
        .help("a range already says how many; write `10..15`, or `up to 15`");
  }
  switch (c.open) {
    case DoseClauses::Open::Reps:
      c.reps->form = ast::RepCount::Form::UpTo;
      c.reps->amount = most;
      c.reps->span = c.reps->span.merge(where);
      break;
    case DoseClauses::Open::Hold:
      c.hold->form = ast::Hold::Form::UpTo;
      c.hold->dose = most;
      c.hold->span = c.hold->span.merge(where);
      break;
    case DoseClauses::Open::RepsAsMany:
    case DoseClauses::Open::HoldComfortable:
      // A cap is one amount for the whole program.
      if (most.end) {
        diagnostics_.report(where, msg::CapProgression{}).help("give one amount, as in `up to 20`");
        most.end.reset();
      }
      if (c.open == DoseClauses::Open::RepsAsMany) {
        c.reps->amount = most;
        c.reps->span = c.reps->span.merge(where);
      } else {
        c.hold->bound = most.start;
        c.hold->span = c.hold->span.merge(where);
      }
      break;
    case DoseClauses::Open::None:
      diagnostics_.report(where, msg::UpToWithoutClause{})
          .help("write `reps up to 10` or `hold up to 30s`");
      break;
  }
  c.open = DoseClauses::Open::None;
}

namespace {

// In the order of AstBuilder::Phrase.
const std::vector<std::string> kPhrases = {"as many as you can", "as long as comfortable", "as tolerated", "as advised"};

}  // namespace

// `as many as you can` and `as long as comfortable` complete the `reps` or
// `hold` just before them; `as tolerated` and `as advised` are the line's.
// The grammar takes `as` words loosely (`as advised as tolerated` is one
// clause to it), so the words are read here, longest phrase first.
void AstBuilder::phrase(P::PhraseClauseContext* ctx, ast::Prescription& out, DoseClauses& c) {
  std::vector<antlr4::Token*> tokens;
  for (auto* child : ctx->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) tokens.push_back(terminal->getSymbol());
  }
  DoseClauses::Open open = c.open;
  c.open = DoseClauses::Open::None;
  std::size_t at = 0;
  while (at < tokens.size()) {
    std::size_t length = 0;
    std::size_t known = kPhrases.size();
    for (std::size_t k = 0; k < kPhrases.size(); ++k) {
      std::size_t words = 1 + static_cast<std::size_t>(std::count(kPhrases[k].begin(), kPhrases[k].end(), ' '));
      if (at + words > tokens.size() || words <= length) continue;
      std::string text;
      for (std::size_t i = at; i < at + words; ++i) text += (i == at ? "" : " ") + tokens[i]->getText();
      if (text == kPhrases[k]) length = words, known = k;
    }
    if (known == kPhrases.size()) {
      // The rest of the clause names no phrase: reported whole.
      std::string text;
      for (std::size_t i = at; i < tokens.size(); ++i) text += (i == at ? "" : " ") + tokens[i]->getText();
      diagnostics_.report(span(tokens[at]).merge(span(tokens.back())), msg::UnknownPhrase{names::shorten(text)})
          .suggest(text, kPhrases)
          .note(fmt::format("a phrase is one of: {}", fmt::join(kPhrases, ", ")));
      return;
    }
    Span where = span(tokens[at]).merge(span(tokens[at + length - 1]));
    one_phrase(static_cast<Phrase>(known), where, open, out, c);
    open = c.open;
    at += length;
  }
}

void AstBuilder::one_phrase(Phrase phrase, Span where, DoseClauses::Open open, ast::Prescription& out, DoseClauses& c) {
  const std::string& text = kPhrases[static_cast<std::size_t>(phrase)];
  c.open = DoseClauses::Open::None;
  auto follows = [&](DoseClauses::Open wanted, std::string_view keyword, std::string_view example) {
    if (open == wanted) return true;
    bool counted = wanted == DoseClauses::Open::Reps ? c.reps.has_value() : c.hold.has_value();
    if (counted) {
      diagnostics_.report(where, msg::CountAndPhrase{text}).help(fmt::format("keep the count, or write `{}`", example));
    } else {
      diagnostics_.report(where, msg::PhraseWithoutClause{text, std::string(keyword)}).help(fmt::format("write `{}`", example));
    }
    return false;
  };
  switch (phrase) {
    case Phrase::AsManyAsYouCan:
      if (!follows(DoseClauses::Open::Reps, "reps", "reps as many as you can")) return;
      c.reps->form = ast::RepCount::Form::AsManyAsYouCan;
      c.reps->span = c.reps->span.merge(where);
      c.open = DoseClauses::Open::RepsAsMany;
      return;
    case Phrase::AsLongAsComfortable:
      if (!follows(DoseClauses::Open::Hold, "hold", "hold as long as comfortable")) return;
      c.hold->form = ast::Hold::Form::Comfortable;
      c.hold->span = c.hold->span.merge(where);
      c.open = DoseClauses::Open::HoldComfortable;
      return;
    case Phrase::AsTolerated:
      if (out.as_tolerated) {
        diagnostics_.report(where, msg::ClauseTwice{"as tolerated"}).note("first given here", *out.as_tolerated);
        return;
      }
      out.as_tolerated = where;
      return;
    case Phrase::AsAdvised:
      if (c.advised) {
        diagnostics_.report(where, msg::ClauseTwice{"as advised"}).note("first given here", *c.advised);
        return;
      }
      c.advised = where;
      return;
  }
}

void AstBuilder::strays(const std::vector<P::StrayContext*>& words, std::string_view help) {
  // One report per run of adjacent stray words: `reps 10 20 30` is one mistake.
  antlr4::Token* previous = nullptr;
  for (auto* word : words) {
    antlr4::Token* token = word->getStart();
    bool adjacent = previous != nullptr && token->getTokenIndex() == previous->getTokenIndex() + 1;
    previous = token;
    if (adjacent) continue;
    auto d = diagnostics_.report(span(token), msg::Unexpected{describe_text(token)});
    d.help(std::string(help));
  }
}

void AstBuilder::clause(P::ClauseContext* ctx, ast::Prescription& out, DoseClauses& dose_clauses) {
  Span where = span(ctx);
  auto quantity_clause = [&](std::optional<ast::Quantity>& slot, P::DoseContext* value, std::string_view keyword) {
    if (repeated(slot, where, keyword)) return;
    slot = quantity(value);
    slot->span = where;
  };
  if (auto* stray = alternative<P::StrayClauseContext>(ctx)) {
    // In a definition's `default` (a routine's lines gather theirs first).
    strays({stray->stray()}, kClauseHelp);
    return;
  }
  // Only the clause just read may be completed by `up to` or a phrase.
  DoseClauses::Open open = DoseClauses::Open::None;
  std::swap(open, dose_clauses.open);
  if (auto* reps_clause = alternative<P::RepsClauseContext>(ctx)) {
    std::optional<ast::RepCount>& reps = dose_clauses.reps;
    if (repeated(reps, where, "reps")) return;
    reps = ast::RepCount{};
    reps->span = where;
    if (reps_clause->dose()) {
      reps->amount = quantity(reps_clause->dose());
      reps->amount->span = where;
    } else {
      dose_clauses.open = DoseClauses::Open::Reps;
    }
  } else if (auto* hold_clause = alternative<P::HoldClauseContext>(ctx)) {
    std::optional<ast::Hold>& held = dose_clauses.hold;
    if (repeated(held, where, "hold")) return;
    if (hold_clause->holdSpec()) {
      held = hold(hold_clause->holdSpec());
    } else {
      held = ast::Hold{};
      held->form = ast::Hold::Form::Brief;
      dose_clauses.open = DoseClauses::Open::Hold;
    }
    held->span = where;
  } else if (auto* up_to_clause = alternative<P::UpToClauseContext>(ctx)) {
    dose_clauses.open = open;
    up_to(up_to_clause, dose_clauses);
  } else if (auto* phrase_clause = alternative<P::PhraseClauseContext>(ctx)) {
    dose_clauses.open = open;
    phrase(phrase_clause, out, dose_clauses);
  } else if (auto* sets_x_clause = alternative<P::SetsXClauseContext>(ctx)) {
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
  } else if (auto* sets_clause = alternative<P::SetsClauseContext>(ctx)) {
    quantity_clause(out.sets, sets_clause->dose(), "sets");
  } else if (auto* duration_clause = alternative<P::DurationClauseContext>(ctx)) {
    bool first = !dose_clauses.time;
    quantity_clause(dose_clauses.time, duration_clause->dose(), "for");
    if (first) dose_clauses.time_each = duration_clause->EACH() != nullptr;
  } else if (auto* distance_clause = alternative<P::DistanceClauseContext>(ctx)) {
    quantity_clause(dose_clauses.distance, distance_clause->dose(), "distance");
  } else if (auto* rest_clause = alternative<P::RestClauseContext>(ctx)) {
    quantity_clause(out.rest, rest_clause->dose(), "rest");
  } else if (auto* per_side_clause = alternative<P::PerSideClauseContext>(ctx)) {
    if (sides_twice(out.sides, where, "per side")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerSide;
    s.span = where;
    if (per_side_clause->first) s.first = word(per_side_clause->first);
    out.sides = s;
  } else if (alternative<P::AlternatingClauseContext>(ctx)) {
    if (sides_twice(out.sides, where, "alternating")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::Alternating;
    s.span = where;
    out.sides = s;
  } else if (auto* only_clause = alternative<P::OnlySideClauseContext>(ctx)) {
    ast::Sides s;
    s.only = only_clause->limb ? word(only_clause->limb) : word(only_clause->named);
    if (sides_twice(out.sides, where, s.only->text + " only")) return;
    s.form = ast::Sides::Form::Only;
    s.span = where;
    out.sides = s;
  } else if (auto* direction_clause = alternative<P::DirectionClauseContext>(ctx)) {
    if (sides_twice(out.sides, where, "per direction")) return;
    ast::Sides s;
    s.form = ast::Sides::Form::PerDirection;
    s.span = where;
    for (auto* d : direction_clause->directions) s.directions.push_back(word(d->getStart()));
    out.sides = s;
  } else if (auto* tempo_clause = alternative<P::TempoClauseContext>(ctx)) {
    if (!repeated(out.tempo, where, "tempo")) out.tempo = tempo(tempo_clause->tempoSpec()), out.tempo->span = where;
  } else if (auto* load_clause = alternative<P::LoadClauseContext>(ctx)) {
    if (!repeated(out.load, where, "load")) out.load = load(load_clause->loadSpec()), out.load->span = where;
  } else if (auto* rpe_clause = alternative<P::RpeClauseContext>(ctx)) {
    if (rpe_clause->percent) {
      diagnostics_.report(span(rpe_clause->percent), msg::RpeAsPercent{})
          .help(fmt::format("for a share of maximal effort write `effort {}%`; for a rating out of 10, `rpe` with no `%`",
                            rpe_clause->count()->getText()));
      return;
    }
    if (!repeated(out.rpe, where, "rpe")) {
      Span clause_span = span(rpe_clause->count());
      if (rpe_clause->scale) clause_span = clause_span.merge(span(rpe_clause->scale));
      out.rpe = score(rpe_clause->count(), rpe_clause->scale, clause_span);
    }
  } else if (auto* effort_clause = alternative<P::EffortClauseContext>(ctx)) {
    if (repeated(out.effort, where, "effort")) return;
    if (effort_clause->scale) {
      // `effort 5/10` is a rating, which `rpe` says.
      auto d = diagnostics_.report(where, msg::EffortOutOfScale{effort_clause->scale->getText()});
      d.help(fmt::format("for a rating out of 10 write `rpe {}`; for a share of maximal effort, a percentage such as `effort 50%`",
                         effort_clause->dose()->getText()));
      return;
    }
    out.effort = quantity(effort_clause->dose());
    out.effort->span = where;
  } else if (auto* effort_words = alternative<P::EffortInWordsClauseContext>(ctx)) {
    auto d = diagnostics_.report(span(effort_words->word), msg::EffortInWords{names::shorten(effort_words->word->getText())});
    d.help("write a percentage of maximal effort, as in `effort 50%`, or a rating out of 10, as in `rpe 6`; to say more, "
           "add a cue: `cue \"...\"`");
  } else if (auto* pain_clause = alternative<P::PainClauseContext>(ctx)) {
    if (!repeated(out.pain, where, "pain")) out.pain = score(pain_clause->painScore());
  } else if (auto* alternate_clause = alternative<P::AlternateClauseContext>(ctx)) {
    if (!out.alternation.empty()) {
      diagnostics_.report(where, msg::ClauseTwice{"alternate"}).emit();
      return;
    }
    for (auto* m : alternate_clause->moves) out.alternation.push_back(name(m));
  } else if (auto* exercise_frequency_clause = alternative<P::ExerciseFrequencyClauseContext>(ctx)) {
    if (!repeated(out.frequency, where, "frequency")) out.frequency = frequency(exercise_frequency_clause->frequency());
  } else if (auto* timing_clause = alternative<P::TimingClauseContext>(ctx)) {
    auto settings = timing(timing_clause->timingItem());
    out.timing.insert(out.timing.end(), settings.begin(), settings.end());
  } else if (auto* progress_clause = alternative<P::ProgressClauseContext>(ctx)) {
    if (!repeated(out.progress, where, "progress")) out.progress = progress(progress_clause);
  } else if (auto* variant_clause = alternative<P::VariantClauseContext>(ctx)) {
    out.variants.push_back(variant(variant_clause->variant()));
  } else if (alternative<P::NoVariantsClauseContext>(ctx) != nullptr) {
    if (out.no_variants) {
      diagnostics_.report(where, msg::ClauseTwice{"no variants"}).note("first given here", *out.no_variants);
      return;
    }
    out.no_variants = where;
  } else if (auto* image_clause = alternative<P::ImageClauseContext>(ctx)) {
    out.images.push_back(image(image_clause->image()));
  } else if (auto* text_clause = alternative<P::TextClauseContext>(ctx)) {
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

ast::Progress AstBuilder::progress(P::ProgressClauseContext* ctx) {
  ast::Progress out;
  out.span = span(ctx);
  out.text = string_value(ctx->text);
  out.text_span = span(ctx->text);
  if (ctx->every) out.every = amount(ctx->every);
  if (auto* reps = alternative<P::RepsLimitContext>(ctx->limit)) {
    out.limit = ast::Progress::Limit::Reps;
    out.limit_amount = amount(reps->amount());
  } else if (auto* hold = alternative<P::HoldLimitContext>(ctx->limit)) {
    out.limit = ast::Progress::Limit::Hold;
    out.limit_amount = amount(hold->amount());
  } else if (auto* words = alternative<P::WordsLimitContext>(ctx->limit)) {
    out.limit = ast::Progress::Limit::Words;
    out.limit_words = string_value(words->text);
  }
  if (ctx->when) out.when = string_value(ctx->when);
  return out;
}

ast::Hold AstBuilder::hold(P::HoldSpecContext* ctx) {
  ast::Hold out;
  out.span = span(ctx);
  if (auto* timed_hold = alternative<P::TimedHoldContext>(ctx)) {
    out.form = ast::Hold::Form::Timed;
    out.dose = quantity(timed_hold->dose());
  } else if (auto* open_hold = alternative<P::OpenHoldContext>(ctx)) {
    if (open_hold->until->painScore()) {
      out.form = ast::Hold::Form::UntilPain;
      out.until_pain = score(open_hold->until->painScore());
    } else {
      out.form = ast::Hold::Form::UntilText;
      out.until_text = string_value(open_hold->until->STRING()->getSymbol());
    }
    if (open_hold->from) out.from_pain = score(open_hold->from);
    if (open_hold->bound) out.bound = amount(open_hold->bound);
  } else if (auto* at_least_hold = alternative<P::AtLeastHoldContext>(ctx)) {
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
  if (auto* word_tempo = alternative<P::WordTempoContext>(ctx)) {
    out.word = word(word_tempo->word);
  } else if (auto* phased_tempo = alternative<P::PhasedTempoContext>(ctx)) {
    for (auto* token : phased_tempo->phases) out.phases.push_back(integer(token, false, span(token)));
  } else if (auto* per_rep_tempo = alternative<P::PerRepTempoContext>(ctx)) {
    out.per_rep = amount(per_rep_tempo->perRep);
  } else {
    no_builder(ctx, "tempo");
  }
  return out;
}

ast::Load AstBuilder::load(P::LoadSpecContext* ctx) {
  ast::Load out;
  out.span = span(ctx);
  out.start = load_value(ctx->start);
  if (ctx->end) out.end = load_value(ctx->end);
  return out;
}

ast::LoadValue AstBuilder::load_value(P::LoadValueContext* ctx) {
  ast::LoadValue out;
  out.span = span(ctx);
  if (auto* weight_load = alternative<P::WeightLoadContext>(ctx)) {
    out.weight = amount(weight_load->weight);
  } else if (auto* named_load = alternative<P::NamedLoadContext>(ctx)) {
    out.kind = word(named_load->kind);
    if (named_load->detail) out.detail = word(named_load->detail);
  } else if (auto* described_load = alternative<P::DescribedLoadContext>(ctx)) {
    out.description = ast::Name{string_value(described_load->text), span(described_load->text), true};
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

ast::Image AstBuilder::image(P::ImageContext* ctx) {
  ast::Image out;
  out.span = span(ctx);
  out.path = string_value(ctx->path);
  out.path_span = span(ctx->path);
  if (ctx->alt) out.alt = string_value(ctx->alt);
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
    if (auto* count_rate = alternative<P::CountRateContext>(r)) {
      rate.count = count(count_rate->count());
      rate.per = word(count_rate->per->getStart());
    } else if (auto* word_rate = alternative<P::WordRateContext>(r)) {
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
