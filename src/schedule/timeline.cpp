#include "schedule/timeline.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "base/words.h"

namespace regimen::schedule {
namespace {

using words::capitalised;

// An exercise in session order, or the rest between two rounds of a circuit.
struct Step {
  const program::Item* item = nullptr;
  std::string section;
  int round = 0, rounds = 0;
  double round_rest = 0;
};

bool active(const program::Block& block, int day) {
  if (block.kind != program::Block::Kind::Phase) return true;
  return block.days && block.days->contains(day);
}

// The exercises named inside the phases that run this day.
void collect_phase_exercises(const std::vector<program::Node>& body, int day, bool in_phase, std::set<std::string>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      if (in_phase) out.insert(item->exercise_id);
    } else {
      const auto& block = std::get<program::Block>(node);
      if (!active(block, day)) continue;
      collect_phase_exercises(block.body, day, in_phase || block.kind == program::Block::Kind::Phase, out);
    }
  }
}

class Collector {
 public:
  Collector(int day, const std::set<std::string>& replaced, const SessionTiming& timing)
      : day_(day), replaced_(replaced), timing_(timing) {}

  void body(const std::vector<program::Node>& nodes, const std::string& section, bool in_phase, std::vector<Step>& out) {
    for (const auto& node : nodes) {
      if (const auto* item = std::get_if<program::Item>(&node)) {
        if (!in_phase && replaced_.count(item->exercise_id)) continue;
        out.push_back(Step{item, section});
        continue;
      }
      const auto& block = std::get<program::Block>(node);
      if (!active(block, day_)) continue;
      bool phase = in_phase || block.kind == program::Block::Kind::Phase;
      std::string title = block.kind == program::Block::Kind::Phase ? section : block.title;
      if (block.kind != program::Block::Kind::Circuit) {
        body(block.body, title, phase, out);
        continue;
      }
      std::vector<Step> round;
      body(block.body, title, phase, round);
      int rounds = block.rounds.value_or(1);
      double rest = block.rest_seconds ? block.rest_seconds->min : timing_.round_rest_seconds;
      for (int r = 1; r <= rounds; ++r) {
        if (r > 1) out.push_back(Step{nullptr, title, r, rounds, rest});
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
  const std::set<std::string>& replaced_;
  const SessionTiming& timing_;
};

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string hold_phrase(const program::Hold& h, const HeldFor& held) {
  std::string bound = fmt::format("up to {}", spoken_seconds(held.seconds));
  switch (h.kind) {
    case program::HoldKind::UntilPain:
      return fmt::format("hold until the pain eases to {}/10 ({})", static_cast<int>(h.until_pain->min), bound);
    case program::HoldKind::UntilText:
      return fmt::format("hold until {} ({})", h.until_text, bound);
    case program::HoldKind::AtLeast:
      return held.breaths ? fmt::format("hold for at least {}", plural(*held.breaths, "breath", "breaths"))
                          : fmt::format("hold for at least {}", spoken_seconds(held.seconds));
    case program::HoldKind::Timed:
      break;
  }
  return held.breaths ? fmt::format("hold for {}", plural(*held.breaths, "slow breath", "slow breaths"))
                      : fmt::format("hold {}", spoken_seconds(held.seconds));
}

// Per-side work whose side changes with every repetition covers both sides
// in one block of work.
bool both_sides_in_block(const program::Item& item, const WeekDose& d) {
  bool repetitions = std::holds_alternative<RepsWork>(d.work);
  return item.sides.mode == program::SideMode::Alternating ||
         (item.sides.mode == program::SideMode::PerSide && item.sides.switch_by == SideSwitch::PerRep && repetitions);
}

// The cue on changing to `side`: "Switch to the left side"; toward a
// direction, "Now to the left" or "Back to the centre".
std::string switch_cue(Direction side, bool directions) {
  if (!directions) return fmt::format("Switch to the {} side", to_string(side));
  return side == Direction::Centre ? "Back to the centre" : fmt::format("Now to the {}", to_string(side));
}

// What a cue for work on `side` starts with: "Left side: ", "To the left: ", "Centre: ".
std::string work_lead(Direction side, bool directions) {
  if (side == Direction::Centre) return "Centre: ";
  if (directions) return fmt::format("To the {}: ", to_string(side));
  return fmt::format("{} side: ", capitalised(std::string(to_string(side))));
}

// What one block of work is, in words, and how long it takes.
std::pair<std::string, double> work(const program::Item& item, const WeekDose& d, const SessionTiming& session) {
  const Timing& t = item.timing;
  double moves = static_cast<double>(std::max<std::size_t>(1, item.alternation.size()));
  std::string alternation;
  if (!item.alternation.empty()) alternation = fmt::format(", {}", fmt::join(item.alternation, " then "));
  bool both_sides = both_sides_in_block(item, d);
  return std::visit(
      [&](const auto& w) -> std::pair<std::string, double> {
        using T = std::decay_t<decltype(w)>;
        if constexpr (std::is_same_v<T, RepsWork>) {
          int reps = w.reps * (both_sides ? 2 : 1);
          double per_rep = t.seconds_per_rep + (w.each ? w.each->seconds * moves : 0);
          std::string what = plural(w.reps, "repetition", "repetitions");
          if (both_sides) what += " each side, alternating";
          if (w.each) {
            what += w.each->breaths ? fmt::format(", holding each for {}", plural(*w.each->breaths, "breath", "breaths"))
                                    : fmt::format(", holding each {}", spoken_seconds(w.each->seconds));
          }
          return {what + alternation, reps * per_rep};
        } else if constexpr (std::is_same_v<T, HoldWork>) {
          const program::Hold* hold = program::hold_of(item.dose);
          return {hold_phrase(*hold, w.hold) + alternation, w.hold.seconds * moves};
        } else if constexpr (std::is_same_v<T, TimeWork>) {
          return {fmt::format("keep going for {}", spoken_seconds(w.seconds)) + alternation, w.seconds};
        } else {
          static_assert(std::is_same_v<T, DistanceWork>, "every form of work is timed");
          double seconds = std::round(w.metres / session.metres_per_minute * 60);
          std::string distance = w.metres >= 1000 ? fmt::format("{:g} km", w.metres / 1000) : fmt::format("{:g} m", w.metres);
          return {fmt::format("cover {} (about {})", distance, spoken_seconds(seconds)) + alternation, seconds};
        }
      },
      d.work);
}

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

std::string dose_phrase(const program::Item& item, const WeekDose& d, const SessionTiming& session) {
  bool alternating = both_sides_in_block(item, d);
  std::string what = work(item, d, session).first;
  // A held position repeated is "5 times", not "5 sets".
  bool repetitions = std::holds_alternative<RepsWork>(d.work);
  std::string out = d.sets <= 1 ? what : repetitions ? fmt::format("{} sets: {}", d.sets, what) : fmt::format("{}, {} times", what, d.sets);
  if (!alternating && item.sides.mode == program::SideMode::PerSide) out += ", on each side";
  if (item.sides.mode == program::SideMode::PerDirection) out += fmt::format(", toward {}", fmt::join(to_strings(item.sides.order), ", "));
  return out;
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

std::string spoken_seconds(double seconds) {
  long long s = std::llround(seconds);
  if (s < 60) return plural(static_cast<int>(s), "second", "seconds");
  std::string out = plural(static_cast<int>(s / 60), "minute", "minutes");
  if (s % 60) out += " " + plural(static_cast<int>(s % 60), "second", "seconds");
  return out;
}

Timeline lower_session(const program::Program& program, const program::DayRange& period, DoseChoice dose) {
  const SessionTiming& session = program.session_timing;
  int day = period.first;
  std::set<std::string> replaced = phase_exercises(program, day);
  std::vector<Step> steps;
  Collector(day, replaced, session).body(program.body, "", false, steps);

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
      rest.cue = fmt::format("Rest {}. Round {} of {} next", spoken_seconds(step.round_rest), step.round, step.rounds);
      if (step.round_rest > 0) add(rest);
      continue;
    }
    const program::Item& item = *step.item;
    WeekDose d = dose_at(item, day, dose);
    out.entries.push_back(Entry{&item, d, step.section, step.round, step.rounds});
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

    // The sides worked one after the other in each set; alternating work
    // covers both sides in one block.
    bool both_in_block = both_sides_in_block(item, d);
    std::vector<std::optional<Direction>> sides = {std::nullopt};
    if (!both_in_block && item.sides.mode != program::SideMode::Bilateral && !item.sides.order.empty())
      sides.assign(item.sides.order.begin(), item.sides.order.end());
    bool directions = item.sides.mode == program::SideMode::PerDirection;
    auto [what, seconds] = work(item, d, session);

    for (int set = 1; set <= d.sets; ++set) {
      for (std::size_t i = 0; i < sides.size(); ++i) {
        if (i > 0) {
          Interval change = base;
          change.kind = Interval::Kind::SwitchSide;
          change.duration = session.side_switch_seconds;
          change.set = set;
          change.sets = d.sets;
          change.side = sides[i];
          change.toward = directions;
          change.what = directions ? "change direction" : "change sides";
          change.cue = switch_cue(*sides[i], directions);
          add(change);
        }
        Interval work_interval = base;
        work_interval.kind = Interval::Kind::Work;
        work_interval.duration = seconds;
        work_interval.set = set;
        work_interval.sets = d.sets;
        work_interval.side = sides[i];
        work_interval.toward = directions;
        work_interval.what = what;
        std::string where = sides[i] ? work_lead(*sides[i], directions) : "";
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
        rest.cue = fmt::format("Rest {}", spoken_seconds(d.rest_seconds));
        add(rest);
      }
    }
  }
  out.total_seconds = t;
  return out;
}

}  // namespace regimen::schedule
