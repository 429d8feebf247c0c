#include "schedule/work.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "base/words.h"
#include "schedule/timeline.h"

namespace regimen::schedule {
namespace {

using words::capitalised;

// The most an open hold lasts, when the prescriber wrote it: " (up to 2
// minutes)". The library's bound only times the session; said to the patient
// it would be a number nobody prescribed.
std::string written_bound(const program::Hold& h) {
  if (!h.bound_seconds || h.bound_from_library) return "";
  return fmt::format(" (up to {})", spoken_seconds(*h.bound_seconds));
}

// A hold after "hold" or "holding each": the words of the prescription, the
// numbers of the week. "30 seconds", "until the pain eases to 2/10".
std::string hold_tail(const program::Hold& h, const HeldFor& held, bool each) {
  std::string length = held.breaths ? plural(*held.breaths, each ? "breath" : "slow breath", each ? "breaths" : "slow breaths")
                                    : spoken_seconds(held.seconds);
  switch (h.kind) {
    case program::HoldKind::Timed: return held.breaths ? "for " + length : length;
    case program::HoldKind::UpTo: return "up to " + length;
    case program::HoldKind::AtLeast: return "for at least " + length;
    case program::HoldKind::UntilPain:
      return fmt::format("until the pain eases to {}/10{}", static_cast<int>(h.until_pain->min), written_bound(h));
    case program::HoldKind::UntilText: return fmt::format("until {}{}", h.until_text, written_bound(h));
    case program::HoldKind::Comfortable: return "as long as comfortable" + written_bound(h);
  }
  return length;
}

// The repetitions as prescribed, the week's number in them: "10
// repetitions", "up to 10 repetitions", "as many repetitions as you can".
std::string count_words(const program::RepCount& count, int reps) {
  return std::visit(
      [&](const auto& c) -> std::string {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, program::Quantity>) {
          return plural(reps, "repetition", "repetitions");
        } else if constexpr (std::is_same_v<T, program::UpTo>) {
          return "up to " + plural(reps, "repetition", "repetitions");
        } else {
          static_assert(std::is_same_v<T, program::AsManyAsYouCan>, "every count is said");
          if (!c.cap) return "as many repetitions as you can";
          return fmt::format("as many repetitions as you can (up to {})", reps);
        }
      },
      count);
}

}  // namespace

std::string tolerated_words(const program::Item& item) { return item.as_tolerated ? ", as tolerated" : ""; }

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

bool both_sides_in_block(const program::Item& item, const WeekDose& d) {
  bool repetitions = std::holds_alternative<RepsWork>(d.work);
  return item.sides.mode == program::SideMode::Alternating ||
         (item.sides.mode == program::SideMode::PerSide && item.sides.switch_by == SideSwitch::PerRep && repetitions);
}

std::vector<Place> places_of(const program::Sides& sides, bool both_in_block) {
  std::vector<Place> out;
  if (!both_in_block && sides.mode == program::SideMode::PerDirection) {
    for (const auto& direction : sides.directions) out.push_back(Place{std::nullopt, direction});
  } else if (!both_in_block && sides.mode != program::SideMode::Bilateral) {
    for (Side side : sides.order) out.push_back(Place{side, std::nullopt});
  }
  if (out.empty()) out.push_back(Place{});
  return out;
}

std::string switch_cue(const Place& place) {
  if (place.toward) return fmt::format("Now {}", place.toward->phrase);
  return fmt::format("Switch to the {} side", to_string(*place.side));
}

std::string work_lead(const program::Item& item, const Place& place) {
  if (place.toward) return capitalised(place.toward->phrase) + ": ";
  if (place.side) return fmt::format("{} side: ", capitalised(std::string(to_string(*place.side))));
  // One side the build did not name: the patient knows which it is.
  if (item.sides.mode == program::SideMode::OneSide) return fmt::format("{} side: ", capitalised(std::string(to_string(item.sides.only))));
  return "";
}

std::pair<std::string, double> work(const program::Item& item, const WeekDose& d, const SessionTiming& session) {
  const Timing& t = item.timing;
  double moves = static_cast<double>(std::max<std::size_t>(1, item.alternation.size()));
  std::string alternation;
  if (!item.alternation.empty()) alternation = fmt::format(", {}", fmt::join(item.alternation, " then "));
  bool both_sides = both_sides_in_block(item, d);
  // The dose as written: for `as advised`, the usual dose the week's numbers
  // come from is only an estimate, and never said.
  std::optional<program::MeasuredDose> written = program::measured(item.dose);
  std::pair<std::string, double> out = std::visit(
      [&](const auto& w) -> std::pair<std::string, double> {
        using T = std::decay_t<decltype(w)>;
        if constexpr (std::is_same_v<T, RepsWork>) {
          int reps = w.reps * (both_sides ? 2 : 1);
          double per_rep = w.each_seconds.value_or(t.seconds_per_rep) + (w.each ? w.each->seconds * moves : 0);
          const auto* prescribed = written ? std::get_if<program::RepsDose>(&*written) : nullptr;
          std::string what = prescribed ? count_words(prescribed->reps, w.reps) : plural(w.reps, "repetition", "repetitions");
          if (both_sides) what += " each side, alternating";
          if (w.each_seconds) what += fmt::format(", {} each", spoken_seconds(*w.each_seconds));
          if (w.each && prescribed && prescribed->hold_each) what += ", holding each " + hold_tail(*prescribed->hold_each, *w.each, true);
          return {what + alternation, reps * per_rep};
        } else if constexpr (std::is_same_v<T, HoldWork>) {
          const program::Hold* hold = written ? program::hold_of(*written) : nullptr;
          std::string what = hold ? "hold " + hold_tail(*hold, w.hold, false) : "hold " + spoken_seconds(w.hold.seconds);
          return {what + alternation, w.hold.seconds * moves};
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
  if (std::holds_alternative<program::AdvisedDose>(item.dose)) out.first = "as your therapist showed you" + alternation;
  return out;
}

std::string dose_phrase(const program::Item& item, const WeekDose& d, const SessionTiming& session) {
  bool alternating = both_sides_in_block(item, d);
  std::string what = work(item, d, session).first;
  // A held position repeated is "5 times", not "5 sets".
  bool repetitions = std::holds_alternative<RepsWork>(d.work);
  std::string out = d.sets <= 1 ? what : repetitions ? fmt::format("{} sets: {}", d.sets, what) : fmt::format("{}, {} times", what, d.sets);
  if (!alternating && item.sides.mode == program::SideMode::PerSide) out += ", on each side";
  if (item.sides.mode == program::SideMode::PerDirection) out += fmt::format(", toward {}", fmt::join(program::order_words(item.sides), ", "));
  if (item.sides.mode == program::SideMode::OneSide) out += ", " + one_side_phrase(item.sides);
  return out + tolerated_words(item);
}

std::string one_side_phrase(const program::Sides& sides) {
  bool patient_side = sides.only == OnlySide::Affected || sides.only == OnlySide::Unaffected;
  if (sides.order.empty()) return fmt::format("{} side only", to_string(sides.only));
  std::string side = fmt::format("{} side only", to_string(sides.order.front()));
  return patient_side ? fmt::format("{} (the {} side)", side, to_string(sides.only)) : side;
}

std::string spoken_seconds(double seconds) {
  long long s = std::llround(seconds);
  if (s < 60) return plural(static_cast<int>(s), "second", "seconds");
  std::string out = plural(static_cast<int>(s / 60), "minute", "minutes");
  if (s % 60) out += " " + plural(static_cast<int>(s % 60), "second", "seconds");
  return out;
}

}  // namespace regimen::schedule
