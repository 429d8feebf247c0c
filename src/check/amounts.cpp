#include "check/amounts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/names.h"

namespace regimen {

std::string format_number(double value) {
  if (value == std::floor(value)) return fmt::format("{}", static_cast<long long>(value));
  return fmt::format("{}", value);
}

namespace {

std::string source_text(const ast::Number& number) { return format_number(number.value); }

bool accepts(const Expect& expect, Dimension dimension) {
  return std::find(expect.dimensions.begin(), expect.dimensions.end(), dimension) != expect.dimensions.end();
}

std::string accepted_list(const Expect& expect) {
  std::vector<std::string> parts;
  for (Dimension d : expect.dimensions) parts.emplace_back(describe(d));
  return fmt::format("{}", fmt::join(parts, " or "));
}

// Resolves one written unit; reports unknown and unfitting ones.
std::optional<Unit> resolve_unit(const ast::Name& word, const Expect& expect, Diagnostics& diagnostics) {
  auto unit = find_unit(word.text);
  if (!unit) {
    auto d = diagnostics.report(word.span, msg::UnknownUnitName{names::shorten(word.text)});
    d.suggest(word.text, unit_words());
    d.note("units are s, min, breaths, reps, kg, lb, m, km, days, weeks and %");
    return std::nullopt;
  }
  if (!accepts(expect, unit->dimension)) {
    auto d = diagnostics.report(word.span, msg::WrongUnit{std::string(expect.clause), accepted_list(expect), names::shorten(word.text),
                                                      std::string(describe(unit->dimension))});
    if (expect.clause == "reps" && unit->dimension == Dimension::Time) {
      d.help("for a hold on each repetition write `reps 10 hold 5s`");
    } else if (expect.clause == "hold" && unit->dimension == Dimension::Count) {
      d.help("`hold` is a time or breaths; repeat a hold with `x5`, as in `hold 20s x5`");
    } else {
      d.help(fmt::format("write {}", example(expect.dimensions.front())));
    }
    return std::nullopt;
  }
  return unit;
}

}  // namespace

bool within_most(const ast::Number& value, std::string_view clause, int most, std::string_view unit,
                 Diagnostics& diagnostics) {
  if (value.value <= most) return true;
  diagnostics.report(value.span, msg::AboveMost{std::string(clause), most, std::string(unit), source_text(value)})
      .note("schedules, plans and calendars are built one set, round and week at a time; the limits keep them to a size a "
            "program can mean");
  return false;
}

std::optional<Converted> convert(const ast::Amount& amount, const Expect& expect, Diagnostics& diagnostics) {
  // A number already reported as too large says nothing more.
  if (!amount.low.valid || (amount.high && !amount.high->valid)) return std::nullopt;
  // A unit on one end applies to both: `20..30s` is 20 to 30 seconds.
  const std::optional<ast::Name>& low_word = amount.low_unit ? amount.low_unit : amount.high_unit;
  const std::optional<ast::Name>& high_word = amount.high_unit ? amount.high_unit : amount.low_unit;
  std::optional<Unit> low_unit, high_unit;
  if (low_word) {
    low_unit = resolve_unit(*low_word, expect, diagnostics);
    if (!low_unit) return std::nullopt;
  }
  if (high_word && amount.high) {
    high_unit = &high_word == &low_word ? low_unit : resolve_unit(*high_word, expect, diagnostics);
    if (!high_unit) return std::nullopt;
  }
  if (!low_word) {
    if (!expect.unitless) {
      auto d = diagnostics.report(amount.span, msg::NeedsUnit{std::string(expect.clause)});
      d.help(fmt::format("write {}", example(expect.dimensions.front())));
      if (expect.dimensions.front() == Dimension::Time) {
        d.fix(Span{amount.span.file, amount.span.end, amount.span.end}, "s");
      }
      return std::nullopt;
    }
    low_unit = high_unit = Unit{*expect.unitless, 1, ""};
  }
  if (low_unit && high_unit && low_unit->dimension != high_unit->dimension) {
    diagnostics.report(amount.span, msg::RangeUnitsDiffer{})
        .help("give both ends in the same kind of unit, as in `20..30s`");
    return std::nullopt;
  }

  Converted out{};
  out.dimension = low_unit->dimension;
  double low = amount.low.value * low_unit->factor;
  std::optional<double> high;
  if (amount.high) high = amount.high->value * high_unit->factor;
  bool whole = expect.whole || out.dimension == Dimension::Weeks || out.dimension == Dimension::Days;

  bool ok = true;
  for (const ast::Number* n : {&amount.low, amount.high ? &*amount.high : nullptr}) {
    if (n == nullptr) continue;
    if (n->value < 0 || (n->value == 0 && !expect.allow_zero)) {
      auto d = diagnostics.report(n->span, msg::NotMoreThanZero{std::string(expect.clause), source_text(*n)});
      if (n->value == 0) d.help(fmt::format("to leave it out, remove the `{}` clause", expect.clause));
      ok = false;
    } else if (whole && !n->integer) {
      diagnostics.report(n->span, msg::NotWholeNumber{std::string(expect.clause), n->value})
          .help(fmt::format("round to {}", std::lround(n->value)));
      ok = false;
    }
  }
  if (expect.most) {
    for (const ast::Number* n : {&amount.low, amount.high ? &*amount.high : nullptr}) {
      if (n != nullptr && !within_most(*n, expect.clause, static_cast<int>(*expect.most), "", diagnostics)) ok = false;
    }
  }
  if (!ok) return std::nullopt;
  if (high && *high < low) {
    auto d = diagnostics.report(amount.span, msg::RangeGoesDown{source_text(amount.low), source_text(*amount.high)});
    d.help(fmt::format("write the smaller number first: `{}..{}`", source_text(*amount.high), source_text(amount.low)));
    d.fix(amount.low.span, source_text(*amount.high));
    d.fix(amount.high->span, source_text(amount.low));
    return std::nullopt;
  }
  out.range = program::Range{low, high ? *high : low};
  return out;
}

namespace {

bool has_unit(const ast::Amount& a) { return a.low_unit || a.high_unit; }

// The steps a dose worked out from the quantity is written in.
program::Measure measure_of(Dimension dimension) {
  switch (dimension) {
    case Dimension::Time: return program::Measure::Seconds;
    case Dimension::Distance: return program::Measure::Metres;
    default: return program::Measure::Count;
  }
}

// `2 -> 5 breaths`: a unit on one end of a progression applies to the other,
// as it does across a range.
ast::Amount with_unit_of(ast::Amount amount, const ast::Amount& other) {
  if (!has_unit(amount) && has_unit(other)) amount.high_unit = other.high_unit ? other.high_unit : other.low_unit;
  return amount;
}

}  // namespace

std::optional<ConvertedQuantity> convert(const ast::Quantity& dose, const Expect& expect, Diagnostics& diagnostics) {
  if (dose.end && has_unit(dose.start) != has_unit(*dose.end)) {
    ast::Quantity filled = dose;
    filled.start = with_unit_of(dose.start, *dose.end);
    filled.end = with_unit_of(*dose.end, dose.start);
    return convert(filled, expect, diagnostics);
  }
  auto start = convert(dose.start, expect, diagnostics);
  if (!start) return std::nullopt;
  ConvertedQuantity out{program::Quantity{start->range, std::nullopt, measure_of(start->dimension)}, start->dimension};
  if (!dose.end) {
    if (dose.over) {
      diagnostics.report(dose.over->span, msg::OverWithoutEnd{})
          .help("say where it goes, as in `5s -> 30s over 10 days`, or remove `over`");
    }
    return out;
  }
  auto end = convert(*dose.end, expect, diagnostics);
  if (!end) return std::nullopt;
  if (end->dimension != start->dimension) {
    diagnostics.report(dose.span, msg::ProgressionUnitsDiffer{})
        .help("write both ends as times, as in `5s -> 30s`, or both as counts");
    return std::nullopt;
  }
  if (end->range.min < start->range.min || end->range.max.value_or(0) < start->range.max.value_or(0)) {
    auto d = diagnostics.report(dose.span, msg::ProgressionGoesDown{});
    d.help("a progression goes from the first dose to a larger one, as in `5 -> 15`");
    d.note("to lower a dose in later weeks, write a phase: `weeks 5-8 { ... }`");
    return std::nullopt;
  }
  out.quantity.end = end->range;
  if (dose.over) {
    out.quantity.over = convert_length(*dose.over, "over", diagnostics);
    if (!out.quantity.over) return std::nullopt;
  }
  return out;
}

std::optional<program::Length> convert_length(const ast::Amount& amount, std::string_view clause, Diagnostics& diagnostics) {
  auto converted = convert(amount, Expect{clause, {Dimension::Weeks, Dimension::Days}, std::nullopt, true}, diagnostics);
  if (!converted) return std::nullopt;
  if (converted->range.max != converted->range.min) {
    std::string what = clause == "program" ? "a program's length" : fmt::format("`{}`", clause);
    diagnostics.report(amount.span, msg::LengthRange{what})
        .help(fmt::format("give one number, as in `{} {}`", clause, clause == "program" ? "8 weeks" : "10 days"));
    return std::nullopt;
  }
  bool weeks = converted->dimension == Dimension::Weeks;
  if (!within_most(amount.low, clause, weeks ? kMostWeeks : kMostDays, weeks ? " weeks" : " days", diagnostics)) {
    return std::nullopt;
  }
  int count = static_cast<int>(converted->range.min);
  return program::Length{weeks ? count * kDaysPerWeek : count, weeks ? TimeUnit::Weeks : TimeUnit::Days};
}

std::optional<program::Range> convert_score(const ast::Score& score, std::string_view what, Diagnostics& diagnostics) {
  if (score.scale && score.scale->value != 10) {
    diagnostics.report(score.scale->span, msg::WrongScale{std::string(what), format_number(score.scale->value)})
        .help("write the score as `N/10`");
    return std::nullopt;
  }
  ast::Amount as_amount;
  as_amount.low = score.low;
  as_amount.high = score.high;
  as_amount.span = score.span;
  return convert_rpe(as_amount, diagnostics);
}

std::optional<program::Range> convert_rpe(const ast::Amount& amount, Diagnostics& diagnostics) {
  for (const ast::Number* n : {&amount.low, amount.high ? &*amount.high : nullptr}) {
    if (n && !n->valid) return std::nullopt;
    if (n && (n->value < 0 || n->value > 10)) {
      diagnostics.report(n->span, msg::ScoreOutside{format_number(n->value)}).emit();
      return std::nullopt;
    }
  }
  Expect expect{"score", {Dimension::Count}, Dimension::Count, false, true};
  auto converted = convert(amount, expect, diagnostics);
  if (!converted) return std::nullopt;
  return converted->range;
}

}  // namespace regimen
