// One exercise of the library: what it is, how it is dosed, how it is timed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source.h"
#include "figure/spec.h"
#include "vocab/kinds.h"
#include "program/dose.h"
#include "program/image.h"

namespace regimen {

struct ExerciseVariant {
  VariantKind kind = VariantKind::Easier;
  std::string target;       // an exercise id, resolved; or empty when `description` is used
  std::string description;  // a quoted change such as "hands higher on the wall"
  std::string condition;
  std::optional<Level> level;
  Span span;
  bool operator==(const ExerciseVariant&) const = default;
};

// The dose the library suggests when a routine gives none, checked and
// converted like a routine's by the same function.
struct DefaultDose {
  std::optional<program::Dose> dose;
  std::optional<program::Quantity> sets;
  std::optional<program::Range> rest_seconds;
  bool operator==(const DefaultDose&) const = default;
};

struct Exercise {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string module;
  DosageKind kind = DosageKind::Reps;
  DoseClauses accepts = accepted_by(DosageKind::Reps);  // the kind's, unless `accepts` says otherwise
  Sidedness sides = Sidedness::Bilateral;
  SideSwitch side_switch = SideSwitch::PerSet;
  // The ids of vocabulary words (library/vocabulary.h), as the library
  // spells them: an alias written in the definition is stored as its id.
  std::vector<std::string> directions;  // for per_direction: the order, e.g. right, left, centre
  std::optional<OnlySide> only_side;   // `default affected side only`: one side unless a line says otherwise
  std::optional<Limb> limb;           // `limb leg`: what a one-sided line works, in the handout's words
  std::string region;                // the part of the body it is for; a vocabulary id
  std::string position;
  std::vector<std::string> equipment;
  std::vector<std::string> demands;   // what it asks that a patient may have to avoid; vocabulary ids
  std::vector<std::string> targets;
  Level level = Level::Beginner;
  std::string category;
  Timing timing;
  DefaultDose defaults;
  std::vector<std::string> steps;
  std::vector<std::string> cues;
  std::vector<std::string> cautions;
  std::vector<ExerciseVariant> variants;
  std::vector<program::Image> images;  // the clinic's own pictures, in order
  // The figure the compiler draws, in the notation's checked form; none when
  // the definition has no `figure` (or a reported one).
  std::optional<::regimen::figure::Spec> figure;
  std::string source;
  // Its definition had a syntax error: this is what parsed of it, and routine
  // lines naming it are not checked against it.
  bool partial = false;
  Span span;
  bool operator==(const Exercise&) const = default;
};

}  // namespace regimen
