#include "lint/rules/rule_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "lint/rules/text_meaning.h"
#include "schedule/periods.h"
#include "schedule/stages.h"
#include "schedule/week_dose.h"

namespace regimen::lint::support {
namespace {

void collect_items(const std::vector<program::Node>& body, std::vector<const program::Item*>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      out.push_back(item);
    } else {
      collect_items(std::get<program::Block>(node).body, out);
    }
  }
}

void collect_lines(const std::vector<ast::Statement>& body, std::vector<const ast::Prescription*>& out) {
  for (const auto& statement : body) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, ast::Prescription>) {
            out.push_back(&node);
          } else if constexpr (!std::is_same_v<T, ast::Invalid> && requires { node.body; }) {
            // Every block: sections, circuits, phases, sessions, stages, `when`.
            collect_lines(node.body, out);
          }
        },
        statement.node);
  }
}

}  // namespace

std::vector<const program::Item*> all_items(const program::Program& program) {
  std::vector<const program::Item*> out;
  collect_items(program.body, out);
  return out;
}

std::vector<const ast::Prescription*> all_lines(const ast::File& file) {
  std::vector<const ast::Prescription*> out;
  collect_lines(file.body, out);
  return out;
}

LineIndex::LineIndex(const ast::File& file) {
  for (const auto* line : all_lines(file)) by_begin_.emplace(line->span.begin, line);
}

const ast::Prescription* LineIndex::of(const program::Item& item) const {
  auto it = by_begin_.find(item.span.begin);
  if (it == by_begin_.end() || it->second->span.file != item.span.file || it->second->span.end != item.span.end) return nullptr;
  return it->second;
}

Span LineIndex::name_span(const program::Item& item) const {
  const ast::Prescription* line = of(item);
  return line ? line->exercise.span : item.span;
}

Span routine_anchor(const LintInput& input) {
  if (input.ast.routine_span.valid()) return input.ast.routine_span;
  return Span{input.file, 0, 0};
}

const ast::Fact* routine_fact(const ast::File& file, ast::Fact::Kind kind) {
  for (const auto& statement : file.body) {
    if (const auto* fact = std::get_if<ast::Fact>(&statement.node); fact && fact->kind == kind) return fact;
  }
  return nullptr;
}

Span head_insertion(const LintInput& input, const ast::Prescription& line) {
  std::string_view text = input.sources.file(input.file).text();
  std::vector<Span> clauses;
  auto add = [&](const auto& optional) {
    if (optional) clauses.push_back(optional->span);
  };
  if (line.dose) clauses = ast::clause_spans(*line.dose);
  add(line.sets);
  add(line.rest);
  add(line.sides);
  add(line.tempo);
  add(line.load);
  add(line.rpe);
  add(line.effort);
  add(line.pain);
  add(line.frequency);
  for (const auto& move : line.alternation) clauses.push_back(move.span);
  for (const auto& variant : line.variants) clauses.push_back(variant.span);
  if (line.no_variants) clauses.push_back(*line.no_variants);
  for (const auto& t : line.texts) clauses.push_back(t.span);
  for (const auto& setting : line.timing) clauses.push_back(setting.span);

  std::uint32_t end = line.exercise.span.end;
  // A clause inside the `{ }` block sits after a line break; a clause on the
  // name's own line does not.
  auto eol = text.find('\n', line.exercise.span.end);
  std::uint32_t line_end = eol == std::string::npos ? static_cast<std::uint32_t>(text.size()) : static_cast<std::uint32_t>(eol);
  for (const Span& s : clauses) {
    if (s.valid() && s.begin >= line.exercise.span.end && s.end <= line_end) end = std::max(end, s.end);
  }
  // A closing parenthesis belongs to the clause before it: `per direction (right, left)`.
  while (end < line_end && text[end] == ')') ++end;
  return Span{input.file, end, end};
}

std::string_view text_of(const LintInput& input, Span span) {
  std::string_view text = input.sources.file(span.file).text();
  if (span.begin > text.size() || span.end > text.size() || span.end < span.begin) return {};
  return text.substr(span.begin, span.end - span.begin);
}

std::string number(double value) {
  if (std::abs(value - std::round(value)) < 1e-9) return fmt::format("{}", static_cast<long long>(std::llround(value)));
  return fmt::format("{:g}", value);
}

std::string written_seconds(double seconds) {
  long long s = std::llround(seconds);
  if (s >= 60 && s % 60 == 0) return fmt::format("{}min", s / 60);
  return fmt::format("{}s", s);
}

std::string level_people(Level level) {
  return level == Level::Beginner ? "beginners" : fmt::format("{} patients", to_string(level));
}

int rank(Level level) {
  switch (level) {
    case Level::Beginner: return 0;
    case Level::Intermediate: return 1;
    case Level::Advanced: return 2;
  }
  return 0;
}

namespace {

// The program's stretches, up to kMaxWeeks.
std::vector<program::DayRange> looked_at(const program::Program& program) {
  return schedule::periods(program, std::min(schedule::plan_days(program), kMaxWeeks * kDaysPerWeek));
}

// The routine as from the start of each stage with no date, with its title.
std::vector<std::pair<std::string, std::shared_ptr<const program::Program>>> undated(const program::Program& program) {
  std::vector<std::pair<std::string, std::shared_ptr<const program::Program>>> out;
  for (const program::Block* stage : schedule::undated_stages(program))
    out.emplace_back(stage->title, std::make_shared<const program::Program>(schedule::in_stage(program, *stage)));
  return out;
}

void add_weeks(const program::Program& program, const std::string& stage,
               const std::shared_ptr<const program::Program>& staged, std::vector<WeekSession>& out) {
  for (const auto& period : looked_at(program)) {
    out.push_back(WeekSession{period, schedule::lower_session(program, period, schedule::DoseChoice::Low), nullptr, false,
                              stage, staged});
  }
}

void add_session_weeks(const program::Program& program, const std::string& stage,
                       const std::shared_ptr<const program::Program>& staged, std::vector<WeekSession>& out) {
  std::vector<schedule::Session> split = schedule::sessions(program);
  bool several = !schedule::single_session(split);
  std::vector<program::DayRange> periods = looked_at(program);
  for (auto& s : split) {
    auto session = std::make_shared<const schedule::Session>(std::move(s));
    for (const auto& period : periods) {
      schedule::Timeline timeline = schedule::lower_session(session->program, period, schedule::DoseChoice::Low);
      if (several && timeline.entries.empty()) continue;
      out.push_back(WeekSession{period, std::move(timeline), session, several, stage, staged});
    }
  }
}

}  // namespace

std::vector<WeekSession> sessions(const program::Program& program) {
  std::vector<WeekSession> out;
  add_weeks(program, "", nullptr, out);
  for (const auto& [title, staged] : undated(program)) add_weeks(*staged, title, staged, out);
  return out;
}

std::vector<WeekSession> session_weeks(const program::Program& program) {
  std::vector<WeekSession> out;
  add_session_weeks(program, "", nullptr, out);
  for (const auto& [title, staged] : undated(program)) add_session_weeks(*staged, title, staged, out);
  return out;
}

std::string when(const WeekSession& week) {
  std::string days = program::label_in_sentence(week.period);
  return week.stage.empty() ? days : fmt::format("{} of stage {}", days, week.stage);
}

bool follows(const WeekSession& earlier, const WeekSession& later) {
  return earlier.stage == later.stage && earlier.period.last + 1 == later.period.first;
}

std::string session_words(const WeekSession& week) {
  if (!week.session || !week.one_of_several) return "";
  switch (week.session->origin) {
    case schedule::Session::Origin::Declared: return fmt::format(" of the `{}` session", week.session->title);
    case schedule::Session::Origin::OwnFrequency: return fmt::format(" of `{}` on its own", week.session->exercise_id);
    case schedule::Session::Origin::Routine:
      return fmt::format(" of the `{}` session", schedule::session_label(week.session->origin, ""));
  }
  return "";
}

std::vector<const program::Item*> session_items(const schedule::Timeline& timeline) {
  std::vector<const program::Item*> out;
  std::set<const program::Item*> seen;
  for (const auto& entry : timeline.entries) {
    if (seen.insert(entry.item).second) out.push_back(entry.item);
  }
  return out;
}

bool is_loaded(const program::Item& item, const Exercise* exercise) {
  // Equipment that puts a load on the muscles.
  // A backpack is not among them: it carries a load only when a line gives one.
  static const std::set<std::string_view> loads = {"light_weights", "ankle_weights", "cuff_weights", "dumbbells",
                                                   "barbell",       "kettlebell",    "band",         "resistance_loop",
                                                   "flexbar",       "hammer"};
  if (item.load) return true;
  if (exercise == nullptr) return false;
  return std::any_of(exercise->equipment.begin(), exercise->equipment.end(),
                     [](const std::string& e) { return loads.count(e) > 0; });
}

std::string ordinal(std::size_t n) {
  std::string_view suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return fmt::format("{}{}", n, suffix);
}

std::vector<std::string> main_regions(const LintInput& input) {
  std::map<std::string, std::size_t> count;
  std::set<std::string> seen;
  for (const auto* item : all_items(input.program)) {
    if (!seen.insert(item->exercise_id).second) continue;
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (e && !e->region.empty()) ++count[e->region];
  }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [region, n] : count) {
    if (3 * n > seen.size()) ranked.emplace_back(n, region);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [n, region] : ranked) out.push_back(std::move(region));
  return out;
}

std::string region_name(const LintInput& input, const std::string& region) {
  const VocabularyWord* word = input.library.vocabulary().find(VocabularyKind::Region, region);
  return word ? plain_lower(word->name) : region;
}

bool is_strengthening(const program::Item& item, const Exercise* exercise) {
  if (item.load) return true;
  return exercise && (exercise->category == "strengthening" || exercise->category == "tendon_loading");
}

}  // namespace regimen::lint::support
