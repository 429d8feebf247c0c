// libFuzzer target: routines that compile, lowered to time — one session's
// timeline and the week-by-week plan, at each end of the ranges, as text and
// as JSON (`regimen build --emit schedule, schedule-json, plan, plan-json`).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <vector>

#include "emit/json/schedule_json.h"
#include "emit/text/schedule_text.h"
#include "fuzz_support.h"
#include "schedule/periods.h"
#include "schedule/plan.h"
#include "schedule/sessions.h"
#include "schedule/timeline.h"

namespace {

using regimen::fuzz::fail;
namespace schedule = regimen::schedule;

constexpr schedule::DoseChoice kDoses[] = {schedule::DoseChoice::Low, schedule::DoseChoice::Mid,
                                           schedule::DoseChoice::High};

bool is_length(double seconds) { return std::isfinite(seconds) && seconds >= 0; }

// A timeline is a run of intervals end to end, from nothing to its total.
void check_timeline(const schedule::Timeline& timeline) {
  double t = 0;
  for (const auto& interval : timeline.intervals) {
    if (!is_length(interval.duration)) fail("an interval whose length is no length of time");
    if (interval.start != t) fail("an interval that does not start where the one before it ends");
    t += interval.duration;
  }
  if (timeline.total_seconds != t) fail("a session whose length is not the sum of its intervals");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return regimen::fuzz::with_checked_routine(data, size, [](const regimen::Compilation& compilation) {
    const regimen::program::Program& program = *compilation.program;

    int days = schedule::plan_days(program);
    if (days < 1) fail("a plan of no days");
    std::vector<regimen::program::DayRange> periods = schedule::periods(program, days);
    for (std::size_t i = 0; i < periods.size(); ++i) {
      int first = i == 0 ? 1 : periods[i - 1].last + 1;
      if (periods[i].first != first || periods[i].last < first) fail("stretches of a plan that leave out days or overlap");
    }
    if (periods.back().last != days) fail("a plan that does not reach its last day");
    for (auto dose : kDoses) {
      schedule::Plan plan = schedule::make_plan(program, dose);
      if (plan.periods.size() != periods.size()) fail("a plan without one entry per stretch of days");
      (void)regimen::plan_text(program, plan);
      (void)regimen::plan_to_json(program, plan).dump(2);
    }
    // The first stretch, the last, and one between: where progressions start,
    // end, and stand half way.
    for (std::size_t i : std::set<std::size_t>{0, periods.size() / 2, periods.size() - 1}) {
      for (auto dose : kDoses) {
        schedule::Timeline timeline = schedule::lower_session(program, periods[i], dose);
        check_timeline(timeline);
        // Each session on its own too, as `--emit schedule` writes them.
        std::vector<schedule::Session> split = schedule::sessions(program);
        auto timelines = schedule::lower_sessions(split, periods[i], dose);
        for (const auto& one : timelines) check_timeline(one.timeline);
        (void)regimen::schedule_text(program, regimen::schedule::Stretch{periods[i]}, dose, timelines);
        (void)regimen::schedule_to_json(program, regimen::schedule::Stretch{periods[i]}, dose, timelines).dump(2);
      }
    }
  });
}
