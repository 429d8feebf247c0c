// L02xx: one session as the patient does it, from the schedule's timeline:
// how long it takes, how many exercises, their order, and how many a day.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"
#include "schedule/plan.h"
#include "schedule/stages.h"

namespace regimen::lint::checks {
namespace {

// Settings of the rules here (registry.cpp gives their defaults).
constexpr std::string_view kSessionTooLong = "L0201";
constexpr std::string_view kTooManyExercises = "L0202";
constexpr std::string_view kTooManySessions = "L0205";
constexpr std::string_view kDailyTotal = "L0206";

// " in week 3", " in days 1-3", " in week 1 of stage Strength": where in the
// program, when it has more than one stretch.
std::string in_week(const std::vector<support::WeekSession>& all, const support::WeekSession& week) {
  return all.size() > 1 || !week.stage.empty() ? " in " + support::when(week) : "";
}

bool is_warm_up(const Exercise* exercise, const std::string& section) {
  std::string title = section;
  for (auto& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (title.find("warm") != std::string::npos) return true;
  return exercise && (exercise->category == "mobility" || exercise->category == "activity");
}

std::string times(const program::Range& range) {
  return range.max && *range.max != range.min ? fmt::format("{}..{}", support::number(range.min), support::number(*range.max))
                                              : support::number(range.min);
}

}  // namespace

void session_too_long(const LintInput& input, std::vector<Finding>& out) {
  double budget = input.profile.max_session_seconds.value_or(input.values.get(kSessionTooLong, "max"));
  auto all = support::session_weeks(input.program);
  const support::WeekSession* longest = nullptr;
  for (const auto& s : all) {
    if (!longest || s.timeline.total_seconds > longest->timeline.total_seconds) longest = &s;
  }
  if (!longest || longest->timeline.total_seconds <= budget) return;
  Finding f;
  f.span = support::routine_anchor(input);
  std::string whose = input.profile.max_session_seconds ? "the patient's limit of " : "";
  f.message = fmt::format("a session{}{} takes {}, longer than {}{}", support::session_words(*longest),
                          in_week(all, *longest),
                          schedule::clock(longest->timeline.total_seconds), whose, schedule::spoken_seconds(budget));
  f.help.push_back("shorten or drop some exercises, or split them over two sessions a day");
  f.notes.push_back(Note{"`regimen build FILE --emit plan` shows each week's session time", {}});
  if (!input.profile.max_session_seconds) {
    f.notes.push_back(Note{fmt::format("{} is the {} limit; `--max-session` sets the patient's own",
                                       schedule::spoken_seconds(budget),
                                       input.values.is_set(kSessionTooLong, "max") ? "clinic's" : "default"),
                           {}});
  }
  out.push_back(std::move(f));
}

void too_many_exercises(const LintInput& input, std::vector<Finding>& out) {
  auto most_allowed = static_cast<std::size_t>(input.values.get(kTooManyExercises, "max"));
  support::LineIndex lines(input.ast);
  auto all = support::session_weeks(input.program);
  std::vector<const program::Item*> most;
  const support::WeekSession* fullest = nullptr;
  for (const auto& s : all) {
    auto items = support::session_items(s.timeline);
    if (items.size() > most.size()) most = std::move(items), fullest = &s;
  }
  if (most.size() <= most_allowed) return;
  const program::Item& extra = *most[most_allowed];
  Finding f;
  f.span = lines.name_span(extra);
  f.message = fmt::format("the session{}{} has {} exercises, and this is the {}; more than {} is hard to keep up at "
                          "home",
                          support::session_words(*fullest), in_week(all, *fullest), most.size(),
                          support::ordinal(most_allowed + 1), most_allowed);
  f.help.push_back(fmt::format("keep a session to {} exercises: drop the least important, or split them over two sessions",
                               most_allowed));
  out.push_back(std::move(f));
}

void duplicate_in_session(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  std::set<std::pair<const program::Item*, const program::Item*>> reported;
  for (const auto& s : support::session_weeks(input.program)) {
    std::map<std::string, const program::Item*> first;
    for (const auto* item : support::session_items(s.timeline)) {
      auto [it, fresh] = first.emplace(item->exercise_id, item);
      if (fresh || !reported.insert({it->second, item}).second) continue;
      Finding f;
      f.span = lines.name_span(*item);
      f.message = fmt::format("`{}` is done twice in the same session", item->exercise_id);
      f.notes.push_back(Note{"it is first done here", lines.name_span(*it->second)});
      f.help.push_back("merge the two lines into one dose, or put them in phases for different weeks");
      out.push_back(std::move(f));
    }
  }
}

void strength_before_warm_up(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  std::set<const program::Item*> reported;
  for (const auto& s : support::session_weeks(input.program)) {
    for (const auto& entry : s.timeline.entries) {
      const Exercise* exercise = input.library.by_id(entry.item->exercise_id);
      if (is_warm_up(exercise, entry.section)) break;
      // Tendon loading is left out: its programs (heel drops twice a day,
      // isometric holds for pain relief) are sessions of their own by design.
      if (!exercise || exercise->category != "strengthening" || !support::is_loaded(*entry.item, exercise)) continue;
      if (!reported.insert(entry.item).second) break;
      Finding f;
      f.span = lines.name_span(*entry.item);
      f.message = fmt::format("`{}` loads the muscles before any warm-up or mobility work{}", entry.item->exercise_id,
                              s.period.first > 1 || !s.stage.empty() ? " in " + support::when(s) : "");
      f.help.push_back("start the session with mobility work or a few minutes of walking, and put the loaded work after it");
      out.push_back(std::move(f));
      break;
    }
  }
}

void too_many_sessions_a_day(const LintInput& input, std::vector<Finding>& out) {
  double most = input.values.get(kTooManySessions, "max");
  support::LineIndex lines(input.ast);
  auto over = [most](const std::optional<program::Frequency>& f) {
    return f && f->per_day && f->per_day->max.value_or(f->per_day->min) > most;
  };
  if (over(input.program.frequency)) {
    const ast::Fact* fact = support::routine_fact(input.ast, ast::Fact::Kind::Frequency);
    Finding f;
    f.span = fact ? fact->span : input.program.frequency->span;
    f.message = fmt::format("the routine is done {} times a day; more than {} sessions a day leaves too little rest",
                            times(*input.program.frequency->per_day), support::number(most));
    f.help.push_back(fmt::format("ask for fewer sessions a day, at most {}; for a short stretch through the day, give "
                                 "that exercise its own `frequency`",
                                 support::number(most)));
    out.push_back(std::move(f));
  }
  for (const auto* item : support::all_items(input.program)) {
    if (!over(item->frequency)) continue;
    const ast::Prescription* line = lines.of(*item);
    Finding f;
    f.span = line && line->frequency ? line->frequency->span : lines.name_span(*item);
    f.message = fmt::format("`{}` is done {} times a day; more than {} a day leaves too little rest", item->exercise_id,
                            times(*item->frequency->per_day), support::number(most));
    f.help.push_back(fmt::format("ask for it at most {} times a day", support::number(most)));
    out.push_back(std::move(f));
  }
}

void daily_total_too_long(const LintInput& input, std::vector<Finding>& out) {
  double budget = input.profile.max_daily_seconds.value_or(input.values.get(kDailyTotal, "max"));
  schedule::Plan plan = schedule::make_plan(input.program, schedule::DoseChoice::Low);
  // The program's stretches, then each undated stage's own.
  const schedule::PlanPeriod* most = nullptr;
  std::string where;
  auto look = [&](const std::vector<schedule::PlanPeriod>& periods, const std::string& stage) {
    for (const auto& period : periods) {
      if (most && period.daily_seconds <= most->daily_seconds) continue;
      most = &period;
      std::string days = program::label_in_sentence(period.days);
      where = !stage.empty() ? fmt::format(" of {} of stage {}", days, stage)
              : plan.periods.size() > 1 || !plan.undated.empty() ? " of " + days : "";
    }
  };
  look(plan.periods, "");
  for (const auto& stage : plan.undated) look(stage.periods, stage.title);
  if (!most || most->daily_seconds <= budget) return;
  Finding f;
  f.span = support::routine_anchor(input);
  f.message = fmt::format("the busiest day{} holds {} of exercise, more than {}{}", where,
                          schedule::clock(most->daily_seconds),
                          input.profile.max_daily_seconds ? "the patient's limit of " : "",
                          schedule::spoken_seconds(budget));
  f.help.push_back("fewer sessions a day, shorter ones, or some on other days");
  f.notes.push_back(Note{"`regimen build FILE --emit plan` shows each session's time and the most a day holds", {}});
  out.push_back(std::move(f));
}

namespace {

// Where a line stands: the innermost phase and the stage around it.
struct Place {
  const program::Block* stage = nullptr;
  const program::Block* phase = nullptr;
};

void place_items(const std::vector<program::Node>& body, Place place,
                 std::vector<std::pair<const program::Item*, Place>>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      out.emplace_back(item, place);
      continue;
    }
    const auto& block = std::get<program::Block>(node);
    Place inner = place;
    if (block.kind == program::Block::Kind::Stage) inner.stage = &block;
    if (block.kind == program::Block::Kind::Phase) inner.phase = &block;
    place_items(block.body, inner, out);
  }
}

}  // namespace

void never_done(const LintInput& input, std::vector<Finding>& out) {
  // Lines are known by where they stand in the file: a stage with no date
  // is timed from its own copy of the program (schedule::in_stage).
  std::set<std::tuple<FileId, std::uint32_t, std::uint32_t>> done;
  for (const auto& week : support::sessions(input.program)) {
    for (const auto& entry : week.timeline.entries)
      done.emplace(entry.item->span.file, entry.item->span.begin, entry.item->span.end);
  }
  std::vector<std::pair<const program::Item*, Place>> items;
  place_items(input.program.body, {}, items);
  support::LineIndex lines(input.ast);
  for (const auto& [item, place] : items) {
    if (done.count({item->span.file, item->span.begin, item->span.end})) continue;
    const program::Block* phase = place.phase;
    // Beyond the weeks the linter looks at, a line may still be done.
    if (phase && phase->days && phase->days->first > support::kMaxWeeks * kDaysPerWeek) continue;
    Finding f;
    f.span = lines.name_span(*item);
    const program::Block* stage = place.stage;
    if (phase && phase->days && stage && stage->runs &&
        (phase->days->first > stage->runs->last || phase->days->last < stage->runs->first)) {
      const program::DayRange& runs = *stage->runs;
      std::string stage_days = runs.last >= program::kMostScheduledDay ? fmt::format("from day {}", runs.first)
                                                                        : program::label_in_sentence(runs, " to ");
      f.message = fmt::format("`{}` is never done: its phase ({}) falls outside its stage `{}` ({})", item->exercise_id,
                              program::label_in_sentence(*phase->days, " to "), stage->title, stage_days);
      f.help.push_back("give the phase days inside the stage's, or move the line to the stage it belongs to");
    } else if (!phase && !stage) {
      f.message = fmt::format("`{}` is never done as written: a phase gives `{}` in every week", item->exercise_id,
                              item->exercise_id);
      f.help.push_back("drop this line, or shorten the phases so that it has weeks of its own");
    } else {
      f.message = fmt::format("`{}` is never done: no day of the program holds it", item->exercise_id);
      f.help.push_back("check the days of its phase and of its stage, and what replaces it there");
    }
    f.notes.push_back(Note{"`regimen build FILE --emit plan` shows what each week holds", {}});
    out.push_back(std::move(f));
  }
}

void stage_without_end(const LintInput& input, std::vector<Finding>& out) {
  // In a program of a length the last stage runs to its end.
  if (input.program.length) return;
  for (const program::Block* stage : schedule::stages(input.program)) {
    if (stage->days || !stage->criterion.empty()) continue;
    Finding f;
    f.span = stage->span;
    f.message = fmt::format("stage `{}` has no days and no sign to move on, and the program no length", stage->title);
    f.help.push_back("say how long it lasts (`days 15-42`), what ends it (`until \"...\"`), or give the program a "
                     "length (`program 12 weeks`)");
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks
