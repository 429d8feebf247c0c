// Frequency: how many sessions a day or a week, at what times, on what days.
#include <fmt/format.h>

#include <type_traits>
#include <variant>

#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

const std::vector<std::string> kPeriods = {"day", "week"};
const std::vector<std::string> kRateWords = {"daily", "weekly", "twice_daily"};

// How many digits were written: `07` is two, `7` one.
std::size_t digit_count(const ast::Number& n) { return n.span.end - n.span.begin; }

// The clock time as written, for messages: `7:5`, `007:30`.
// A 24-hour time: one or two digits for the hour, two for the minute.
std::optional<ClockTime> clock_time(const ast::ClockTime& t) {
  if (!t.hour.valid || !t.minute.valid || digit_count(t.hour) > 2 || digit_count(t.minute) != 2) return std::nullopt;
  if (t.hour.value > 23 || t.minute.value > 59) return std::nullopt;
  return ClockTime{static_cast<int>(t.hour.value), static_cast<int>(t.minute.value)};
}

}  // namespace

std::optional<program::Frequency> Checker::frequency(const ast::Frequency& f) {
  program::Frequency out;
  out.span = f.span;
  bool ok = true;
  auto set_rate = [&](std::optional<program::Range>& slot, program::Range value, const Span& where, std::string_view per) {
    if (slot) {
      diagnostics_.report(where, msg::RateTwice{std::string(per)})
          .help("give one rate per day and at most one per week, as in `2/day, 5/week`");
      ok = false;
      return;
    }
    slot = value;
  };
  for (const auto& rate : f.rates) {
    if (!rate.count) {
      if (rate.per.text == "daily") {
        set_rate(out.per_day, program::Range{1, 1}, rate.span, "day");
      } else if (rate.per.text == "twice_daily") {
        set_rate(out.per_day, program::Range{2, 2}, rate.span, "day");
      } else if (rate.per.text == "weekly") {
        set_rate(out.per_week, program::Range{1, 1}, rate.span, "week");
      } else {
        unknown_word(rate.per, "frequency", kRateWords);
        ok = false;
      }
      continue;
    }
    auto count = convert(*rate.count, Expect{"frequency", {Dimension::Count}, Dimension::Count, true}, diagnostics_);
    if (!count) {
      ok = false;
      continue;
    }
    if (rate.per.text == "day") {
      set_rate(out.per_day, count->range, rate.span, "day");
    } else if (rate.per.text == "week") {
      set_rate(out.per_week, count->range, rate.span, "week");
    } else {
      unknown_word(rate.per, "period", kPeriods);
      ok = false;
    }
  }
  for (const auto& time : f.times) {
    std::visit(
        [&](const auto& written) {
          using T = std::decay_t<decltype(written)>;
          if constexpr (std::is_same_v<T, ast::Name>) {
            if (auto part = parse_word<PartOfDay>(written.text)) {
              out.times.emplace_back(*part);
            } else {
              unknown_word(written, "time of day", spellings<PartOfDay>());
              ok = false;
            }
          } else {
            static_assert(std::is_same_v<T, ast::ClockTime>, "every written time of day is checked");
            if (auto clock = clock_time(written)) {
              out.times.emplace_back(*clock);
            } else {
              diagnostics_.report(written.span, msg::NotATimeOfDay{written.written})
                  .help("write a 24-hour time such as `07:30` or `18:00`");
              ok = false;
            }
          }
        },
        time);
  }
  for (const auto& day : f.days) {
    if (auto weekday = parse_word<Weekday>(day.text)) {
      out.days.push_back(*weekday);
    } else {
      unknown_word(day, "day", spellings<Weekday>());
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace regimen::check
