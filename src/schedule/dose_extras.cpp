#include "schedule/dose_extras.h"

#include <fmt/format.h>

#include <cmath>
#include <vector>

#include "schedule/timeline.h"

namespace regimen::schedule {
namespace {

using program::Range;

std::string number(double value) { return fmt::format("{:g}", value); }

bool single(const Range& r) { return !r.max || *r.max == r.min; }

// "2", "2 to 4".
std::string amount_words(const Range& r) {
  return single(r) ? number(r.min) : fmt::format("{} to {}", number(r.min), number(*r.max));
}

std::string load_sentence(const program::Load& l) {
  switch (l.kind) {
    case program::Load::Kind::Weight:
      return l.as_written ? fmt::format("Use a weight of {} {}.", amount_words(*l.as_written), l.written_unit) : "";
    case program::Load::Kind::Band: {
      std::string what = !l.colour.empty() ? l.colour : l.resistance;
      return what.empty() ? "Use a resistance band." : fmt::format("Use a {} resistance band.", what);
    }
    case program::Load::Kind::Effort: return fmt::format("Use a {} weight.", l.resistance);
  }
  return "";
}

std::string tempo_sentence(const program::Tempo& t) {
  if (!t.word.empty()) return fmt::format("Move at a {} pace.", t.word);
  if (!t.phases.empty()) return fmt::format("Count the tempo {} (seconds for each part of the movement).", fmt::join(t.phases, "-"));
  if (t.seconds_per_rep) return fmt::format("Take about {} for each repetition.", spoken_seconds(*t.seconds_per_rep));
  return "";
}

// What every output says after the dose, in this order. `rest` is the rest
// written on the line (none when the library's is used), and `several_sets`
// whether it falls between sets or after the only one.
std::string extras(const program::Item& item, const std::string& load, const std::optional<Range>& rest, bool several_sets) {
  std::vector<std::string> out;
  if (!load.empty()) out.push_back(load);
  if (item.tempo) {
    if (std::string tempo = tempo_sentence(*item.tempo); !tempo.empty()) out.push_back(tempo);
  }
  if (item.rpe) out.push_back(fmt::format("Work at an effort of about {} out of 10.", amount_words(*item.rpe)));
  if (item.pain_max) out.push_back(fmt::format("Keep any pain at or below {} out of 10.", number(item.pain_max->max.value_or(item.pain_max->min))));
  if (rest) {
    out.push_back(several_sets ? fmt::format("Rest {} between sets.", seconds_words(*rest))
                               : fmt::format("Rest {} afterwards.", seconds_words(*rest)));
  }
  return fmt::format("{}", fmt::join(out, " "));
}

}  // namespace

std::string seconds_words(const Range& r) {
  if (single(r)) return spoken_seconds(r.min);
  double lo = std::round(r.min), hi = std::round(*r.max);
  // "1 to 2 minutes" when both ends are whole minutes, "20 to 30 seconds" when both are under one.
  if (std::fmod(lo, 60) == 0 && std::fmod(hi, 60) == 0) return fmt::format("{} to {} minutes", number(lo / 60), number(hi / 60));
  if (hi < 60) return fmt::format("{} to {} seconds", number(lo), number(hi));
  return fmt::format("{} to {}", spoken_seconds(lo), spoken_seconds(hi));
}

std::string dose_extras(const program::Item& item, std::optional<int> /*program_weeks*/) {
  bool several_sets = item.sets.start.min > 1 || item.sets.start.max.value_or(1) > 1 || item.sets.end;
  return extras(item, item.load ? load_sentence(*item.load) : "", item.rest_seconds, several_sets);
}

std::string week_extras(const program::Item& item, const WeekDose& dose) {
  std::optional<Range> rest;
  if (item.rest_seconds) rest = Range{dose.rest_seconds, dose.rest_seconds};
  return extras(item, item.load ? load_sentence(*item.load) : "", rest, dose.sets > 1);
}

std::string with_extras(const std::string& dose_phrase, const std::string& extras) {
  return extras.empty() ? dose_phrase : fmt::format("{}. {}", dose_phrase, extras);
}

}  // namespace regimen::schedule
