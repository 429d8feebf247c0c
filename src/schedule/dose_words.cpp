#include "schedule/dose_words.h"

#include <fmt/format.h>

#include <cmath>

#include "base/words.h"
#include "vocab/calendar.h"
#include "schedule/dose_extras.h"
#include "schedule/timeline.h"
#include "schedule/week_dose.h"

namespace regimen::schedule {
namespace {

using words::capitalised;
using program::Range;

std::string number(double value) { return fmt::format("{:g}", value); }

bool single(const Range& r) { return !r.max || *r.max == r.min; }

// Counts shown to patients are whole: a progression halfway between 5 and 8
// repetitions is 6 or 7, never 6.5.
Range whole(Range r) {
  r.min = std::round(r.min);
  if (r.max) r.max = std::round(*r.max);
  return r;
}

// "10 repetitions", "10 to 15 repetitions", "1 repetition".
std::string count(const Range& r, std::string_view one, std::string_view many) {
  if (single(r)) return fmt::format("{} {}", number(r.min), r.min == 1 ? one : many);
  return fmt::format("{} to {} {}", number(r.min), number(*r.max), many);
}

std::string pain_words(const Range& r) {
  return single(r) ? fmt::format("about {} out of 10", number(r.min))
                   : fmt::format("about {} to {} out of 10", number(r.min), number(*r.max));
}

// " with your left leg only", " on the affected side only", " with your left
// leg only (the affected side)".
std::string one_side_words(const program::Sides& sides) {
  bool patient_side = sides.only == OnlySide::Affected || sides.only == OnlySide::Unaffected;
  std::string which = sides.order.empty() ? fmt::format("{}", to_string(sides.only)) : std::string(to_string(sides.order.front()));
  std::string whose = sides.order.empty() ? "the" : "your";
  std::string out = sides.limb ? fmt::format(" with {} {} {} only", whose, which, to_string(*sides.limb))
                               : fmt::format(" on {} {} side only", whose, which);
  if (patient_side && !sides.order.empty()) out += fmt::format(" (the {} side)", to_string(sides.only));
  return out;
}

std::string sides_words(const program::Item& item) {
  switch (item.sides.mode) {
    case program::SideMode::PerSide: return " on each side";
    case program::SideMode::Alternating: return ", alternating sides";
    case program::SideMode::PerDirection:
      return item.sides.directions.empty() ? " in each direction" : fmt::format(" in each direction ({})", fmt::join(program::order_words(item.sides), ", "));
    case program::SideMode::OneSide: return one_side_words(item.sides);
    case program::SideMode::Bilateral: return "";
  }
  return "";
}

std::string hold_amount(const program::Hold& hold, const Range& amount) {
  if (hold.unit == program::HoldUnit::Breaths) return count(whole(amount), "breath", "breaths");
  return seconds_words(amount);
}

// The hold alone: "Hold 20 to 30 seconds", "Hold until the pain eases to
// about 2 out of 10, up to 2 minutes". The most an open hold lasts is said
// only when the routine wrote it: the library's bound just times the session.
std::string hold_sentence(const program::Hold& hold, const Range& amount) {
  std::string bound = hold.bound_seconds && !hold.bound_from_library
                          ? fmt::format(", up to {}", spoken_seconds(*hold.bound_seconds))
                          : "";
  switch (hold.kind) {
    case program::HoldKind::Timed:
      if (hold.amount_from_library) return "Hold for a few seconds";
      return hold.unit == program::HoldUnit::Breaths ? "Hold for " + hold_amount(hold, amount) : "Hold " + hold_amount(hold, amount);
    case program::HoldKind::UpTo: return "Hold for up to " + hold_amount(hold, amount);
    case program::HoldKind::Comfortable: return "Hold for as long as it is comfortable" + bound;
    case program::HoldKind::AtLeast: return "Hold for at least " + hold_amount(hold, amount);
    case program::HoldKind::UntilPain: {
      std::string target = hold.until_pain ? pain_words(*hold.until_pain) : "a low level";
      if (hold.start_pain)
        return fmt::format("Start where the pain is {}, then hold until it eases to {}{}", pain_words(*hold.start_pain), target, bound);
      return fmt::format("Hold until the pain eases to {}{}", target, bound);
    }
    case program::HoldKind::UntilText: return fmt::format("Hold until {}{}", hold.until_text, bound);
  }
  return "Hold";
}

// The repetitions as prescribed: "10 to 15 repetitions", "up to 10
// repetitions", "as many repetitions as you can, up to 20".
template <typename AtWeek>
std::string reps_words(const program::RepCount& reps, const AtWeek& at) {
  return std::visit(
      [&](const auto& c) -> std::string {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, program::Quantity>) {
          return count(whole(at(c)), "repetition", "repetitions");
        } else if constexpr (std::is_same_v<T, program::UpTo>) {
          return "up to " + count(whole(at(c.most)), "repetition", "repetitions");
        } else {
          static_assert(std::is_same_v<T, program::AsManyAsYouCan>, "every count is said");
          if (!c.cap) return "as many repetitions as you can";
          return fmt::format("as many repetitions as you can (up to {})", number(c.cap->max.value_or(c.cap->min)));
        }
      },
      reps);
}

std::string metres_words(const Range& r) {
  double top = r.max.value_or(r.min);
  if (top >= 1000) {
    Range km{r.min / 1000, r.max ? std::optional<double>(*r.max / 1000) : std::nullopt};
    return single(km) ? fmt::format("{} km", number(km.min)) : fmt::format("{} to {} km", number(km.min), number(*km.max));
  }
  return count(r, "metre", "metres");
}

// A progression with no time to spread over (no program length, no phase
// and no `over`) stays at its start in every week; its end is still the
// prescription, said as written: "Build up to 15 repetitions."
std::string unspread_ends(const program::Item& item) {
  std::vector<std::string> out;
  auto unspread = [&](const program::Quantity& q) { return q.end && !progression_time(q.over, item.days); };
  if (unspread(item.sets)) out.push_back(count(whole(*item.sets.end), "set", "sets"));
  std::visit(
      [&](const auto& dose) {
        using T = std::decay_t<decltype(dose)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          if (const auto* q = std::get_if<program::Quantity>(&dose.reps); q && unspread(*q))
            out.push_back(count(whole(*q->end), "repetition", "repetitions"));
          if (const auto* up = std::get_if<program::UpTo>(&dose.reps); up && unspread(up->most))
            out.push_back("as many as " + count(whole(*up->most.end), "repetition", "repetitions"));
          if (dose.each_seconds && unspread(*dose.each_seconds)) out.push_back(seconds_words(*dose.each_seconds->end) + " each");
          if (dose.hold_each && unspread(dose.hold_each->amount))
            out.push_back("holding each for " + hold_amount(*dose.hold_each, *dose.hold_each->amount.end));
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          if (unspread(dose.hold.amount)) out.push_back("holding for " + hold_amount(dose.hold, *dose.hold.amount.end));
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          if (unspread(dose.seconds)) out.push_back(seconds_words(*dose.seconds.end));
        } else if constexpr (std::is_same_v<T, program::DistanceDose>) {
          if (unspread(dose.metres)) out.push_back(metres_words(*dose.metres.end));
        }
      },
      item.dose);
  if (out.empty()) return "";
  return fmt::format(" Build up to {}.", words::and_list(out));
}

std::string dose_words_at(const program::Item& item, int day) {
  // The day's amounts in clinician steps: the numbers the plan and the schedule give.
  auto at = [&](const program::Quantity& q) { return at_day(q, day, item.days); };
  auto at_time = at;
  Range sets = whole(at(item.sets));
  bool several_sets = !single(sets) || sets.min > 1;
  std::string sides = sides_words(item);
  std::string alternation = item.alternation.empty() ? "" : fmt::format(", alternating {}", words::and_list(item.alternation));
  // Repetitions come in sets ("2 sets of 10 repetitions"); anything else is
  // done a number of times ("Do this 5 times").
  std::string again = several_sets ? fmt::format(" Do this {}.", count(sets, "time", "times")) : "";
  std::string tolerated = item.as_tolerated ? ", as tolerated" : "";
  return std::visit(
      [&](const auto& dose) -> std::string {
        using T = std::decay_t<decltype(dose)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          std::string reps = reps_words(dose.reps, at);
          std::string out = several_sets ? fmt::format("{} of {}", count(sets, "set", "sets"), reps) : reps;
          out += sides;
          if (dose.each_seconds) out += fmt::format(", {} each", seconds_words(at_time(*dose.each_seconds)));
          if (dose.hold_each) {
            const program::Hold& h = *dose.hold_each;
            if (h.amount_from_library) out += ", holding each for a few seconds";
            else if (h.kind == program::HoldKind::Timed) out += ", holding each for " + hold_amount(h, at_time(h.amount));
            else out += ". " + hold_sentence(h, at_time(h.amount)) + " each time";
          }
          return capitalised(out + alternation + tolerated) + ".";
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          std::string hold = hold_sentence(dose.hold, at_time(dose.hold.amount));
          // After a clause of its own ("..., up to 1 minute"), the side is one
          // too: it says which leg, not how the minute is spent.
          if (hold.find(',') != std::string::npos && !sides.empty() && sides.front() == ' ') sides = "," + sides;
          return hold + sides + alternation + tolerated + "." + again;
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          return "Keep going for " + seconds_words(at_time(dose.seconds)) + sides + alternation + tolerated + "." + again;
        } else if constexpr (std::is_same_v<T, program::DistanceDose>) {
          return "Cover " + metres_words(at(dose.metres)) + sides + alternation + tolerated + "." + again;
        } else {
          static_assert(std::is_same_v<T, program::AdvisedDose>, "every dose form is said");
          return "As your therapist showed you" + (sides.empty() || sides.front() == ',' ? sides : "," + sides) + alternation + tolerated + ".";
        }
      },
      item.dose);
}

}  // namespace

std::string dose_words(const program::Item& item, int day) { return dose_words_at(item, day) + unspread_ends(item); }

std::string times_words(const Range& r, std::string_view period) {
  if (single(r)) {
    if (r.min == 1) return fmt::format("Once a {}", period);
    if (r.min == 2) return fmt::format("Twice a {}", period);
    return fmt::format("{} times a {}", number(r.min), period);
  }
  return fmt::format("{} to {} times a {}", number(r.min), number(*r.max), period);
}

std::string frequency_words(const program::Frequency& f) {
  std::vector<std::string> times;
  for (const auto& t : f.times) times.push_back(words::spaced(std::string(to_string(t))));
  std::string out;
  if (f.per_day) {
    out = times_words(*f.per_day, "day");
  } else if (!times.empty()) {
    out = times_words(Range{static_cast<double>(times.size()), std::nullopt}, "day");
  }
  if (!times.empty()) out += fmt::format(" ({})", words::and_list(times));

  std::vector<std::string> days;
  for (Weekday d : f.days) days.push_back(day_name(d));
  if (f.per_week) {
    if (out.empty()) {
      out = times_words(*f.per_week, "week");
    } else {
      const Range& w = *f.per_week;
      out += single(w) ? fmt::format(", {} {} a week", number(w.min), w.min == 1 ? "day" : "days")
                       : fmt::format(", {} to {} days a week", number(w.min), number(*w.max));
    }
    if (!days.empty()) out += ", on " + words::and_list(days);
  } else if (!days.empty()) {
    out += (out.empty() ? "On " : ", on ") + words::and_list(days);
  } else if (!out.empty()) {
    out += ", every day";
  }
  return out;
}

std::string how_often_sentence(const program::Item& item) {
  return item.frequency ? fmt::format("How often: {}.", frequency_words(*item.frequency)) : "";
}

std::string plan_extras(const program::Item& item, int day) {
  std::string out = day_extras(item, day);
  if (std::string often = how_often_sentence(item); !often.empty()) out += (out.empty() ? "" : " ") + often;
  return out;
}

std::string day_dose_words(const program::Item& item, int day) {
  return with_extras(dose_words(item, day), plan_extras(item, day));
}

}  // namespace regimen::schedule
