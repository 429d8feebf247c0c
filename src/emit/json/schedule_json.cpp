#include "emit/json/schedule_json.h"

#include "emit/json/values_json.h"

namespace regimen {
namespace {

using nlohmann::json;
using namespace json_values;

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json count_or_null(int n) { return n > 0 ? json(n) : json(nullptr); }

json week_dose(const schedule::WeekDose& d) {
  return {{"reps", d.reps ? json(*d.reps) : json(nullptr)},
          {"hold_seconds", d.hold_seconds ? number(*d.hold_seconds) : json(nullptr)},
          {"hold_breaths", d.hold_breaths ? json(*d.hold_breaths) : json(nullptr)},
          {"sets", d.sets},
          {"duration_seconds", d.duration_seconds ? number(*d.duration_seconds) : json(nullptr)},
          {"distance_metres", d.distance_metres ? number(*d.distance_metres) : json(nullptr)},
          {"rest_seconds", number(d.rest_seconds)}};
}

}  // namespace

nlohmann::json schedule_to_json(const program::Program& program, const schedule::Timeline& timeline) {
  json intervals = json::array();
  for (const auto& i : timeline.intervals) {
    intervals.push_back({{"kind", schedule::to_string(i.kind)},
                         {"start_seconds", number(i.start)},
                         {"duration_seconds", number(i.duration)},
                         {"exercise_id", text_or_null(i.exercise_id)},
                         {"exercise", text_or_null(i.exercise_name)},
                         {"section", text_or_null(i.section)},
                         {"set", count_or_null(i.set)},
                         {"sets", count_or_null(i.sets)},
                         {"round", count_or_null(i.round)},
                         {"rounds", count_or_null(i.rounds)},
                         {"side", text_or_null(i.side)},
                         {"what", i.what},
                         {"cue", i.cue}});
  }
  return {{"format", "regimen-schedule"},
          {"version", kScheduleJsonVersion},
          {"title", text_or_null(program.title)},
          {"week", timeline.week},
          {"dose", schedule::to_string(timeline.dose)},
          {"total_seconds", number(timeline.total_seconds)},
          {"intervals", intervals}};
}

nlohmann::json plan_to_json(const program::Program& program, const schedule::Plan& plan) {
  json weeks = json::array();
  for (const auto& w : plan.by_week) {
    json entries = json::array();
    for (const auto& e : w.entries) {
      entries.push_back({{"exercise_id", e.exercise_id},
                         {"exercise", e.name},
                         {"section", text_or_null(e.section)},
                         {"dose", week_dose(e.dose)},
                         {"dose_phrase", e.dose_phrase}});
    }
    weeks.push_back({{"week", w.week}, {"session_seconds", number(w.session_seconds)}, {"entries", entries}});
  }
  return {{"format", "regimen-plan"},
          {"version", kScheduleJsonVersion},
          {"title", text_or_null(program.title)},
          {"weeks", plan.weeks},
          {"dose", schedule::to_string(plan.dose)},
          {"frequency", optional(plan.frequency, frequency)},
          {"by_week", weeks}};
}

}  // namespace regimen
