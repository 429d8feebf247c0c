// Frequency: how many sessions a day or a week, at what times, on what days.
#include <fmt/format.h>

#include <algorithm>

#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

const std::vector<std::string> kPeriods = {"day", "week"};
const std::vector<std::string> kRateWords = {"daily", "weekly", "twice_daily"};
const std::vector<std::string> kTimes = {"morning", "midday", "afternoon", "evening", "bedtime"};
const std::vector<std::string> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const std::vector<std::string> kLongDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

std::optional<program::Frequency> Checker::frequency(const ast::Frequency& f) {
  program::Frequency out;
  out.span = f.span;
  bool ok = true;
  auto set_rate = [&](std::optional<program::Range>& slot, program::Range value, const Span& where, std::string_view per) {
    if (slot) {
      diagnostics_.report(DiagCode::DuplicateClause, where, fmt::format("two rates per {}", per))
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
    auto colon = time.text.find(':');
    if (colon != std::string::npos) {
      int hour = std::atoi(time.text.substr(0, colon).c_str());
      int minute = std::atoi(time.text.substr(colon + 1).c_str());
      if (time.text.size() - colon - 1 != 2 || hour > 23 || minute > 59 || colon > 2) {
        diagnostics_.report(DiagCode::UnknownWord, time.span, fmt::format("`{}` is not a time of day", time.text))
            .help("write a 24-hour time such as `07:30` or `18:00`");
        ok = false;
        continue;
      }
      out.times.push_back(fmt::format("{:02}:{:02}", hour, minute));
    } else if (std::find(kTimes.begin(), kTimes.end(), time.text) != kTimes.end()) {
      out.times.push_back(time.text);
    } else {
      unknown_word(time, "time of day", kTimes);
      ok = false;
    }
  }
  for (const auto& day : f.days) {
    auto shortform = std::find(kDays.begin(), kDays.end(), day.text);
    auto longform = std::find(kLongDays.begin(), kLongDays.end(), day.text);
    if (shortform != kDays.end()) {
      out.days.push_back(*shortform);
    } else if (longform != kLongDays.end()) {
      out.days.push_back(kDays[static_cast<std::size_t>(longform - kLongDays.begin())]);
    } else {
      unknown_word(day, "day", kDays);
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace regimen::check
