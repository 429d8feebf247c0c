// `progress "add 2 repetitions" every 3 days until reps 15`: a rule the
// patient follows. Its words are the routine's; what is checked is that its
// step is a time, its limit fits the line's dose and lies beyond it, and that
// the line does not also progress with `->`.
#include <fmt/format.h>

#include <type_traits>
#include <variant>

#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

const Expect kLimitReps{"until reps", {Dimension::Count}, Dimension::Count, true};
const Expect kLimitHold{"until hold", {Dimension::Time}, std::nullopt};

std::string range_words(const program::Range& r, std::string_view unit) {
  std::string out = format_number(r.min);
  if (r.max && *r.max != r.min) out += ".." + format_number(*r.max);
  return out + std::string(unit);
}

// The most the line starts at, in the limit's measure; none when its dose has
// no such amount (a hold's limit on a line of plain repetitions).
std::optional<program::Range> starting(const program::Item& item, program::Measure measure) {
  if (measure == program::Measure::Count) {
    const auto* reps = std::get_if<program::RepsDose>(&item.dose);
    if (reps == nullptr) return std::nullopt;
    if (const auto* q = std::get_if<program::Quantity>(&reps->reps)) return q->start;
    if (const auto* up_to = std::get_if<program::UpTo>(&reps->reps)) return up_to->most.start;
    return program::Range{0, 0};  // as many as you can: any limit is past it
  }
  const program::Hold* hold = program::hold_of(item.dose);
  if (hold == nullptr || hold->unit != program::HoldUnit::Seconds) return std::nullopt;
  if (hold->kind != program::HoldKind::Timed && hold->kind != program::HoldKind::UpTo) return program::Range{0, 0};
  return hold->amount.start;
}

// What the line's dose is, for a message: "repetitions", "a hold".
std::string_view dose_form(const program::Dose& dose) {
  return std::visit(
      [](const auto& d) -> std::string_view {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) return d.hold_each ? "held repetitions" : "repetitions";
        else if constexpr (std::is_same_v<T, program::HoldDose>) return "a hold";
        else if constexpr (std::is_same_v<T, program::TimeDose>) return "a time";
        else if constexpr (std::is_same_v<T, program::DistanceDose>) return "a distance";
        else return "a dose your therapist shows you";
      },
      dose);
}

}  // namespace

std::optional<program::ProgressRule> Checker::progress_rule(const ast::Progress& rule, const ast::Prescription& line,
                                                            const program::Item& item) {
  program::ProgressRule out;
  out.text = rule.text;
  out.when = rule.when;
  bool ok = true;
  if (rule.every) {
    out.every = convert_length(*rule.every, "every", diagnostics_);
    ok = ok && out.every.has_value();
  }
  // A line with `->` already says how it grows; a rule beside it would say it twice, perhaps differently.
  std::vector<const ast::Quantity*> written;
  if (line.dose) written = ast::quantities(*line.dose);
  if (line.sets) written.push_back(&*line.sets);
  for (const ast::Quantity* q : written) {
    if (q->end) {
      diagnostics_.report(rule.span, msg::ProgressBesideArrow{})
          .help("keep the `progress` rule and give the line its starting dose, or drop the rule")
          .note("the line progresses here", q->span);
      ok = false;
      break;
    }
  }
  switch (rule.limit) {
    case ast::Progress::Limit::None: break;
    case ast::Progress::Limit::Words: out.limit = rule.limit_words; break;
    case ast::Progress::Limit::Reps:
    case ast::Progress::Limit::Hold: {
      bool reps = rule.limit == ast::Progress::Limit::Reps;
      out.limit_measure = reps ? program::Measure::Count : program::Measure::Seconds;
      auto limit = convert(*rule.limit_amount, reps ? kLimitReps : kLimitHold, diagnostics_);
      if (!limit) {
        ok = false;
        break;
      }
      out.limit = limit->range;
      auto start = starting(item, out.limit_measure);
      if (!start) {
        // The other measure when the line has it; else only words fit.
        bool other = starting(item, reps ? program::Measure::Seconds : program::Measure::Count).has_value();
        std::string help = !other ? "stop the rule at a sign in words (`until \"you can do 15 easily\"`), or give the "
                                    "line a dose to build up from"
                           : reps ? "stop the rule at a hold (`until hold 30s`) or at a sign in words"
                                  : "stop the rule at a count (`until reps 15`) or at a sign in words";
        diagnostics_.report(rule.limit_amount->span, msg::ProgressLimitForm{reps ? "reps" : "hold", line.exercise.text,
                                                                            std::string(dose_form(item.dose))})
            .help(help);
        ok = false;
      } else if (start->max.value_or(start->min) >= limit->range.max.value_or(limit->range.min)) {
        std::string_view unit = reps ? "" : "s";
        diagnostics_.report(rule.limit_amount->span,
                            msg::ProgressLimitBelow{fmt::format("`{}`", range_words(limit->range, unit)),
                                                    fmt::format("`{}`", range_words(*start, unit))})
            .help("a rule builds up from the line's dose: stop it above where the line starts");
        ok = false;
      }
      break;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace regimen::checking
