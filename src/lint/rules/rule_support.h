// What the lint rules share: walking the program and the syntax tree, the
// sessions week by week, where a finding points and where a fix inserts.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"
#include "schedule/sessions.h"
#include "schedule/timeline.h"

namespace regimen::lint::support {

// Every exercise of the program with the parameters as chosen, in order,
// inside sections, circuits and phases.
std::vector<const program::Item*> all_items(const program::Program& program);

// Every exercise line written in the file, in every `when` branch, in order.
std::vector<const ast::Prescription*> all_lines(const ast::File& file);

// The lines of the file by where they start, to find the line a program
// item was checked from (they share a span).
class LineIndex {
 public:
  explicit LineIndex(const ast::File& file);
  const ast::Prescription* of(const program::Item& item) const;
  // Where a finding about the item points: the exercise's name on its line.
  Span name_span(const program::Item& item) const;

 private:
  std::map<std::uint32_t, const ast::Prescription*> by_begin_;
};

// The hold written on the line, if any: a held position or each repetition's.
inline const ast::Hold* written_hold(const ast::Prescription& line) {
  return line.dose ? ast::hold_of(*line.dose) : nullptr;
}

// Where a finding about the whole routine points: the `routine` header, or
// the start of a bare file.
Span routine_anchor(const LintInput& input);

// The routine-level fact of this kind written in the file, or nullptr.
const ast::Fact* routine_fact(const ast::File& file, ast::Fact::Kind kind);

// Where a fix appends a clause to an exercise line: just after the last
// clause on the line of the exercise's name, before any `{` or comment, so
// that the clause joins the line the therapist reads first.
Span head_insertion(const LintInput& input, const ast::Prescription& line);

// A span's text in its file.
std::string_view text_of(const LintInput& input, Span span);

// Seconds as the language writes them: `90s`, `2min`.
std::string written_seconds(double seconds);
// A number without a needless `.0`.
std::string number(double value);

// The people a level is for: "beginners", "intermediate patients".
std::string level_people(Level level);
int rank(Level level);

// The session of each week of the program (or run of days, where the program
// counts in days: schedule/periods.h), at the low end of every range: the
// schedule's own timeline, never another estimate. Programs longer than
// `kMaxWeeks` are looked at up to that week. Then the weeks of each stage
// that starts on a sign, counted from its own first day (schedule::in_stage),
// with `stage` set: such a stage has no week of the program.
// `sessions` lays every exercise of the week in one timeline, for rules that
// follow an exercise from week to week; `session_weeks` gives each session
// of the routine (schedule/sessions.h) its own, for rules about one session
// as the patient does it. `session` keeps alive what the timeline points into.
struct WeekSession {
  program::DayRange period;
  schedule::Timeline timeline;
  std::shared_ptr<const schedule::Session> session;  // session_weeks only
  bool one_of_several = false;                       // session_weeks: the routine has more than one
  std::string stage;  // a stage with no date, whose own weeks `period` counts; empty: the program's
  std::shared_ptr<const program::Program> staged;  // that stage's program, which the timeline points into
};

// "week 3", "week 2 of stage Strength": where the week is, in a message.
std::string when(const WeekSession& week);

// Whether `later` is the week after `earlier` in the same run of weeks:
// comparing a dated week with a stage's first, or two stages, says nothing
// of a progression, since the patient moves on when ready.
bool follows(const WeekSession& earlier, const WeekSession& later);
inline constexpr int kMaxWeeks = 104;
std::vector<WeekSession> sessions(const program::Program& program);
std::vector<WeekSession> session_weeks(const program::Program& program);

// " of the `Strength` session", " of the corner stretch's own session"; empty
// for a routine of one session.
std::string session_words(const WeekSession& week);

// The distinct program items of a session, in the order they first run
// (a circuit's exercise counts once, however many rounds).
std::vector<const program::Item*> session_items(const schedule::Timeline& timeline);

// Whether the program item carries a load: a `load` clause, or weights or a
// band among its exercise's equipment.
bool is_loaded(const program::Item& item, const Exercise* exercise);

// "1st", "2nd", "11th": a place in a list, in a message.
std::string ordinal(std::size_t n);

// The regions the routine works: those of more than a third of its distinct
// exercises (so a knee program with one calf stretch is a knee program), the
// most common first. Empty for a routine of own exercises with no region.
std::vector<std::string> main_regions(const LintInput& input);

// "knee", "elbow, wrist and hand": a region as a sentence names it.
std::string region_name(const LintInput& input, const std::string& region);

// Whether the line is strengthening work: its exercise's category is
// strengthening or tendon loading, or the line gives it a load.
bool is_strengthening(const program::Item& item, const Exercise* exercise);

}  // namespace regimen::lint::support
