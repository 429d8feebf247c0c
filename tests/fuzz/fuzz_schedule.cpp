// libFuzzer target: routines that compile, lowered to time — one session's
// timeline and the week-by-week plan, at each end of the ranges, as text and
// as JSON (`regimen build --emit schedule, schedule-json, plan, plan-json`).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>

#include "emit/json/schedule_json.h"
#include "emit/text/schedule_text.h"
#include "fuzz_support.h"
#include "schedule/plan.h"
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

    int weeks = schedule::plan_weeks(program);
    if (weeks < 1) fail("a plan of no weeks");
    for (auto dose : kDoses) {
      schedule::Plan plan = schedule::make_plan(program, dose);
      if (plan.by_week.size() != static_cast<std::size_t>(weeks)) fail("a plan without one entry per week");
      (void)regimen::plan_text(program, plan);
      (void)regimen::plan_to_json(program, plan).dump(2);
    }
    // The first week, the last, and one between: where progressions start,
    // end, and stand half way.
    for (int week : std::set<int>{1, (weeks + 1) / 2, weeks}) {
      for (auto dose : kDoses) {
        schedule::Timeline timeline = schedule::lower_session(program, week, dose);
        check_timeline(timeline);
        (void)regimen::schedule_text(program, timeline);
        (void)regimen::schedule_to_json(program, timeline).dump(2);
      }
    }
  });
}
