// Exercise lines: the exercise's name, and each dosage clause checked against
// what the library says the exercise can take.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/names.h"
#include "check/checker_impl.h"
#include "check/dose.h"
#include "check/images.h"
#include "check/vocabulary.h"

namespace regimen::checking {
namespace {

// Per-side work, and per-direction work with no directions named, starts on the right.
const std::vector<Side> kRightThenLeft = {Side::Right, Side::Left};
const std::vector<std::string> kRightThenLeftDirections = {"right", "left"};
const std::vector<std::string> kTempoWords = {"slow", "controlled", "moderate", "fast"};

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

std::optional<program::Item> Checker::prescription(const ast::Prescription& line) {
  const Exercise* exercise = library_.find(line.exercise.text);
  if (exercise == nullptr) {
    auto d = diagnostics_.report(line.exercise.span, msg::UnknownExerciseName{names::shorten(line.exercise.text)});
    d.suggest_within_budget([&] { return library_.suggest(line.exercise.text); });
    d.note("`regimen lib search WORDS` finds exercises; a routine can define its own with `exercise`");
    return std::nullopt;
  }
  program::Item item;
  item.exercise_id = exercise->id;
  item.name = exercise->name;
  item.kind = exercise->kind;
  item.span = line.span;
  if (window_) item.days = window_->days;
  dosage(line, *exercise, item);
  progression_time(line);
  item.sides = sides(line, *exercise);
  if (line.tempo) item.tempo = tempo(*line.tempo);
  item.timing = item_timing(line, *exercise, item.tempo);
  if (line.load) item.load = load(*line.load);
  if (line.rpe) item.rpe = convert_score(*line.rpe, "effort (RPE)", diagnostics_);
  if (line.effort) item.effort_percent = effort(*line.effort, line);
  if (line.pain) item.pain_max = convert_score(*line.pain, "pain", diagnostics_);
  item.as_tolerated = line.as_tolerated.has_value();
  for (const auto& move : line.alternation) item.alternation.push_back(move.text);
  if (line.frequency) item.frequency = frequency(*line.frequency);
  if (line.progress) item.progress = progress_rule(*line.progress, line, item);
  for (const auto& v : line.variants) {
    if (auto checked = variant(v)) item.variants.push_back(std::move(*checked));
  }
  item.no_variants = line.no_variants.has_value();
  library_variants(*exercise, line, item);
  for (const auto& text : line.texts) {
    switch (text.kind) {
      case ast::Text::Kind::Cue: item.texts.cues.push_back(text.text); break;
      case ast::Text::Kind::Caution: item.texts.cautions.push_back(text.text); break;
      default: item.texts.notes.push_back(text.text); break;
    }
  }
  item.images = line.images.empty() ? exercise->images : checked_images(line.images, diagnostics_);
  plausibility(item, line);
  single_held_repetition(*exercise, line);
  return item;
}

// `press_up hold 5s` on an exercise done as held repetitions is one press-up
// held 5 seconds: rarely what a leaflet means, which gives the repetitions
// ("10 times, holding 5 seconds"). The library's own count is offered as the
// fix; `reps 1 hold 5s` says one on purpose.
void Checker::single_held_repetition(const Exercise& exercise, const ast::Prescription& line) {
  if (exercise.kind != DosageKind::RepsHold || !line.dose) return;
  const auto* written = std::get_if<ast::HoldDose>(&*line.dose);
  if (written == nullptr) return;
  auto d = diagnostics_.report(written->hold.span, msg::SingleHeldRepetition{exercise.id});
  const auto* usual = exercise.defaults.dose ? std::get_if<program::RepsDose>(&*exercise.defaults.dose) : nullptr;
  if (usual == nullptr) {
    d.help("give the repetitions, as in `reps 10 hold 5s`, or write `reps 1` for one");
    return;
  }
  const auto* given = std::get_if<program::Quantity>(&usual->reps);
  if (given == nullptr) {
    d.help("give the repetitions, as in `reps 10 hold ...`, or write `reps 1` for one");
    return;
  }
  const program::Range& reps = given->start;
  std::string count = format_number(reps.min);
  if (reps.max && *reps.max != reps.min) count += ".." + format_number(*reps.max);
  d.help(fmt::format("give the repetitions, as in `reps {} hold ...` (the library's usual count), or write `reps 1` for one", count));
  d.fix(Span{written->hold.span.file, written->hold.span.begin, written->hold.span.begin}, fmt::format("reps {} ", count));
}

// A progression needs two weeks or days at least to build up in, and must
// reach its end within the days its line applies: its phase's, or the
// program's. Without `over` it takes all of them.
void Checker::progression_time(const ast::Prescription& line) {
  std::vector<const ast::Quantity*> written;
  if (line.dose) written = ast::quantities(*line.dose);
  if (line.sets) written.push_back(&*line.sets);
  for (const ast::Quantity* q : written) {
    if (!q->end) continue;
    std::optional<program::Length> time;
    if (q->over) {
      Diagnostics reported_already;  // converting the line said what is wrong with its `over`
      time = convert_length(*q->over, "over", reported_already);
    } else if (window_) {
      time = program::Length{window_->days.days(), window_->days.unit};
    }
    if (!time) continue;
    std::string whose = !window_ ? "" : window_->phase ? "its phase" : "the program's length";
    if (time->count() < 2) {
      std::string one = time->unit == TimeUnit::Weeks ? "week" : "day";
      auto d = diagnostics_.report(q->over ? q->over->span : q->span, msg::NoRoomToProgress{one});
      if (q->over) {
        d.help(fmt::format("spread it over two or more, as in `over 2 {}s`, or give one dose", one));
      } else {
        d.help("count it in days, as in `over 7 days`, or give one dose");
        d.note(fmt::format("{} is one {}", whose, one), window_->where);
      }
    } else if (q->over && window_ && time->days > window_->days.days()) {
      const program::DayRange& days = window_->days;
      std::string phase = program::label_in_sentence(days);
      auto d = window_->phase
                   ? diagnostics_.report(q->over->span, msg::ProgressionPastPhase{program::length_words(*time), phase})
                   : diagnostics_.report(q->over->span, msg::ProgressionPastProgram{program::length_words(*time), program::length_before_noun(*program_.length)});
      program::Length fits{days.days(), days.unit};
      d.help(fmt::format("let it reach its end in time, as in `over {}`, or leave out `over` to take all of {}",
                         program::length_words(fits), window_->phase ? "the phase" : "the program"));
      d.note(window_->phase ? "the phase is here" : "the program's length is set here", window_->where);
    }
  }
}

void Checker::dosage(const ast::Prescription& line, const Exercise& exercise, program::Item& item) {
  if (line.sets) {
    if (auto sets = check_sets(*line.sets, DoseSite::RoutineLine, diagnostics_)) item.sets = *sets;
  }
  if (line.rest) item.rest_seconds = check_rest(*line.rest, DoseSite::RoutineLine, diagnostics_);
  if (line.dose) {
    if (auto dose = check_dose(*line.dose, exercise, DoseSite::RoutineLine, diagnostics_)) item.dose = std::move(*dose);
    return;
  }
  // A line with no dose takes the library's default, so that a bare
  // `cat_camel` still means something definite; with no default it is an error.
  const DefaultDose& d = exercise.defaults;
  if (d.dose) {
    item.dose = *d.dose;
    if (d.sets && !line.sets) item.sets = *d.sets;
    if (d.rest_seconds && !line.rest) item.rest_seconds = d.rest_seconds;
    item.dose_from_library = true;
    return;
  }
  auto diag = diagnostics_.report(line.exercise.span, msg::NoDose{exercise.id});
  diag.help(fmt::format("add a dose, as in `{} {}`", names::shorten(line.exercise.text),
                                  std::string(kind_example(exercise.kind)).substr(1, kind_example(exercise.kind).size() - 2)));
}

// The side a one-sided line works, when known: a named side, or the
// affected side (and so the unaffected one) when the build names it.
std::vector<Side> Checker::only_side_order(OnlySide side) const {
  auto opposite = [](Side d) { return d == Side::Left ? Side::Right : Side::Left; };
  switch (side) {
    case OnlySide::Left: return {Side::Left};
    case OnlySide::Right: return {Side::Right};
    case OnlySide::Affected:
      if (options_.affected_side) return {*options_.affected_side};
      return {};
    case OnlySide::Unaffected:
      if (options_.affected_side) return {opposite(*options_.affected_side)};
      return {};
  }
  return {};
}

program::Sides Checker::sides(const ast::Prescription& line, const Exercise& exercise) {
  program::Sides out;
  out.switch_by = exercise.side_switch;
  out.limb = exercise.limb;
  if (!line.sides && exercise.only_side) {
    out.from_library = true;
    out.mode = program::SideMode::OneSide;
    out.only = *exercise.only_side;
    out.order = only_side_order(out.only);
    return out;
  }
  if (!line.sides) {
    out.from_library = true;
    switch (exercise.sides) {
      case Sidedness::Bilateral: out.mode = program::SideMode::Bilateral; break;
      case Sidedness::PerSide: out.mode = program::SideMode::PerSide; out.order = kRightThenLeft; break;
      case Sidedness::Alternating: out.mode = program::SideMode::Alternating; out.order = kRightThenLeft; break;
      case Sidedness::Directional:
        out.mode = program::SideMode::PerDirection;
        out.directions = directions(exercise.directions.empty() ? kRightThenLeftDirections : exercise.directions);
        break;
    }
    return out;
  }
  const ast::Sides& s = *line.sides;
  bool has_sides = exercise.sides != Sidedness::Bilateral;
  if (!has_sides && s.form == ast::Sides::Form::Only) {
    auto d = diagnostics_.report(s.span, msg::OnlySideOnBilateral{exercise.id});
    d.help("remove this clause, or choose a one-sided exercise");
    out.mode = program::SideMode::Bilateral;
    return out;
  }
  if (!has_sides) {
    auto d = diagnostics_.report(s.span, msg::NoSidesToAlternate{exercise.id});
    d.help("remove this clause");
    d.fix(s.span, "");
    out.mode = program::SideMode::Bilateral;
    return out;
  }
  switch (s.form) {
    case ast::Sides::Form::PerSide:
      out.mode = program::SideMode::PerSide;
      out.order = kRightThenLeft;
      if (s.first && parse_word<Side>(s.first->text) == Side::Left) out.order = {Side::Left, Side::Right};
      break;
    case ast::Sides::Form::Alternating:
      out.mode = program::SideMode::Alternating;
      out.order = kRightThenLeft;
      out.switch_by = SideSwitch::PerRep;
      break;
    case ast::Sides::Form::PerDirection:
      out.mode = program::SideMode::PerDirection;
      for (const auto& d : s.directions) {
        const Vocabulary& vocabulary = library_.vocabulary();
        auto id = vocabulary_word<msg::UnknownWordOf>(d, VocabularyKind::Direction, vocabulary, words_may_be_missing_, diagnostics_);
        if (auto direction = id ? vocabulary.direction(*id) : std::nullopt) out.directions.push_back(*direction);
      }
      if (s.directions.empty()) {
        out.directions = directions(exercise.directions.empty() ? kRightThenLeftDirections : exercise.directions);
      }
      break;
    case ast::Sides::Form::Only: {
      auto side = parse_word<OnlySide>(s.only->text);
      if (!side) {
        unknown_word(*s.only, "side", spellings<OnlySide>());
        out.mode = program::SideMode::PerSide;
        out.order = kRightThenLeft;
        break;
      }
      out.mode = program::SideMode::OneSide;
      out.only = *side;
      out.order = only_side_order(*side);
      break;
    }
  }
  return out;
}

// The library's directions of these ids, with the words their cues say. An
// exercise names only directions its layer knew, and no later layer can take
// a word away, so each is found.
std::vector<Direction> Checker::directions(const std::vector<std::string>& ids) const {
  std::vector<Direction> out;
  for (const auto& id : ids) {
    if (auto direction = library_.vocabulary().direction(id)) out.push_back(*direction);
  }
  return out;
}

std::optional<program::Quantity> Checker::effort(const ast::Quantity& written, const ast::Prescription& line) {
  if (line.rpe) {
    auto d = diagnostics_.report(written.span, msg::EffortBesideRpe{});
    d.note("`rpe` is given here", line.rpe->span);
    d.help("keep one: `rpe` for a rating out of 10, or `effort` for a percentage of maximal effort");
    return std::nullopt;
  }
  // `effort 5` may mean 5% or a rating of 5 out of 10: the `%` is not guessed.
  auto has_unit = [](const ast::Amount& a) { return a.low_unit || a.high_unit; };
  if (!has_unit(written.start) && !(written.end && has_unit(*written.end))) {
    std::string number = format_number(written.start.low.value);
    diagnostics_.report(written.start.span, msg::EffortWithoutPercent{number})
        .help(fmt::format("write `effort {}%` for {}% of maximal effort, or `rpe {}` for a rating out of 10", number, number, number));
    return std::nullopt;
  }
  auto percent = convert(written, Expect{"effort", {Dimension::Percent}, std::nullopt}, diagnostics_);
  if (!percent) return std::nullopt;
  for (const ast::Amount* amount : {&written.start, written.end ? &*written.end : nullptr}) {
    if (amount == nullptr) continue;
    for (const ast::Number* n : {&amount->low, amount->high ? &*amount->high : nullptr}) {
      if (n == nullptr || n->value <= 100) continue;
      diagnostics_.report(n->span, msg::EffortOverMaximal{format_number(n->value)})
          .help("effort is a share of the most the patient can do, from 1% to 100%");
      return std::nullopt;
    }
  }
  return percent->quantity;
}

std::optional<program::Tempo> Checker::tempo(const ast::Tempo& t) {
  program::Tempo out;
  if (t.word) {
    if (!contains(kTempoWords, t.word->text)) {
      unknown_word(*t.word, "tempo", kTempoWords);
      return std::nullopt;
    }
    out.word = t.word->text;
    return out;
  }
  if (!t.phases.empty()) {
    double total = 0;
    for (const auto& phase : t.phases) {
      if (phase.value > 60) {
        diagnostics_.report(phase.span, msg::LongTempoPhase{}).emit();
        return std::nullopt;
      }
      out.phases.push_back(static_cast<int>(phase.value));
      total += phase.value;
    }
    if (total == 0) {
      diagnostics_.report(t.span, msg::TempoTakesNoTime{}).emit();
      return std::nullopt;
    }
    out.seconds_per_rep = total;
    return out;
  }
  auto per_rep = convert(*t.per_rep, Expect{"tempo", {Dimension::Time}, std::nullopt}, diagnostics_);
  if (!per_rep) return std::nullopt;
  out.seconds_per_rep = per_rep->range.min;
  return out;
}

std::optional<program::Variant> Checker::variant(const ast::Variant& v) {
  program::Variant out;
  out.kind = v.kind;
  if (v.condition) out.condition = *v.condition;
  if (v.level) {
    out.level = level(*v.level);
    if (!out.level) return std::nullopt;
  }
  if (const Exercise* target = library_.find(v.target.text)) {
    out.exercise_id = target->id;
    out.name = target->name;
    return out;
  }
  if (v.target.quoted) {
    out.name = v.target.text;  // a described change, such as "hands higher on the wall"
    return out;
  }
  auto d = diagnostics_.report(v.target.span, msg::UnknownExerciseName{names::shorten(v.target.text)});
  d.suggest_within_budget([&] { return library_.suggest(v.target.text); });
  d.help("to describe a change instead, quote it: `easier \"hands higher on the wall\"`");
  return std::nullopt;
}

// The library's variants that a line keeps: those of each kind the line gives
// none of. A line's own `easier` replaces the library's easier versions (and
// `harder` and `alternative` likewise), so that a handout offers what suits
// the patient the routine was written for, not a stretch of another area;
// `no variants` keeps none. Decided here, once, for every backend.
void Checker::library_variants(const Exercise& exercise, const ast::Prescription& line, program::Item& item) {
  if (line.no_variants) return;
  std::set<VariantKind> replaced;
  for (const auto& v : line.variants) replaced.insert(v.kind);
  for (const auto& v : exercise.variants) {
    if (replaced.count(v.kind)) continue;
    program::Variant out;
    out.kind = v.kind;
    out.condition = v.condition;
    out.level = v.level;
    out.from_library = true;
    if (const Exercise* target = v.target.empty() ? nullptr : library_.find(v.target)) {
      out.exercise_id = target->id;
      out.name = target->name;
    } else {
      out.name = v.target.empty() ? v.description : v.target;
    }
    item.variants.push_back(std::move(out));
  }
}

void Checker::plausibility(const program::Item& item, const ast::Prescription& line) {
  auto top = [](const program::Quantity& q) {
    double high = q.start.max.value_or(q.start.min);
    if (q.end) high = std::max(high, q.end->max.value_or(q.end->min));
    return high;
  };
  // Only what the line wrote is judged: the library's defaults were judged
  // with the library.
  if (!line.dose) return;
  const program::Hold* hold = program::hold_of(item.dose);
  const ast::Hold* written_hold = ast::hold_of(*line.dose);
  if (hold && written_hold && hold->kind == program::HoldKind::Timed && hold->unit == program::HoldUnit::Seconds &&
      top(hold->amount) > 600) {
    diagnostics_.report(written_hold->span, msg::HoldOverTenMinutes{})
        .help("check the unit: `min` is minutes, `s` is seconds");
  }
  const auto* reps = std::get_if<program::RepsDose>(&item.dose);
  const auto* written_reps = std::get_if<ast::RepsDose>(&*line.dose);
  if (reps && written_reps && program::top_count(reps->reps) > 100) {
    diagnostics_.report(written_reps->reps.span, msg::OverHundredReps{})
        .help("split them into sets, as in `reps 20 x5`");
  }
  if (top(item.sets) > 10 && line.sets) {
    diagnostics_.report(line.sets->span, msg::OverTenSets{})
        .help("for a dose spread through the day, use `frequency 3/day`");
  }
}

}  // namespace regimen::check
