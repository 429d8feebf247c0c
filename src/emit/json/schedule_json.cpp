#include "emit/json/schedule_json.h"

#include "emit/json/values_json.h"

namespace regimen {
namespace {

using nlohmann::json;
using namespace json_values;

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json count_or_null(int n) { return n > 0 ? json(n) : json(nullptr); }

json week_dose(const schedule::WeekDose& d) {
  json out = {{"reps", nullptr},
              {"hold_seconds", nullptr},
              {"hold_breaths", nullptr},
              {"sets", d.sets},
              {"duration_seconds", nullptr},
              {"distance_metres", nullptr},
              {"rest_seconds", number(d.rest_seconds)},
              {"each_seconds", nullptr},
              {"estimated", d.estimated},
              {"load", optional(d.load, load)},
              {"effort_percent", d.effort_percent ? number(*d.effort_percent) : json(nullptr)}};
  auto held = [&](const schedule::HeldFor& h) {
    out["hold_seconds"] = number(h.seconds);
    if (h.breaths) out["hold_breaths"] = *h.breaths;
  };
  std::visit(
      [&](const auto& w) {
        using T = std::decay_t<decltype(w)>;
        if constexpr (std::is_same_v<T, schedule::RepsWork>) {
          out["reps"] = w.reps;
          if (w.each) held(*w.each);
          if (w.each_seconds) out["each_seconds"] = number(*w.each_seconds);
        } else if constexpr (std::is_same_v<T, schedule::HoldWork>) {
          held(w.hold);
        } else if constexpr (std::is_same_v<T, schedule::TimeWork>) {
          out["duration_seconds"] = number(w.seconds);
        } else {
          static_assert(std::is_same_v<T, schedule::DistanceWork>, "every form of work is written");
          out["distance_metres"] = number(w.metres);
        }
      },
      d.work);
  return out;
}

}  // namespace

nlohmann::json schedule_to_json(const program::Program& program, const schedule::Stretch& stretch,
                                schedule::DoseChoice dose, const std::vector<schedule::SessionTimeline>& sessions) {
  json out_sessions = json::array();
  for (const auto& [session, timeline] : sessions) {
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
                           {"side", i.toward ? json(i.toward->id) : i.side ? json(to_string(*i.side)) : json(nullptr)},
                           {"what", i.what},
                           {"estimated", i.estimated},
                           {"cue", i.cue}});
    }
    out_sessions.push_back({{"title", text_or_null(session->title)},
                            {"origin", schedule::to_string(session->origin)},
                            {"frequency", optional(session->frequency, frequency)},
                            {"total_seconds", number(timeline.total_seconds)},
                            {"estimated", timeline.estimated},
                            {"intervals", intervals}});
  }
  const program::Block* stage = schedule::stage_on(program, stretch.days.first);
  return {{"format", "regimen-schedule"},
          {"version", kScheduleJsonVersion},
          {"title", text_or_null(program.title)},
          {"day", stretch.days.first},
          {"period", day_range(stretch.days)},
          {"counted_from", stretch.from_stage_start ? "stage" : "program"},
          {"stage", stage == nullptr ? json(nullptr) : json(stage->title)},
          {"dose", schedule::to_string(dose)},
          {"sessions", out_sessions}};
}

namespace {

json plan_sessions(const std::vector<schedule::PlanSession>& sessions) {
  json out = json::array();
  for (const auto& s : sessions) {
    json entries = json::array();
    for (const auto& e : s.entries) {
      entries.push_back({{"exercise_id", e.exercise_id},
                         {"exercise", e.name},
                         {"section", text_or_null(e.section)},
                         {"dose", week_dose(e.dose)},
                         {"dose_phrase", e.dose_phrase},
                         {"extras", e.extras}});
    }
    out.push_back({{"session", s.session}, {"session_seconds", number(s.session_seconds)}, {"entries", entries}});
  }
  return out;
}

}  // namespace

nlohmann::json plan_to_json(const program::Program& program, const schedule::Plan& plan) {
  json sessions = json::array();
  for (const auto& info : plan.sessions) {
    sessions.push_back({{"title", text_or_null(info.title)},
                        {"origin", schedule::to_string(info.origin)},
                        {"frequency", optional(info.frequency, frequency)}});
  }
  auto periods_json = [](const std::vector<schedule::PlanPeriod>& list) {
    json out = json::array();
    for (const auto& p : list) {
      out.push_back({{"period", day_range(p.days)},
                     {"stage", text_or_null(p.stage)},
                     {"moving_on", text_or_null(p.moving_on)},
                     {"daily_seconds", number(p.daily_seconds)},
                     {"sessions", plan_sessions(p.sessions)}});
    }
    return out;
  };
  json periods = periods_json(plan.periods);
  json undated = json::array();
  for (const auto& s : plan.undated) {
    undated.push_back({{"title", s.title},
                       {"starts", text_or_null(s.starts)},
                       {"moving_on", text_or_null(s.moving_on)},
                       {"periods", periods_json(s.periods)}});
  }
  return {{"format", "regimen-plan"},
          {"version", kScheduleJsonVersion},
          {"title", text_or_null(program.title)},
          {"length", optional(plan.length, length)},
          {"days", plan.days},
          {"ongoing", plan.ongoing},
          {"dose", schedule::to_string(plan.dose)},
          {"frequency", optional(plan.frequency, frequency)},
          {"sessions", sessions},
          {"periods", periods},
          {"undated_stages", undated}};
}

}  // namespace regimen
