// Timing: the seconds a schedule uses, from the library, the routine's
// `timing` fact, and an exercise line's `timing` and `tempo`.
#include <fmt/format.h>

#include <algorithm>

#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

const std::vector<std::string> kRoutineKeys = {"rep", "breath", "rest", "switch", "transition", "get_ready", "round_rest"};
const std::vector<std::string> kExerciseKeys = {"rep", "breath", "rest"};

// Seconds a repetition takes at each tempo word.
double tempo_word_seconds(const std::string& word) {
  if (word == "slow") return 5;
  if (word == "controlled") return 4;
  if (word == "fast") return 2;
  return 3;  // moderate
}

}  // namespace

std::optional<double> Checker::setting_seconds(const ast::TimingSetting& setting) {
  Expect expect{"timing", {Dimension::Time}, std::nullopt, false, setting.key.text != "rep" && setting.key.text != "breath"};
  auto converted = convert(setting.value, expect, diagnostics_);
  if (!converted) return std::nullopt;
  if (converted->range.max != converted->range.min) {
    diagnostics_.report(setting.value.span, msg::TimingRange{})
        .help(fmt::format("write `timing {} {}s`", setting.key.text, converted->range.min));
    return std::nullopt;
  }
  return converted->range.min;
}

void Checker::routine_timing(const std::vector<ast::TimingSetting>& settings) {
  SessionTiming& session = program_.session_timing;
  for (const auto& s : settings) {
    const std::string& key = s.key.text;
    if (std::find(kRoutineKeys.begin(), kRoutineKeys.end(), key) == kRoutineKeys.end()) {
      unknown_word(s.key, "timing", kRoutineKeys);
      continue;
    }
    auto seconds = setting_seconds(s);
    if (!seconds) continue;
    if (key == "rep") routine_rep_seconds_ = seconds;
    if (key == "breath") routine_breath_seconds_ = seconds;
    if (key == "rest") routine_rest_seconds_ = seconds;
    if (key == "switch") session.side_switch_seconds = *seconds;
    if (key == "transition") session.transition_seconds = *seconds;
    if (key == "get_ready") session.get_ready_seconds = *seconds;
    if (key == "round_rest") {
      session.round_rest_seconds = *seconds;
      session.round_rest_written = true;
    }
  }
}

// Most specific wins: the line's `tempo` and `timing`, then the routine's
// `timing`, then the library's figures for the exercise.
Timing Checker::item_timing(const ast::Prescription& line, const Exercise& exercise,
                            const std::optional<program::Tempo>& tempo) {
  Timing t = exercise.timing;
  if (routine_rep_seconds_) t.seconds_per_rep = *routine_rep_seconds_;
  if (routine_breath_seconds_) t.seconds_per_breath = *routine_breath_seconds_;
  if (routine_rest_seconds_) {
    t.rest_seconds = *routine_rest_seconds_;
    t.rest_written = true;
  }
  for (const auto& s : line.timing) {
    if (std::find(kExerciseKeys.begin(), kExerciseKeys.end(), s.key.text) == kExerciseKeys.end()) {
      bool routine_wide = std::find(kRoutineKeys.begin(), kRoutineKeys.end(), s.key.text) != kRoutineKeys.end();
      if (routine_wide) {
        diagnostics_.report(s.key.span, msg::TimingForRoutineOnly{s.key.text})
            .help(fmt::format("put `timing {} ...` at the top of the routine", s.key.text));
      } else {
        unknown_word(s.key, "exercise timing", kExerciseKeys);
      }
      continue;
    }
    auto seconds = setting_seconds(s);
    if (!seconds) continue;
    if (s.key.text == "rep") t.seconds_per_rep = *seconds;
    if (s.key.text == "breath") t.seconds_per_breath = *seconds;
    if (s.key.text == "rest") {
      t.rest_seconds = *seconds;
      t.rest_written = true;
    }
  }
  // A line's tempo and its `timing rep` would both set the seconds of a
  // repetition, and its `rest` clause and `timing rest` the rest between
  // sets: one of each pair would be silently ignored.
  for (const auto& s : line.timing) {
    const Span* other = s.key.text == "rep" && tempo && line.tempo ? &line.tempo->span
                        : s.key.text == "rest" && line.rest      ? &line.rest->span
                                                                 : nullptr;
    if (other == nullptr) continue;
    std::string_view clause = s.key.text == "rep" ? "tempo" : "rest";
    auto d = diagnostics_.report(s.span, msg::TimingBesideClause{s.key.text, std::string(clause)});
    d.note(fmt::format("`{}` is given here", clause), *other);
    d.help(fmt::format("keep `{}`: it already sets this", clause));
  }
  if (tempo) {
    if (tempo->seconds_per_rep) t.seconds_per_rep = *tempo->seconds_per_rep;
    else if (!tempo->word.empty()) t.seconds_per_rep = tempo_word_seconds(tempo->word);
  }
  return t;
}

}  // namespace regimen::checking
