// L03xx: the dose written on one exercise line: sides, holds, ranges, rest
// between sets, and pain targets.
#include <fmt/format.h>

#include <algorithm>

#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"

namespace regimen::lint::checks {
namespace {

// Settings of the rules here (registry.cpp gives their defaults).
constexpr std::string_view kWideRange = "L0304";
constexpr std::string_view kHighPainTarget = "L0306";

double top(const program::Range& range) { return range.max.value_or(range.min); }

double top(const program::Quantity& q) { return q.end ? std::max(top(q.start), top(*q.end)) : top(q.start); }

std::string range_text(const program::Range& range, std::string_view unit) {
  std::string low = support::number(range.min);
  if (range.max && *range.max != range.min) low += ".." + support::number(*range.max);
  return low + std::string(unit);
}

// The library's usual hold, as a routine would write it, when it is a plain one.
std::optional<std::string> written_default_hold(const Exercise* exercise) {
  const program::Hold* hold = exercise && exercise->defaults.dose ? program::hold_of(*exercise->defaults.dose) : nullptr;
  if (!hold) return std::nullopt;
  const program::Hold& h = *hold;
  if (h.kind != program::HoldKind::Timed || h.amount.end || h.amount_from_library) return std::nullopt;
  if (h.unit == program::HoldUnit::Breaths) {
    bool one = h.amount.start.min == 1 && (!h.amount.start.max || *h.amount.start.max == 1);
    return "hold " + range_text(h.amount.start, one ? " breath" : " breaths");
  }
  if (h.amount.start.min >= 60 && static_cast<long long>(h.amount.start.min) % 60 == 0 &&
      static_cast<long long>(top(h.amount.start)) % 60 == 0) {
    program::Range minutes{h.amount.start.min / 60, h.amount.start.max ? std::optional<double>(*h.amount.start.max / 60) : std::nullopt};
    return "hold " + range_text(minutes, "min");
  }
  return "hold " + range_text(h.amount.start, "s");
}

// Each amount of a checked dose beside the amount it was written as: the
// repetitions, a timed hold's length, a time or a distance.
std::vector<std::pair<const program::Quantity*, const ast::Quantity*>> written_amounts(const program::Dose& dose,
                                                                                        const ast::Dose& line) {
  std::vector<std::pair<const program::Quantity*, const ast::Quantity*>> out;
  auto timed_hold = [&](const program::Hold& hold, const ast::Hold& written) {
    if (hold.kind == program::HoldKind::Timed && written.dose) out.emplace_back(&hold.amount, &*written.dose);
  };
  std::visit(
      [&](const auto& d) {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          // An open count (`up to 10`) is no range and no progression.
          const auto* given = std::get_if<program::Quantity>(&d.reps);
          if (const auto* w = std::get_if<ast::RepsDose>(&line)) {
            if (given && w->reps.amount) out.emplace_back(given, &*w->reps.amount);
            if (d.hold_each && w->hold_each) timed_hold(*d.hold_each, *w->hold_each);
            if (d.each_seconds && w->each_time) out.emplace_back(&*d.each_seconds, &*w->each_time);
          }
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          if (const auto* w = std::get_if<ast::HoldDose>(&line)) timed_hold(d.hold, w->hold);
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          if (const auto* w = std::get_if<ast::TimeDose>(&line)) out.emplace_back(&d.seconds, &w->time);
        } else if constexpr (std::is_same_v<T, program::DistanceDose>) {
          if (const auto* w = std::get_if<ast::DistanceDose>(&line)) out.emplace_back(&d.metres, &w->distance);
        } else {
          static_assert(std::is_same_v<T, program::AdvisedDose>, "every dose form has its amounts");
        }
      },
      dose);
  return out;
}

Span name_span(const ast::Prescription* line, const program::Item& item) { return line ? line->exercise.span : item.span; }

// `per side` goes right after the dose it applies to: `hold 20s per side`.
// With no dose written, or after an open hold that gets its own `max`
// inserted at its end, it joins the name instead, so that no two fixes insert
// at the same place.
FixIt side_fix(const LintInput& input, const program::Item& item, const ast::Prescription& line) {
  std::optional<Span> dose;
  if (line.dose) {
    for (const Span& clause : ast::clause_spans(*line.dose)) {
      if (!dose || clause.end > dose->end) dose = clause;
    }
  }
  const ast::Hold* written_hold = line.dose ? ast::hold_of(*line.dose) : nullptr;
  const program::Hold* hold = program::hold_of(item.dose);
  bool after_open_hold = written_hold && dose && dose->end == written_hold->span.end && hold && hold->bound_from_library;
  if (dose && !after_open_hold) return FixIt{Span{input.file, dose->end, dose->end}, " per side"};
  return FixIt{line.exercise.span, std::string(support::text_of(input, line.exercise.span)) + " per side"};
}

}  // namespace

void missing_side(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    if (!item->sides.from_library || item->sides.mode != program::SideMode::PerSide) continue;
    const ast::Prescription* line = lines.of(*item);
    Finding f;
    f.span = name_span(line, *item);
    f.message = fmt::format("`{}` is done on each side, but the line does not say so", item->exercise_id);
    f.help.push_back("write `per side`, so that the patient does both sides and the dose counts for each");
    if (line) f.fixes.push_back(side_fix(input, *item, *line));
    out.push_back(std::move(f));
  }
}

void missing_hold_time(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    if (item->kind != DosageKind::Hold && item->kind != DosageKind::RepsHold) continue;
    // `as advised` leaves every amount to the therapist on purpose.
    if (std::holds_alternative<program::AdvisedDose>(item->dose)) continue;
    const ast::Prescription* line = lines.of(*item);
    if (!line || support::written_hold(*line)) continue;
    const Exercise* exercise = input.library.by_id(item->exercise_id);
    Finding f;
    f.span = line->exercise.span;
    f.message = item->kind == DosageKind::Hold
                    ? fmt::format("`{}` is a held position, but the line does not say for how long", item->exercise_id)
                    : fmt::format("each repetition of `{}` is held, but the line does not say for how long", item->exercise_id);
    if (auto usual = written_default_hold(exercise)) {
      f.help.push_back(fmt::format("write the hold, as in `{}` (the library's usual dose)", *usual));
    } else {
      f.help.push_back("write the hold, as in `hold 20..30s` or `hold 3..5 breaths`");
    }
    out.push_back(std::move(f));
  }
}

void unbounded_hold(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    const program::Hold* hold = program::hold_of(item->dose);
    if (!hold || !hold->bound_from_library) continue;
    if (hold->kind != program::HoldKind::UntilPain && hold->kind != program::HoldKind::UntilText) continue;
    const ast::Prescription* line = lines.of(*item);
    const ast::Hold* written = line ? support::written_hold(*line) : nullptr;
    std::string bound = support::written_seconds(hold->bound_seconds.value_or(item->timing.open_hold_bound_seconds));
    Finding f;
    f.span = written ? written->span : name_span(line, *item);
    f.message = fmt::format("`{}` is held until a symptom changes, with no time limit", item->exercise_id);
    f.help.push_back(fmt::format("add the longest the patient should wait, as in `max {}` (the library's limit)", bound));
    if (written) f.fixes.push_back(FixIt{Span{input.file, written->span.end, written->span.end}, " max " + bound});
    out.push_back(std::move(f));
  }
}

void wide_range(const LintInput& input, std::vector<Finding>& out) {
  double widest = input.values.get(kWideRange, "max_ratio");
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    const ast::Prescription* line = lines.of(*item);
    if (!line) continue;
    auto check = [&](const program::Quantity* q, const ast::Quantity* dose) {
      if (!q || !dose) return;
      auto one = [&](const program::Range& range, const ast::Amount& written) {
        if (!range.max || range.min <= 0 || *range.max <= widest * range.min) return;
        Finding f;
        f.span = written.span;
        f.message = fmt::format("`{}`: the range `{}` is too wide to guide the patient; its top is more than {} "
                                "times its bottom",
                                item->exercise_id, support::text_of(input, written.span), support::number(widest));
        f.help.push_back(fmt::format("narrow it, the top at most {} times the bottom, or write a progression over the "
                                     "weeks, as in `5 -> 15`; for a most that is not a range, write `up to`",
                                     support::number(widest)));
        out.push_back(std::move(f));
      };
      one(q->start, dose->start);
      if (q->end && dose->end) one(*q->end, *dose->end);
    };
    if (line->sets) check(&item->sets, &*line->sets);
    if (line->dose) {
      for (auto [checked, written] : written_amounts(item->dose, *line->dose)) check(checked, written);
    }
  }
}

void loaded_sets_without_rest(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    if (top(item->sets) <= 1 || item->rest_seconds) continue;
    // Only sets against a load: body-weight work, held positions above all,
    // is rested between sets by the schedule's own timing.
    const Exercise* exercise = input.library.by_id(item->exercise_id);
    if (!support::is_loaded(*item, exercise) || !support::is_strengthening(*item, exercise)) continue;
    const ast::Prescription* line = lines.of(*item);
    double rest = exercise ? exercise->timing.rest_seconds : item->timing.rest_seconds;
    Finding f;
    f.span = line && line->sets ? line->sets->span : name_span(line, *item);
    std::string sets = line && line->sets ? fmt::format("`{}`", support::text_of(input, line->sets->span))
                                          : support::number(top(item->sets));
    f.message = fmt::format("`{}` has loaded sets ({}) but no rest between them", item->exercise_id, sets);
    f.help.push_back(fmt::format("give a rest between sets, as in `rest {}`", support::written_seconds(rest)));
    // Right after the sets, where a rest is read: `x2 rest 30s`.
    Span at = line && line->sets ? Span{input.file, line->sets->span.end, line->sets->span.end}
                                 : line ? support::head_insertion(input, *line) : Span{};
    if (line) f.fixes.push_back(FixIt{at, " rest " + support::written_seconds(rest)});
    out.push_back(std::move(f));
  }
}

void high_pain_target(const LintInput& input, std::vector<Finding>& out) {
  // Pain-monitored loading (a pain rule, or a tendon loaded on purpose)
  // accepts more pain than other work; the routine says which it is.
  const Exercise* tendon = nullptr;
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* exercise = input.library.by_id(item->exercise_id);
    if (exercise && exercise->category == "tendon_loading") {
      tendon = exercise;
      break;
    }
  }
  bool monitored = !input.program.pain_rules.empty() || tendon != nullptr;
  double most = input.values.get(kHighPainTarget, monitored ? "max_with_pain_rule" : "max");
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* exercise = input.library.by_id(item->exercise_id);
    if (exercise && exercise->category == "release") continue;
    const ast::Prescription* line = lines.of(*item);
    double highest = 0;
    Span where = name_span(line, *item);
    if (item->pain_max && top(*item->pain_max) > highest) {
      highest = top(*item->pain_max);
      if (line && line->pain) where = line->pain->span;
    }
    if (const program::Hold* hold = program::hold_of(item->dose)) {
      for (const auto& score : {hold->until_pain, hold->start_pain}) {
        if (score && top(*score) > highest) {
          highest = top(*score);
          if (const ast::Hold* written = line ? support::written_hold(*line) : nullptr) where = written->span;
        }
      }
    }
    if (highest <= most) continue;
    Finding f;
    f.span = where;
    std::string limit = fmt::format("{}/10", support::number(most));
    if (!monitored) {
      f.message = fmt::format("`{}` works at pain {}/10; outside release work pain should stay at {} or below",
                              item->exercise_id, support::number(highest), limit);
      f.notes.push_back(Note{fmt::format("a routine with a `pain_rule`, or one that loads a tendon, may go to {}/10",
                                         support::number(input.values.get(kHighPainTarget, "max_with_pain_rule"))),
                             {}});
    } else {
      std::string why = !input.program.pain_rules.empty()
                            ? "even with a pain rule"
                            : fmt::format("even in tendon loading (`{}`)", tendon->id);
      f.message = fmt::format("`{}` works at pain {}/10; {} pain should stay at {} or below", item->exercise_id,
                              support::number(highest), why, limit);
    }
    f.help.push_back(fmt::format("lower the target to {} or less, and tell the patient to ease off if it climbs", limit));
    f.notes.push_back(Note{"a clinic's own limit goes in regimen.toml: `[rules.high-pain-target]` with `max` and "
                           "`max_with_pain_rule`",
                           {}});
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks
