// L05xx: whether the program fits the patient: the level of each exercise,
// and the equipment it needs, with substitutes from the library.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"
#include "lint/rules/text_meaning.h"

namespace regimen::lint::checks {
namespace {

constexpr std::size_t kMostSuggestions = 3;

// "a, b and c", each word as given.
std::string plain_list(const std::vector<std::string>& words, std::string_view last_joiner) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? std::string(last_joiner) : ", ";
    out += words[i];
  }
  return out;
}

// "`a`, `b` or `c`": exercise ids and equipment words, as a routine writes them.
std::string quoted_list(const std::vector<std::string>& words, std::string_view last_joiner) {
  std::vector<std::string> quoted;
  for (const auto& word : words) quoted.push_back(fmt::format("`{}`", word));
  return plain_list(quoted, last_joiner);
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

bool avoided(const LintInput& input, const std::string& demand) {
  return std::find(input.profile.avoid.begin(), input.profile.avoid.end(), demand) != input.profile.avoid.end();
}

// What the patient could do instead of `exercise`: its easier variants and
// alternatives (the routine line's, then the library's it keeps), then
// exercises of the same category that work some of the same targets, those
// of its own region first. A substitute fits the whole profile: no level
// above `most`, nothing the patient lacks or must avoid, and no demand the
// exercise itself does not make (a patient given a seated exercise is not
// sent to the floor or onto their knees).
std::vector<std::string> substitutes(const LintInput& input, const program::Item& item, const Exercise& exercise,
                                     Level most) {
  auto has = patient_equipment(input);
  std::vector<std::string> out;
  auto fits = [&](const Exercise& e) {
    if (support::rank(e.level) > support::rank(most)) return false;
    if (has && !has_all(*has, e.equipment)) return false;
    return std::all_of(e.demands.begin(), e.demands.end(), [&](const std::string& d) {
      if (d == "none") return true;  // `demands none`: asks for nothing
      return !avoided(input, d) && std::find(exercise.demands.begin(), exercise.demands.end(), d) != exercise.demands.end();
    });
  };
  auto add = [&](const std::string& id) {
    const Exercise* e = input.library.by_id(id);
    if (!e || id == exercise.id || !fits(*e)) return;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (const auto& v : item.variants) {
    if (v.kind != VariantKind::Harder) add(v.exercise_id);
  }
  struct Similar {
    bool same_region;
    std::size_t shared;
    std::string id;
  };
  std::vector<Similar> similar;
  for (const auto& [id, e] : input.library.exercises()) {
    if (e.category != exercise.category) continue;
    std::size_t shared = std::count_if(e.targets.begin(), e.targets.end(), [&](const std::string& t) {
      return std::find(exercise.targets.begin(), exercise.targets.end(), t) != exercise.targets.end();
    });
    if (shared > 0) similar.push_back(Similar{e.region == exercise.region, shared, id});
  }
  std::stable_sort(similar.begin(), similar.end(), [](const Similar& a, const Similar& b) {
    return std::tie(a.same_region, a.shared) > std::tie(b.same_region, b.shared);
  });
  for (const auto& s : similar) add(s.id);
  if (out.size() > kMostSuggestions) out.resize(kMostSuggestions);
  return out;
}

// Each line with the innermost stage or phase around it that gives its own
// level: the level the patient has reached by then.
struct LeveledItem {
  const program::Item* item;
  const program::Block* block;  // null: no block around it gives a level
};

void leveled_items(const std::vector<program::Node>& body, const program::Block* around, std::vector<LeveledItem>& out) {
  for (const auto& node : body) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      out.push_back(LeveledItem{item, around});
      continue;
    }
    const auto& block = std::get<program::Block>(node);
    leveled_items(block.body, block.level ? &block : around, out);
  }
}

// "stage `Strength`", "weeks 5 to 8": the block a level was given for.
std::string block_words(const program::Block& block) {
  if (block.kind == program::Block::Kind::Stage) return fmt::format("stage `{}`", block.title);
  return block.days ? program::label_in_sentence(*block.days, " to ") : "the phase";
}

// `level` is the routine's or the patient's (null when not known). A line in
// a block whose own level is higher is judged by the block's level, and only
// when `judge_blocks` (the routine's rule): a stage above the patient's level
// today is the therapist's plan for later, not a mistake.
void above_level(const LintInput& input, std::vector<Finding>& out, std::optional<Level> level, std::string_view whose,
                 std::optional<Span> level_fact, bool judge_blocks) {
  support::LineIndex lines(input.ast);
  std::vector<LeveledItem> items;
  leveled_items(input.program.body, nullptr, items);
  for (const auto& [item, block] : items) {
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (!e) continue;
    std::optional<Level> by_then = level;
    bool from_block = block && (!level || support::rank(*block->level) > support::rank(*level));
    if (from_block && !judge_blocks) continue;
    if (from_block) by_then = block->level;
    if (!by_then || support::rank(e->level) <= support::rank(*by_then)) continue;
    Finding f;
    f.span = lines.name_span(*item);
    if (from_block) {
      f.message = fmt::format("`{}` is {} but {} is for {}", e->id, to_string(e->level), block_words(*block),
                              support::level_people(*by_then));
    } else {
      f.message = fmt::format("`{}` is {} but {}", e->id, to_string(e->level), whose);
    }
    auto options = substitutes(input, *item, *e, *by_then);
    if (!options.empty()) {
      f.help.push_back(fmt::format("use {} instead", quoted_list(options, " or ")));
    } else {
      f.help.push_back(fmt::format("choose an exercise for {}", support::level_people(*by_then)));
    }
    if (from_block) {
      f.help.push_back(fmt::format("or, if the patient will be ready for it by then, raise the level of {}",
                                   block_words(*block)));
    } else if (level_fact) {
      f.help.push_back("or, if the patient is ready for it, raise the routine's `level`; a later stage or phase may "
                       "give its own, as in `level intermediate`");
      f.notes.push_back(Note{"the routine's level is set here", *level_fact});
    }
    out.push_back(std::move(f));
  }
}

}  // namespace

void above_routine_level(const LintInput& input, std::vector<Finding>& out) {
  const ast::Fact* fact = support::routine_fact(input.ast, ast::Fact::Kind::Level);
  std::string whose =
      input.program.level ? fmt::format("the routine is for {}", support::level_people(*input.program.level)) : "";
  above_level(input, out, input.program.level, whose, fact ? std::optional<Span>(fact->span) : std::nullopt, true);
}

void above_patient_level(const LintInput& input, std::vector<Finding>& out) {
  if (!input.profile.level) return;
  above_level(input, out, input.profile.level,
              fmt::format("the patient is at {} level", to_string(*input.profile.level)), std::nullopt, false);
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

namespace regimen::lint::checks {

void avoided_demand(const LintInput& input, std::vector<Finding>& out) {
  if (input.profile.avoid.empty()) return;
  support::LineIndex lines(input.ast);
  const Vocabulary& vocabulary = input.library.vocabulary();
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (!e) continue;
    std::vector<std::string> asked;
    for (const auto& demand : e->demands) {
      if (!avoided(input, demand)) continue;
      const VocabularyWord* word = vocabulary.find(VocabularyKind::Demand, demand);
      asked.push_back(word ? support::plain_lower(word->name) : demand);
    }
    if (asked.empty()) continue;
    Finding f;
    f.span = lines.name_span(*item);
    f.message = fmt::format("`{}` asks for {}, which the patient must avoid", e->id, plain_list(asked, " and "));
    auto options = substitutes(input, *item, *e, input.profile.level.value_or(Level::Advanced));
    if (!options.empty()) {
      f.help.push_back(fmt::format("the patient could do {} instead", quoted_list(options, " or ")));
    } else {
      f.help.push_back("choose an exercise in another position; `regimen lib list --region R --avoid ...` lists them");
    }
    f.notes.push_back(Note{fmt::format("`regimen lib show {}` lists what it asks for", e->id), {}});
    out.push_back(std::move(f));
  }
}

void per_side_in_one_sided_program(const LintInput& input, std::vector<Finding>& out) {
  // A program is one-sided where its own lines say so: the regions of its
  // `affected side only` lines. A program for a condition of both sides
  // (knee arthritis, back pain) is not, whatever side the patient names.
  std::set<std::string> one_sided;
  std::vector<const program::Item*> items = support::all_items(input.program);
  for (const auto* item : items) {
    const Exercise* e = input.library.by_id(item->exercise_id);
    bool affected_only = item->sides.mode == program::SideMode::OneSide &&
                         (item->sides.only == OnlySide::Affected || input.program.affected_side);
    if (e && !e->region.empty() && affected_only) one_sided.insert(e->region);
  }
  if (one_sided.empty()) return;
  support::LineIndex lines(input.ast);
  for (const auto* item : items) {
    if (item->sides.from_library || item->sides.mode != program::SideMode::PerSide) continue;
    const Exercise* e = input.library.by_id(item->exercise_id);
    if (!e || !one_sided.count(e->region)) continue;
    Finding f;
    f.span = lines.name_span(*item);
    std::string side = input.program.affected_side
                           ? fmt::format("the {} side", to_string(*input.program.affected_side))
                           : std::string("the affected side");
    f.message = fmt::format("`{}` says `per side`, but the program's other {} exercises work {} only: the patient will "
                            "work both sides",
                            e->id, support::region_name(input, e->region), side);
    f.help.push_back("write `affected side only` if only that side is meant");
    f.help.push_back("if both sides are meant, say why in a note, and allow the rule on the line: "
                     "`# lint: allow per-side-in-one-sided-program`");
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks
