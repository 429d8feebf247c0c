// L04xx: how the program grows from week to week: no step more than doubles
// an exercise's work, and no step skips a level.
#include <fmt/format.h>

#include <map>
#include <set>

#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"
#include "schedule/week_dose.h"

namespace regimen::lint::checks {
namespace {

// An exercise's work in one week's session: every part of its dose
// multiplied, summed over the times it runs (a circuit's rounds). The shape
// says which parts there are, so that only like is compared with like.
struct Work {
  double volume = 0;
  unsigned shape = 0;
  const program::Item* item = nullptr;
  schedule::WeekDose dose;
};

std::map<std::string, Work> work_by_exercise(const support::WeekSession& session) {
  std::map<std::string, Work> out;
  for (const auto& entry : session.timeline.entries) {
    const program::Item& item = *entry.item;
    schedule::WeekDose d = schedule::dose_at(item, session.period.first, schedule::DoseChoice::Low);
    double volume = d.sets;
    // The shape tells doses that can be compared week to week: the form, and
    // for repetitions whether each is held.
    unsigned shape = static_cast<unsigned>(d.work.index()) * 2;
    std::visit(
        [&](const auto& w) {
          using T = std::decay_t<decltype(w)>;
          if constexpr (std::is_same_v<T, schedule::RepsWork>) {
            volume *= w.reps;
            if (w.each) volume *= w.each->seconds, shape |= 1;
          } else if constexpr (std::is_same_v<T, schedule::HoldWork>) {
            volume *= w.hold.seconds;
          } else if constexpr (std::is_same_v<T, schedule::TimeWork>) {
            volume *= w.seconds;
          } else {
            static_assert(std::is_same_v<T, schedule::DistanceWork>, "every form of work has a volume");
            volume *= w.metres;
          }
        },
        d.work);
    auto [it, fresh] = out.emplace(item.exercise_id, Work{0, shape, &item, d});
    if (!fresh && it->second.shape != shape) it->second.shape = ~0u;  // two unlike doses: not comparable
    it->second.volume += volume;
  }
  return out;
}

}  // namespace

void volume_doubling(const LintInput& input, std::vector<Finding>& out) {
  double rise = input.values.get("L0401", "max_rise");
  double most = 1 + rise / 100;
  support::LineIndex lines(input.ast);
  auto all = support::sessions(input.program);
  std::set<std::string> reported;
  for (std::size_t i = 1; i < all.size(); ++i) {
    if (!support::follows(all[i - 1], all[i])) continue;
    auto before = work_by_exercise(all[i - 1]);
    auto now = work_by_exercise(all[i]);
    for (const auto& [id, work] : now) {
      auto prev = before.find(id);
      if (prev == before.end() || prev->second.shape != work.shape || work.shape == ~0u) continue;
      if (prev->second.volume <= 0 || work.volume <= most * prev->second.volume + 1e-9) continue;
      if (!reported.insert(id).second) continue;
      const SessionTiming& timing = input.program.session_timing;
      Finding f;
      f.span = lines.name_span(*work.item);
      std::string grows = rise == 100 ? "more than doubles"
                                      : fmt::format("rises by more than {}%", support::number(rise));
      f.message = fmt::format("`{}` {} from {} ({}) to {} ({})", id, grows,
                              support::when(all[i - 1]),
                              schedule::dose_phrase(*prev->second.item, prev->second.dose, timing),
                              support::when(all[i]),
                              schedule::dose_phrase(*work.item, work.dose, timing));
      f.help.push_back("make the weekly steps smaller: start higher, aim lower, or spread the progression over more weeks");
      out.push_back(std::move(f));
    }
  }
}

void level_jump(const LintInput& input, std::vector<Finding>& out) {
  support::LineIndex lines(input.ast);
  // A harder variant two levels above its exercise, unless it says the
  // patient moves on to it only on reaching that level (`harder deadlift
  // for advanced`): then the levels between are the patient's own progress.
  for (const auto* item : support::all_items(input.program)) {
    const Exercise* exercise = input.library.by_id(item->exercise_id);
    const ast::Prescription* line = lines.of(*item);
    if (!exercise || !line) continue;
    for (const auto& variant : line->variants) {
      if (variant.kind != VariantKind::Harder) continue;
      const Exercise* target = input.library.find(variant.target.text);
      if (!target || support::rank(target->level) < support::rank(exercise->level) + 2) continue;
      if (variant.level) {
        auto marked = parse_level(variant.level->text);
        if (marked && support::rank(*marked) >= support::rank(target->level)) continue;
      }
      Finding f;
      f.span = variant.span;
      f.message = fmt::format("`{}` ({}) steps up to `{}` ({}), skipping a level", exercise->id, to_string(exercise->level),
                              target->id, to_string(target->level));
      f.help.push_back("put an intermediate step between them, or describe a smaller change, as in `harder \"...\"`");
      f.help.push_back(fmt::format("if the patient is to move on to it only once at {} level, say so: `harder {} for {}`",
                                   to_string(target->level), target->id, to_string(target->level)));
      out.push_back(std::move(f));
    }
  }
  // An exercise that joins in a later week two levels above anything the
  // week before.
  auto all = support::sessions(input.program);
  std::set<const program::Item*> reported;
  for (std::size_t i = 1; i < all.size(); ++i) {
    if (!support::follows(all[i - 1], all[i])) continue;
    auto before = support::session_items(all[i - 1].timeline);
    if (before.empty()) continue;
    int highest = 0;
    std::string highest_word = "beginner";
    std::set<const program::Item*> known(before.begin(), before.end());
    for (const auto* item : before) {
      if (const Exercise* e = input.library.by_id(item->exercise_id); e && support::rank(e->level) > highest) {
        highest = support::rank(e->level);
        highest_word = to_string(e->level);
      }
    }
    for (const auto* item : support::session_items(all[i].timeline)) {
      const Exercise* e = input.library.by_id(item->exercise_id);
      if (!e || known.count(item) || support::rank(e->level) < highest + 2 || !reported.insert(item).second) continue;
      Finding f;
      f.span = lines.name_span(*item);
      f.message = fmt::format("`{}` ({}) starts in {}, when the {} before went no further than {} work", e->id,
                              to_string(e->level), support::when(all[i]),
                              all[i - 1].period.unit == TimeUnit::Weeks ? "week" : "days", highest_word);
      f.help.push_back("bring in an intermediate exercise in the weeks before, or start with an easier variant");
      out.push_back(std::move(f));
    }
  }
}

}  // namespace regimen::lint::checks
