#include "player/step_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>
#include <vector>

namespace regimen::player {
namespace {

using schedule::clock;
using schedule::Interval;
using Kind = Interval::Kind;

bool names_its_exercise(const Interval& interval) {
  // These cues already read "Get ready: Cat-camel" and "Next: Cat-camel".
  return interval.kind == Kind::GetReady || interval.kind == Kind::Transition;
}

// "left side", or for work toward a direction the library's words for it:
// "to the left", "clockwise".
std::string side_words(const Interval& interval) {
  if (interval.toward) return interval.toward->phrase;
  return fmt::format("{} side", to_string(*interval.side));
}

}  // namespace

std::string step_name(const Interval& interval) {
  if (!interval.exercise_name.empty()) return interval.exercise_name;
  return interval.section.empty() ? "Rest" : interval.section;
}

std::string step_headline(const Interval& interval) {
  if (names_its_exercise(interval)) return interval.cue;
  return fmt::format("{} — {}", step_name(interval), interval.cue);
}

std::string step_place(const Interval& interval, std::string_view separator) {
  std::vector<std::string> parts;
  if (interval.sets > 1) parts.push_back(fmt::format("set {} of {}", interval.set, interval.sets));
  if (interval.rounds > 1) parts.push_back(fmt::format("round {} of {}", interval.round, interval.rounds));
  // A side switch names the side it moves to in its cue already.
  if ((interval.side || interval.toward) && interval.kind == Kind::Work) parts.push_back(side_words(interval));
  return fmt::format("{}", fmt::join(parts, separator));
}

std::string plain_line(const Interval& interval) {
  std::string line = fmt::format("[{}] {}", clock(interval.start), step_headline(interval));
  // The rest between rounds says which round comes in its cue.
  if (interval.kind != Kind::RoundRest && !names_its_exercise(interval)) {
    Interval placed = interval;
    placed.side.reset();  // the cue says the side already
    placed.toward.reset();
    std::string place = step_place(placed, ", ");
    if (!place.empty()) line += fmt::format(" ({}{})", interval.kind == Kind::Rest ? "after " : "", place);
  }
  return line;
}

std::string next_phrase(const schedule::Timeline& timeline, std::optional<std::size_t> next) {
  if (!next) return "Next: the end of the session";
  const Interval& step = timeline.intervals.at(*next);
  switch (step.kind) {
    case Kind::Rest:
    case Kind::SwitchSide:
      return fmt::format("Next: {}", step.cue);
    case Kind::RoundRest:
      return fmt::format("Next: rest {} before round {} of {}", schedule::spoken_seconds(step.duration), step.round,
                         step.rounds);
    case Kind::GetReady:
    case Kind::Transition:
      return fmt::format("Next: {}", step_name(step));
    case Kind::Work:
      break;
  }
  return fmt::format("Next: {} — {}", step_name(step), step.cue);
}

std::optional<int> hold_breaths(const Interval& interval) {
  static const std::regex breaths(R"((\d+) (?:slow )?breaths?\b)");
  std::smatch match;
  if (!std::regex_search(interval.what, match, breaths)) return std::nullopt;
  return std::stoi(match[1].str());
}

std::string breath_guidance(const Interval& interval, double done) {
  auto breaths = hold_breaths(interval);
  if (!breaths || *breaths <= 0 || interval.kind != Kind::Work) return "";
  // Only a single hold (not repetitions, not two movements in turn) spreads
  // its breaths evenly over the interval, so only there can we count them.
  bool single_hold = interval.what.rfind("hold", 0) == 0 && interval.what.find(',') == std::string::npos;
  if (!single_hold) return fmt::format("Breathe slowly through each hold: {} {}", *breaths, *breaths == 1 ? "breath" : "breaths");
  double per_breath = interval.duration / *breaths;
  int breath = per_breath > 0 ? static_cast<int>(done / per_breath) + 1 : 1;
  breath = std::clamp(breath, 1, *breaths);
  return fmt::format("Breathe slowly and evenly: breath {} of {}", breath, *breaths);
}

std::string done_line(const schedule::Timeline& timeline) {
  return fmt::format("Done: {}", clock(timeline.total_seconds));
}

std::string stopped_line(const schedule::Timeline& timeline, const Snapshot& snapshot) {
  std::string line = fmt::format("Stopped at {} of {}", clock(snapshot.elapsed), clock(timeline.total_seconds));
  if (snapshot.current) {
    line += fmt::format(", in step {} of {} ({})", *snapshot.current + 1, timeline.intervals.size(),
                        step_name(timeline.intervals[*snapshot.current]));
  }
  return line;
}

}  // namespace regimen::player
