#include "schedule/session_time.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "schedule/periods.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"

namespace regimen::schedule {
namespace {

std::string minutes_words(double seconds) {
  long minutes = std::max(1L, std::lround(seconds / 60));
  return minutes == 1 ? "1 minute" : fmt::format("{} minutes", minutes);
}

std::string minutes_range(double low, double high) {
  long lo = std::max(1L, std::lround(low / 60)), hi = std::max(1L, std::lround(high / 60));
  return lo == hi ? minutes_words(low) : fmt::format("{} to {} minutes", lo, hi);
}

}  // namespace

std::optional<std::string> session_time_words(const program::Program& program, const program::Program& session) {
  auto span = [](const program::Program& of, const program::DayRange& period) {
    return std::pair{lower_session(of, period, DoseChoice::Low).total_seconds,
                     lower_session(of, period, DoseChoice::High).total_seconds};
  };
  // The time grows with a progression ("by week 8"), or from stage to stage
  // ("in stage Strength"), whose days may not be known. Each stretch with
  // exercises, and the stage it is in: the program's stretches, then those
  // of each stage with no date, from its first day.
  struct Timed {
    program::DayRange days;
    std::string stage;
    double lo = 0, hi = 0;
  };
  std::vector<Timed> timed;
  for (const auto& period : periods(program, plan_days(program))) {
    auto [lo, hi] = span(session, period);
    const program::Block* stage = stage_on(program, period.first);
    if (hi > 0) timed.push_back({period, stage ? stage->title : "", lo, hi});
  }
  for (const program::Block* stage : undated_stages(session)) {
    program::Program staged = in_stage(session, *stage);
    for (const auto& period : periods(staged, plan_days(staged))) {
      auto [lo, hi] = span(staged, period);
      if (hi > 0) timed.push_back({period, stage->title, lo, hi});
    }
  }
  if (timed.empty()) return std::nullopt;
  const Timed& first = timed.front();
  const Timed& last = timed.back();
  std::string out = "About " + minutes_range(first.lo, first.hi);
  auto [lo, hi] = std::pair{last.lo, last.hi};
  if (std::lround(hi / 60) == std::lround(first.hi / 60) && std::lround(lo / 60) == std::lround(first.lo / 60)) return out;
  if (!last.stage.empty() && last.stage != first.stage)
    return out + fmt::format(" at first; about {} in stage {}", minutes_range(lo, hi), last.stage);
  TimeUnit unit = program.length ? program.length->unit : TimeUnit::Weeks;
  return out + fmt::format(" at first; about {} by {}", minutes_range(lo, hi),
                           program::label_in_sentence({last.days.last, last.days.last, unit}));
}

}  // namespace regimen::schedule
