// L05xx: whether the program fits the patient: the level of each exercise,
// and the equipment it needs, with substitutes from the library.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"

namespace regimen::lint::checks {
namespace {

constexpr std::size_t kMostSuggestions = 3;

std::string quoted_list(const std::vector<std::string>& words, std::string_view last_joiner) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? std::string(last_joiner) : ", ";
    out += fmt::format("`{}`", words[i]);
  }
  return out;
}

bool has_all(const std::set<std::string>& has, const std::vector<std::string>& needs) {
  return std::all_of(needs.begin(), needs.end(), [&](const std::string& e) { return has.count(e) > 0; });
}

// The equipment the patient has, when the profile says.
std::optional<std::set<std::string>> patient_equipment(const LintInput& input) {
  if (!input.profile.equipment) return std::nullopt;
  std::set<std::string> has(input.profile.equipment->begin(), input.profile.equipment->end());
  has.insert("none");
  return has;
}

// What the patient could do instead of `exercise`: its easier variants and
// alternatives (the routine line's, then the library's it keeps), then exercises
// of the same category that work some of the same targets; none above `most`,
// and, when the patient's equipment is known, none needing anything else.
std::vector<std::string> substitutes(const LintInput& input, const program::Item& item, const Exercise& exercise,
                                     Level most) {
  auto has = patient_equipment(input);
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    const Exercise* e = input.library.by_id(id);
    if (!e || id == exercise.id || support::rank(e->level) > support::rank(most)) return;
    if (has && !has_all(*has, e->equipment)) return;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (const auto& v : item.variants) {
    if (v.kind != VariantKind::Harder) add(v.exercise_id);
  }
  std::vector<std::pair<std::size_t, std::string>> similar;
  for (const auto& [id, e] : input.library.exercises()) {
    if (e.category != exercise.category) continue;
    std::size_t shared = std::count_if(e.targets.begin(), e.targets.end(), [&](const std::string& t) {
      return std::find(exercise.targets.begin(), exercise.targets.end(), t) != exercise.targets.end();
    });
    if (shared > 0) similar.emplace_back(shared, id);
  }
  std::stable_sort(similar.begin(), similar.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [shared, id] : similar) add(id);
  if (out.size() > kMostSuggestions) out.resize(kMostSuggestions);
  return out;
}

void above_level(const LintInput& input, std::vector<Finding>& out, Level level, std::string_view whose,
                 std::optional<Span> level_fact) {
  support::LineIndex lines(input.ast);
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (!e || support::rank(e->level) <= support::rank(level)) continue;
    Finding f;
    f.span = lines.name_span(*item);
    f.message = fmt::format("`{}` is {} but {}", e->id, to_string(e->level), whose);
    auto options = substitutes(input, *item, *e, level);
    if (!options.empty()) {
      f.help.push_back(fmt::format("use {} instead", quoted_list(options, " or ")));
    } else {
      f.help.push_back(fmt::format("choose an exercise for {}", support::level_people(level)));
    }
    if (level_fact) {
      f.help.push_back("or, if the patient is ready for it, raise the routine's `level`");
      f.notes.push_back(Note{"the routine's level is set here", *level_fact});
    }
    out.push_back(std::move(f));
  }
}

}  // namespace

void above_routine_level(const LintInput& input, std::vector<Finding>& out) {
  if (!input.program.level) return;
  const ast::Fact* fact = support::routine_fact(input.ast, ast::Fact::Kind::Level);
  above_level(input, out, *input.program.level,
              fmt::format("the routine is for {}", support::level_people(*input.program.level)),
              fact ? std::optional<Span>(fact->span) : std::nullopt);
}

void above_patient_level(const LintInput& input, std::vector<Finding>& out) {
  if (!input.profile.level) return;
  above_level(input, out, *input.profile.level, fmt::format("the patient is at {} level", to_string(*input.profile.level)),
              std::nullopt);
}

void missing_equipment(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  auto has = patient_equipment(input);
  if (!has) return;
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (!e) continue;
    std::vector<std::string> missing;
    for (const auto& needed : e->equipment) {
      if (!has->count(needed)) missing.push_back(needed);
    }
    if (missing.empty()) continue;
    Finding f;
    f.span = lines.name_span(*item);
    f.message = fmt::format("`{}` needs {}, which the patient does not have", e->id, quoted_list(missing, " and "));
    auto options = substitutes(input, *item, *e, e->level);
    if (!options.empty()) {
      f.help.push_back(fmt::format("the patient could do {} instead", quoted_list(options, " or ")));
    } else {
      f.help.push_back("choose another exercise, or check whether the patient can get the equipment");
    }
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks
