#include "schedule/timeline.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "base/words.h"
#include "schedule/work.h"

namespace regimen::schedule {
namespace {

using words::capitalised;

// An exercise in session order, or the rest between two rounds of a circuit.
struct Step {
  const program::Item* item = nullptr;
  std::string section;
  int round = 0, rounds = 0;
  double round_rest = 0;
  bool round_rest_estimated = false;  // the circuit gives no rest: the session's usual one
};

// A phase runs in its days; a stage in the days the schedule places it on
// (program.h); other blocks always.
bool active(const program::Block& block, int day) {
  switch (block.kind) {
    case program::Block::Kind::Phase: return block.days && block.days->contains(day);
    case program::Block::Kind::Stage: return block.runs && block.runs->contains(day);
    case program::Block::Kind::Section:
    case program::Block::Kind::Circuit:
    case program::Block::Kind::Session: return true;
  }
  return true;
}

// What a phase gives replaces the same exercise given outside it; so does a stage's.
bool replaces(const program::Block& block) {
  return block.kind == program::Block::Kind::Phase || block.kind == program::Block::Kind::Stage;
}

// Blocks whose title is not a heading in the session: a phase's is its
// days, a stage's and a session's say when, not what.
bool titled(const program::Block& block) {
  return block.kind == program::Block::Kind::Section || block.kind == program::Block::Kind::Circuit;
}

// The exercises named inside the phases that run this day.
void collect_phase_exercises(const std::vector<program::Node>& body, int day, bool in_phase, std::set<std::string>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      if (in_phase) out.insert(item->exercise_id);
    } else {
      const auto& block = std::get<program::Block>(node);
      if (!active(block, day)) continue;
      collect_phase_exercises(block.body, day, in_phase || replaces(block), out);
    }
  }
}

class Collector {
 public:
  Collector(int day, DoseChoice dose, const std::set<std::string>& replaced, const SessionTiming& timing)
      : day_(day), dose_(dose), replaced_(replaced), timing_(timing) {}

  void body(const std::vector<program::Node>& nodes, const std::string& section, bool in_phase, std::vector<Step>& out) {
    for (const auto& node : nodes) {
      if (const auto* item = std::get_if<program::Item>(&node)) {
        if (!in_phase && replaced_.count(item->exercise_id)) continue;
        out.push_back(Step{item, section});
        continue;
      }
      const auto& block = std::get<program::Block>(node);
      if (!active(block, day_)) continue;
      bool phase = in_phase || replaces(block);
      std::string title = titled(block) ? block.title : section;
      if (block.kind != program::Block::Kind::Circuit) {
        body(block.body, title, phase, out);
        continue;
      }
      std::vector<Step> round;
      body(block.body, title, phase, round);
      // A range of rounds or of rest is timed at the session's dose choice,
      // as the exercises' own ranges are.
      int rounds = block.rounds ? static_cast<int>(pick(*block.rounds, program::Measure::Count, dose_)) : 1;
      double rest = block.rest_seconds ? pick(*block.rest_seconds, program::Measure::Seconds, dose_)
                                       : timing_.round_rest_seconds;
      for (int r = 1; r <= rounds; ++r) {
        if (r > 1) out.push_back(Step{nullptr, title, r, rounds, rest, !block.rest_seconds && !timing_.round_rest_written});
        for (Step s : round) {
          s.round = r;
          s.rounds = rounds;
          out.push_back(s);
        }
      }
    }
  }

 private:
  int day_;
  DoseChoice dose_;
  const std::set<std::string>& replaced_;
  const SessionTiming& timing_;
};

}  // namespace

std::string_view to_string(Interval::Kind kind) {
  switch (kind) {
    case Interval::Kind::GetReady: return "get_ready";
    case Interval::Kind::Work: return "work";
    case Interval::Kind::Rest: return "rest";
    case Interval::Kind::SwitchSide: return "switch_side";
    case Interval::Kind::Transition: return "transition";
    case Interval::Kind::RoundRest: return "round_rest";
  }
  return "work";
}

std::set<std::string> phase_exercises(const program::Program& program, int day) {
  std::set<std::string> out;
  collect_phase_exercises(program.body, day, false, out);
  return out;
}

std::string clock(double seconds) {
  long long s = std::llround(seconds);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

Timeline lower_session(const program::Program& program, const program::DayRange& period, DoseChoice dose) {
  const SessionTiming& session = program.session_timing;
  int day = period.first;
  std::set<std::string> replaced = phase_exercises(program, day);
  std::vector<Step> steps;
  Collector(day, dose, replaced, session).body(program.body, "", false, steps);

  Timeline out;
  out.period = period;
  out.dose = dose;
  double t = 0;
  auto add = [&](Interval interval) {
    interval.start = t;
    t += interval.duration;
    out.intervals.push_back(std::move(interval));
  };
  bool first = true;
  for (const auto& step : steps) {
    if (step.item == nullptr) {
      Interval rest;
      rest.kind = Interval::Kind::RoundRest;
      rest.duration = step.round_rest;
      rest.section = step.section;
      rest.round = step.round;
      rest.rounds = step.rounds;
      rest.what = fmt::format("rest before round {} of {}", step.round, step.rounds);
      // A rest the circuit does not give is the schedule's estimate, and says so.
      rest.estimated = step.round_rest_estimated;
      rest.cue = fmt::format("Rest {}{}. Round {} of {} next", rest.estimated ? "about " : "",
                             spoken_seconds(step.round_rest), step.round, step.rounds);
      out.estimated = out.estimated || rest.estimated;
      if (step.round_rest > 0) add(rest);
      continue;
    }
    const program::Item& item = *step.item;
    WeekDose d = dose_at(item, day, dose);
    out.entries.push_back(Entry{&item, d, step.section, step.round, step.rounds});
    out.estimated = out.estimated || d.estimated;
    Interval base;
    base.exercise_id = item.exercise_id;
    base.exercise_name = item.name;
    base.section = step.section;
    base.round = step.round;
    base.rounds = step.rounds;

    Interval lead = base;
    lead.kind = first ? Interval::Kind::GetReady : Interval::Kind::Transition;
    lead.duration = first ? session.get_ready_seconds : session.transition_seconds;
    lead.what = first ? "get into position" : "move to the next exercise";
    lead.cue = fmt::format("{}: {}", first ? "Get ready" : "Next", item.name);
    add(lead);
    first = false;

    // The places worked one after the other in each set; alternating work
    // covers both sides in one block.
    std::vector<Place> places = places_of(item.sides, both_sides_in_block(item, d));
    bool directions = item.sides.mode == program::SideMode::PerDirection;
    auto [work_what, seconds] = work(item, d, session);
    std::string what = work_what + tolerated_words(item);

    for (int set = 1; set <= d.sets; ++set) {
      for (std::size_t i = 0; i < places.size(); ++i) {
        if (i > 0) {
          Interval change = base;
          change.kind = Interval::Kind::SwitchSide;
          change.duration = session.side_switch_seconds;
          change.set = set;
          change.sets = d.sets;
          change.side = places[i].side;
          change.toward = places[i].toward;
          change.what = directions ? "change direction" : "change sides";
          change.cue = switch_cue(places[i]);
          add(change);
        }
        Interval work_interval = base;
        work_interval.kind = Interval::Kind::Work;
        work_interval.duration = seconds;
        work_interval.set = set;
        work_interval.sets = d.sets;
        work_interval.side = places[i].side;
        work_interval.toward = places[i].toward;
        work_interval.what = what;
        work_interval.estimated = d.estimated;
        std::string where = work_lead(item, places[i]);
        work_interval.cue = where.empty() ? capitalised(what) : where + what;
        add(work_interval);
      }
      if (set < d.sets && d.rest_seconds > 0) {
        Interval rest = base;
        rest.kind = Interval::Kind::Rest;
        rest.duration = d.rest_seconds;
        rest.set = set;
        rest.sets = d.sets;
        rest.what = "rest";
        // A rest that neither the line nor the routine's timing gives is the
        // schedule's estimate (the library's usual rest, or the default): the
        // handout says none, so the timer says "about".
        rest.estimated = !item.rest_seconds && !item.timing.rest_written;
        rest.cue = fmt::format("Rest {}{}", rest.estimated ? "about " : "", spoken_seconds(d.rest_seconds));
        out.estimated = out.estimated || rest.estimated;
        add(rest);
      }
    }
  }
  out.total_seconds = t;
  return out;
}

}  // namespace regimen::schedule
