#include "schedule/dose_extras.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/words.h"
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

// "an" before a vowel: "an orange resistance band", "an extra light weight".
std::string with_article(const std::string& words) {
  bool vowel = !words.empty() && std::string_view("aeiou").find(words.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + words;
}

// "extra_light" -> "extra light".
std::string spaced(std::string word) {
  std::replace(word.begin(), word.end(), '_', ' ');
  return word;
}

// What to use: "a weight of 2 kg", "a yellow resistance band", "a light weight".
std::string load_noun(const program::Load& l, const program::LoadLevel& level) {
  switch (l.kind) {
    case program::Load::Kind::Weight:
      return level.as_written ? fmt::format("a weight of {} {}", amount_words(*level.as_written), l.written_unit) : "a weight";
    case program::Load::Kind::Band: {
      std::string what = !level.colour.empty() ? level.colour : spaced(level.resistance);
      return what.empty() ? "a resistance band" : with_article(what + " resistance band");
    }
    case program::Load::Kind::Effort: return with_article(spaced(level.resistance) + " weight");
    case program::Load::Kind::Described: return l.description;
  }
  return "a load";
}

// The load of its first week, which is every week's when it does not progress.
std::string load_sentence(const program::Load& l) {
  if (l.kind != program::Load::Kind::Described) return fmt::format("Use {}.", load_noun(l, l.start));
  // The routine's own words, as written: a load to carry, never another exercise.
  std::string out = "Load: " + l.description;
  if (std::string_view(".!?").find(out.back()) == std::string_view::npos) out += '.';
  return out;
}

// A load or effort that progresses with no time to spread over (no program
// length, no phase) stays at its start; its end is said as written.
std::string unspread_load(const program::Load& l, const std::optional<program::DayRange>& applies) {
  if (!l.end || progression_time(std::nullopt, applies)) return "";
  return fmt::format(" Build up to {}.", load_noun(l, *l.end));
}

std::string unspread_effort(const program::Quantity& percent, const std::optional<program::DayRange>& applies) {
  if (!percent.end || progression_time(percent.over, applies)) return "";
  return fmt::format(" Build up to about {}%.", amount_words(*percent.end));
}

// The whole line's load: from its first week or day to its last when it moves.
std::string program_load(const program::Load& l, const std::optional<program::DayRange>& applies) {
  auto time = progression_time(std::nullopt, applies);
  if (!l.end || !time || time->count < 2) return load_sentence(l) + unspread_load(l, applies);
  if (l.kind == program::Load::Kind::Weight && l.end->as_written) {
    return fmt::format("Start with {} and build up evenly to {} {} by {}.", load_noun(l, l.start),
                       amount_words(*l.end->as_written), l.written_unit, time->step_words(time->count - 1));
  }
  int change = load_change_step(time->count);
  return fmt::format("Use {} in {}, then {} from {}.", load_noun(l, l.start), time->span_words(0, change - 1),
                     load_noun(l, *l.end), time->step_words(change));
}

std::string effort_sentence(const Range& percent) {
  return fmt::format("Work at about {}% of your maximum effort.", amount_words(percent));
}

// The whole line's effort: from its first week or day to its last when it moves.
std::string program_effort(const program::Quantity& percent, const std::optional<program::DayRange>& applies) {
  auto time = progression_time(percent.over, applies);
  if (!percent.end || !time || time->count < 2) return effort_sentence(percent.start) + unspread_effort(percent, applies);
  return fmt::format("Start at about {}% of your maximum effort and build up evenly to about {}% by {}.",
                     amount_words(percent.start), amount_words(*percent.end), time->step_words(time->count - 1));
}

std::string tempo_sentence(const program::Tempo& t) {
  if (!t.word.empty()) return fmt::format("Move at a {} pace.", t.word);
  if (!t.phases.empty()) return fmt::format("Count the tempo {} (seconds for each part of the movement).", fmt::join(t.phases, "-"));
  if (t.seconds_per_rep) return fmt::format("Take about {} for each repetition.", spoken_seconds(*t.seconds_per_rep));
  return "";
}

// A `progress` rule in the routine's words, with when it applies and where
// it stops: "Every 3 days, add 2 repetitions, up to 15 repetitions."
std::string progress_sentence(const program::ProgressRule& rule) {
  std::string text = words::clause(rule.text);
  std::string every;
  if (rule.every) {
    int n = rule.every->count();
    bool weeks = rule.every->unit == TimeUnit::Weeks;
    every = n == 1 ? (weeks ? "every week" : "every day") : "every " + program::length_words(*rule.every);
  }
  // "Every 3 days, add 2 repetitions"; with a sign, the sign leads and the
  // step follows the words: "When it is pain-free, add 5 kg every week".
  std::string out = !rule.when.empty() ? fmt::format("when {}, {}{}", words::clause(rule.when), text,
                                                     every.empty() ? "" : " " + every)
                    : !every.empty()   ? fmt::format("{}, {}", every, text)
                                       : "To progress: " + text;
  std::visit(
      [&](const auto& limit) {
        using T = std::decay_t<decltype(limit)>;
        if constexpr (std::is_same_v<T, Range>) {
          out += rule.limit_measure == program::Measure::Seconds
                     ? fmt::format(", until you can hold it for {}", seconds_words(limit))
                     : fmt::format(", up to {} repetitions", amount_words(limit));
        } else if constexpr (std::is_same_v<T, std::string>) {
          out += ", until " + limit;
        }
      },
      rule.limit);
  return words::capitalised(out) + ".";
}

// What every output says after the dose, in this order. `load` and `effort`
// are said for the weeks in question; `rest` is the rest written on the line
// (none when the library's is used), and `several_sets` whether it falls
// between sets or after the only one.
std::string extras(const program::Item& item, const std::string& load, const std::string& effort,
                   const std::optional<Range>& rest, bool several_sets) {
  std::vector<std::string> out;
  if (!load.empty()) out.push_back(load);
  if (item.tempo) {
    if (std::string tempo = tempo_sentence(*item.tempo); !tempo.empty()) out.push_back(tempo);
  }
  if (item.rpe) out.push_back(fmt::format("Work at an effort of about {} out of 10.", amount_words(*item.rpe)));
  if (!effort.empty()) out.push_back(effort);
  if (item.pain_max) out.push_back(fmt::format("Keep any pain at or below {} out of 10.", number(item.pain_max->max.value_or(item.pain_max->min))));
  if (rest) {
    out.push_back(several_sets ? fmt::format("Rest {} between sets.", seconds_words(*rest))
                               : fmt::format("Rest {} afterwards.", seconds_words(*rest)));
  }
  if (item.progress) out.push_back(progress_sentence(*item.progress));
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

std::string dose_extras(const program::Item& item) {
  bool several_sets = item.sets.start.min > 1 || item.sets.start.max.value_or(1) > 1 || item.sets.end;
  return extras(item, item.load ? program_load(*item.load, item.days) : "",
                item.effort_percent ? program_effort(*item.effort_percent, item.days) : "", item.rest_seconds, several_sets);
}

std::string day_extras(const program::Item& item, int day) {
  Range sets = at_day(item.sets, day, item.days);
  bool several_sets = sets.min > 1 || sets.max.value_or(1) > 1;
  std::string load, effort;
  if (item.load) load = load_sentence(load_at(*item.load, day, item.days, std::nullopt)) + unspread_load(*item.load, item.days);
  if (item.effort_percent)
    effort = effort_sentence(effort_at(*item.effort_percent, day, item.days, std::nullopt)) +
             unspread_effort(*item.effort_percent, item.days);
  return extras(item, load, effort, item.rest_seconds, several_sets);
}

std::string day_changes(const program::Item& item, int day) {
  std::vector<std::string> out;
  auto moves = [&](const std::optional<program::Length>& over) {
    auto time = progression_time(over, item.days);
    return time && time->count > 1;
  };
  if (item.load && item.load->end && moves(std::nullopt))
    out.push_back(load_sentence(load_at(*item.load, day, item.days, std::nullopt)));
  if (item.effort_percent && item.effort_percent->end && moves(item.effort_percent->over))
    out.push_back(effort_sentence(effort_at(*item.effort_percent, day, item.days, std::nullopt)));
  return fmt::format("{}", fmt::join(out, " "));
}

std::string with_extras(const std::string& dose_phrase, const std::string& extras) {
  if (extras.empty()) return dose_phrase;
  // A dose said as sentences already ends with its full stop.
  return fmt::format("{}{} {}", dose_phrase, dose_phrase.ends_with('.') ? "" : ".", extras);
}

}  // namespace regimen::schedule
