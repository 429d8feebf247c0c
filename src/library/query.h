// Finding exercises in the library: by filters (`lib list --target ...`) and
// by free text (`lib search "shoulder blades"`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "library/library.h"

namespace regimen {

// Each set field must match; unset fields match everything.
struct LibraryFilter {
  std::optional<std::string> region;
  std::optional<std::string> target;
  std::optional<std::string> equipment;
  std::optional<std::string> position;
  std::optional<Level> level;
  std::optional<DosageKind> kind;
  std::optional<std::string> module;
  std::vector<std::string> avoid;  // demands: an exercise that makes any of them is left out
};

// In id order.
std::vector<const Exercise*> filter(const Library& library, const LibraryFilter& filter);

struct SearchHit {
  const Exercise* exercise = nullptr;
  int score = 0;
  // The part of the score from what the exercise is (its names, region and
  // targets), which ranks before matches in what it uses or how it is done.
  int what_it_is = 0;
  std::vector<std::string> matched;  // "name", "alias", "target", "equipment", "step", ...
};

// Ranked best first (then by id). Words of the query are matched against
// names, aliases, region, targets, equipment, position, category, steps and
// cues, the vocabulary's words by their names and aliases too ("quads" finds
// the target quadriceps). An exercise matched by what it is (name, alias,
// region, target) ranks before one matched only by how it is done (a step
// that mentions a knee), whatever the scores; within each, a match in a name
// counts for more than one in a step.
std::vector<SearchHit> search(const Library& library, std::string_view query);

}  // namespace regimen
