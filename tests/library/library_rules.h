// The rules the library's data must follow, as functions that list every
// breach, so that the same rule is tested on the built-in library (no
// breaches) and on small broken libraries (each breach found).
#pragma once

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/names.h"
#include "library/library.h"

namespace regimen::testing {

using Problems = std::vector<std::string>;

inline bool has_text(const std::vector<std::string>& list) {
  return !list.empty() && std::all_of(list.begin(), list.end(), [](const std::string& s) { return !s.empty(); });
}

// What a complete exercise has and this one lacks. Properties with a default
// in the checker (kind, sides, level, switch) are checked on the definition
// as written, in data_test.cpp.
inline Problems missing_fields(const Exercise& ex) {
  Problems out;
  auto need = [&](bool ok, const char* what) {
    if (!ok) out.push_back(ex.id + ": " + what);
  };
  need(!ex.id.empty(), "no id");
  need(!ex.name.empty() && ex.name != ex.id, "no display name");
  need(has_text(ex.aliases), "no alias");
  need(!ex.region.empty(), "no region");
  need(!ex.position.empty(), "no position");
  need(has_text(ex.equipment), "no equipment");
  need(has_text(ex.targets), "no targets");
  need(has_text(ex.demands), "no demands (`demands none` when it asks nothing a patient may avoid)");
  need(!ex.category.empty(), "no category");
  need(ex.defaults.dose.has_value(), "no default dose");
  need(ex.steps.size() >= 3 && has_text(ex.steps), "fewer than 3 steps");
  need(has_text(ex.cues), "no cue");
  need(has_text(ex.cautions), "no caution");
  need(!ex.variants.empty(), "no easier, harder or alternative variant");
  // A source a reader can look up: a publisher and a title, not a bare tag.
  need(ex.source.size() >= 12 && ex.source.find(' ') != std::string::npos, "no source naming where it comes from");
  need(ex.sides != Sidedness::Directional || !ex.directions.empty(), "per_direction without directions");
  return out;
}

// Names (ids, aliases, display names) that two exercises share, compared as
// the compiler compares them.
inline Problems name_collisions(const Library& library) {
  Problems out;
  std::map<std::string, std::string> owner;  // lookup key -> id
  for (const auto& [id, ex] : library.exercises()) {
    std::vector<std::string> names = ex.aliases;
    names.push_back(ex.id);
    names.push_back(ex.name);
    for (const auto& name : names) {
      auto [it, fresh] = owner.emplace(names::lookup_key(name), id);
      if (!fresh && it->second != id) out.push_back("`" + name + "` names both " + it->second + " and " + id);
    }
  }
  return out;
}

// Variants that name an exercise the library does not have, or the exercise itself.
inline Problems broken_links(const Library& library) {
  Problems out;
  for (const auto& [id, ex] : library.exercises()) {
    for (const auto& v : ex.variants) {
      if (v.target.empty()) continue;
      const Exercise* target = library.find(v.target);
      if (target == nullptr) {
        out.push_back(id + ": " + std::string(to_string(v.kind)) + " " + v.target + " is no exercise");
      } else if (target->id == id) {
        out.push_back(id + ": " + std::string(to_string(v.kind)) + " names itself");
      }
    }
  }
  return out;
}

// Steps that do not read as an instruction to the patient: a sentence that
// starts with a capital letter and ends with a full stop (or ! or ?), of a
// few words at least, not a fragment such as "Knees bent" or "10 times".
inline Problems step_problems(const Exercise& ex) {
  Problems out;
  for (std::size_t i = 0; i < ex.steps.size(); ++i) {
    const std::string& step = ex.steps[i];
    auto problem = [&](const char* what) { out.push_back(ex.id + ": step " + std::to_string(i + 1) + " " + what); };
    if (step.empty()) {
      problem("is empty");
      continue;
    }
    if (!std::isupper(static_cast<unsigned char>(step.front()))) problem("does not start with a capital letter");
    char last = step.back();
    if (last != '.' && last != '!' && last != '?') problem("does not end with a full stop");
    if (std::count(step.begin(), step.end(), ' ') < 3) problem("is fewer than four words");
  }
  return out;
}

// The built-in library keeps each region's exercises in the module of that
// name (stdlib/knee.regimen holds region knee), so that the file to edit is
// the region's.
inline Problems region_module_problems(const Library& library) {
  Problems out;
  for (const auto& [id, ex] : library.exercises()) {
    if (ex.region != ex.module) out.push_back(id + ": region " + ex.region + " but module " + ex.module);
  }
  return out;
}

// Chains of `harder` links that come back to where they started.
inline Problems harder_cycles(const Library& library) {
  Problems out;
  std::map<std::string, int> state;  // 0 unseen, 1 on the current path, 2 done
  std::vector<std::string> path;
  std::function<void(const Exercise&)> visit = [&](const Exercise& ex) {
    state[ex.id] = 1;
    path.push_back(ex.id);
    for (const auto& v : ex.variants) {
      if (v.kind != VariantKind::Harder || v.target.empty()) continue;
      const Exercise* next = library.find(v.target);
      if (next == nullptr) continue;  // a broken link, reported by broken_links
      if (state[next->id] == 1) {
        std::string cycle;
        auto from = std::find(path.begin(), path.end(), next->id);
        for (auto it = from; it != path.end(); ++it) cycle += *it + " -> ";
        out.push_back(cycle + next->id);
      } else if (state[next->id] == 0) {
        visit(*next);
      }
    }
    path.pop_back();
    state[ex.id] = 2;
  };
  for (const auto& [id, ex] : library.exercises()) {
    if (state[id] == 0) visit(ex);
  }
  return out;
}

// A `harder` variant below the exercise's level, or an `easier` one above it.
inline Problems level_order_problems(const Library& library) {
  Problems out;
  for (const auto& [id, ex] : library.exercises()) {
    for (const auto& v : ex.variants) {
      if (v.target.empty() || v.kind == VariantKind::Alternative) continue;
      const Exercise* target = library.find(v.target);
      if (target == nullptr) continue;
      bool wrong = v.kind == VariantKind::Harder ? target->level < ex.level : target->level > ex.level;
      if (wrong) {
        out.push_back(id + " (" + std::string(to_string(ex.level)) + ") names " + target->id + " (" +
                      std::string(to_string(target->level)) + ") as " + std::string(to_string(v.kind)));
      }
    }
  }
  return out;
}

}  // namespace regimen::testing
