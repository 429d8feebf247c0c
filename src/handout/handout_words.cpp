#include "handout/handout_words.h"

#include <fmt/format.h>

#include <cmath>

#include "base/words.h"
#include "schedule/timeline.h"
#include "schedule/week_dose.h"

namespace regimen::handout {
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

std::string sides_words(const program::Item& item) {
  switch (item.sides.mode) {
    case program::SideMode::PerSide: return " on each side";
    case program::SideMode::Alternating: return ", alternating sides";
    case program::SideMode::PerDirection:
      return item.sides.order.empty() ? " in each direction" : fmt::format(" in each direction ({})", fmt::join(to_strings(item.sides.order), ", "));
    case program::SideMode::Bilateral: return "";
  }
  return "";
}

std::string hold_amount(const program::Hold& hold, const Range& amount) {
  if (hold.unit == program::HoldUnit::Breaths) return count(whole(amount), "breath", "breaths");
  return seconds_words(amount);
}

// The hold alone: "Hold 20 to 30 seconds", "Hold until the pain eases to about 2 out of 10, up to 2 minutes".
std::string hold_sentence(const program::Hold& hold, const Range& amount) {
  std::string bound = hold.bound_seconds ? fmt::format(", up to {}", schedule::spoken_seconds(*hold.bound_seconds)) : "";
  switch (hold.kind) {
    case program::HoldKind::Timed:
      if (hold.amount_from_library) return "Hold for a few seconds";
      return hold.unit == program::HoldUnit::Breaths ? "Hold for " + hold_amount(hold, amount) : "Hold " + hold_amount(hold, amount);
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

std::string metres_words(const Range& r) {
  double top = r.max.value_or(r.min);
  if (top >= 1000) {
    Range km{r.min / 1000, r.max ? std::optional<double>(*r.max / 1000) : std::nullopt};
    return single(km) ? fmt::format("{} km", number(km.min)) : fmt::format("{} to {} km", number(km.min), number(*km.max));
  }
  return count(r, "metre", "metres");
}

}  // namespace

std::string humanise(const std::string& word, bool capital) {
  std::string out = word;
  for (char& c : out)
    if (c == '_') c = ' ';
  return capital ? capitalised(out) : out;
}

std::string sentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (text.empty()) return text;
  text = capitalised(std::move(text));
  static const std::string kClosers = ".!?:;)\"'";
  if (kClosers.find(text.back()) == std::string::npos && !text.ends_with("\u201d")) text += '.';
  return text;
}

std::string and_list(const std::vector<std::string>& words) {
  if (words.empty()) return "";
  if (words.size() == 1) return words[0];
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return fmt::format("{} and {}", fmt::join(head, ", "), words.back());
}

std::string seconds_words(const Range& r) {
  if (single(r)) return schedule::spoken_seconds(r.min);
  double lo = std::round(r.min), hi = std::round(*r.max);
  // "1 to 2 minutes" when both ends are whole minutes, "20 to 30 seconds" when both are under one.
  if (std::fmod(lo, 60) == 0 && std::fmod(hi, 60) == 0) return fmt::format("{} to {} minutes", number(lo / 60), number(hi / 60));
  if (hi < 60) return fmt::format("{} to {} seconds", number(lo), number(hi));
  return fmt::format("{} to {}", schedule::spoken_seconds(lo), schedule::spoken_seconds(hi));
}

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
  for (const auto& t : f.times) times.push_back(humanise(to_string(t), false));
  std::string out;
  if (f.per_day) {
    out = times_words(*f.per_day, "day");
  } else if (!times.empty()) {
    out = times_words(Range{static_cast<double>(times.size()), std::nullopt}, "day");
  }
  if (!times.empty()) out += fmt::format(" ({})", and_list(times));

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
    if (!days.empty()) out += ", on " + and_list(days);
  } else if (!days.empty()) {
    out += (out.empty() ? "On " : ", on ") + and_list(days);
  } else if (!out.empty()) {
    out += ", every day";
  }
  return out;
}

std::string dose_words(const program::Item& item, int day) {
  // The day's amounts in clinician steps: the numbers the plan and the schedule give.
  auto at = [&](const program::Quantity& q) { return schedule::at_day(q, day, item.days); };
  auto at_time = at;
  Range sets = whole(at(item.sets));
  bool several_sets = !single(sets) || sets.min > 1;
  std::string sides = sides_words(item);
  std::string alternation = item.alternation.empty() ? "" : fmt::format(", alternating {}", and_list(item.alternation));
  // Repetitions come in sets ("2 sets of 10 repetitions"); anything else is
  // done a number of times ("Do this 5 times").
  std::string again = several_sets ? fmt::format(" Do this {}.", count(sets, "time", "times")) : "";
  return std::visit(
      [&](const auto& dose) -> std::string {
        using T = std::decay_t<decltype(dose)>;
        if constexpr (std::is_same_v<T, program::RepsDose>) {
          std::string reps = count(whole(at(dose.reps)), "repetition", "repetitions");
          std::string out = several_sets ? fmt::format("{} of {}", count(sets, "set", "sets"), reps) : reps;
          out += sides;
          if (dose.hold_each) {
            const program::Hold& h = *dose.hold_each;
            if (h.amount_from_library) out += ", holding each for a few seconds";
            else if (h.kind == program::HoldKind::Timed) out += ", holding each for " + hold_amount(h, at_time(h.amount));
            else out += ". " + hold_sentence(h, at_time(h.amount)) + " each time";
          }
          return capitalised(out + alternation) + ".";
        } else if constexpr (std::is_same_v<T, program::HoldDose>) {
          return hold_sentence(dose.hold, at_time(dose.hold.amount)) + sides + alternation + "." + again;
        } else if constexpr (std::is_same_v<T, program::TimeDose>) {
          return "Keep going for " + seconds_words(at_time(dose.seconds)) + sides + alternation + "." + again;
        } else {
          static_assert(std::is_same_v<T, program::DistanceDose>, "every dose form is said");
          return "Cover " + metres_words(at(dose.metres)) + sides + alternation + "." + again;
        }
      },
      item.dose);
}

std::string dose_extras(const program::Item& item) {
  std::vector<std::string> out;
  if (item.load) {
    const program::Load& l = *item.load;
    switch (l.kind) {
      case program::Load::Kind::Weight:
        if (l.as_written) {
          const Range& r = *l.as_written;
          std::string amount = single(r) ? number(r.min) : fmt::format("{} to {}", number(r.min), number(*r.max));
          out.push_back(fmt::format("Use a weight of {} {}.", amount, l.written_unit));
        }
        break;
      case program::Load::Kind::Band: {
        std::string what = !l.colour.empty() ? l.colour : l.resistance;
        out.push_back(what.empty() ? "Use a resistance band." : fmt::format("Use a {} resistance band.", what));
        break;
      }
      case program::Load::Kind::Effort: out.push_back(fmt::format("Use a {} weight.", l.resistance)); break;
    }
  }
  if (item.tempo) {
    const program::Tempo& t = *item.tempo;
    if (!t.word.empty()) out.push_back(fmt::format("Move at a {} pace.", t.word));
    else if (!t.phases.empty()) out.push_back(fmt::format("Count the tempo {} (seconds for each part of the movement).", fmt::join(t.phases, "-")));
    else if (t.seconds_per_rep) out.push_back(fmt::format("Take about {} for each repetition.", schedule::spoken_seconds(*t.seconds_per_rep)));
  }
  if (item.rpe) {
    const Range& r = *item.rpe;
    out.push_back(single(r) ? fmt::format("Work at an effort of about {} out of 10.", number(r.min))
                            : fmt::format("Work at an effort of about {} to {} out of 10.", number(r.min), number(*r.max)));
  }
  if (item.pain_max) out.push_back(fmt::format("Keep any pain at or below {} out of 10.", number(item.pain_max->max.value_or(item.pain_max->min))));
  if (item.rest_seconds) {
    const Range& r = *item.rest_seconds;
    bool sets = item.sets.start.min > 1 || item.sets.start.max.value_or(1) > 1 || item.sets.end;
    out.push_back(sets ? fmt::format("Rest {} between sets.", seconds_words(r)) : fmt::format("Rest {} afterwards.", seconds_words(r)));
  }
  return fmt::format("{}", fmt::join(out, " "));
}

}  // namespace regimen::handout
