// The words an exercise definition's properties take (`kind hold`,
// `position seated`, `equipment band, chair`), for the checker, the linter's
// patient profile and the library browser alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vocab/kinds.h"

namespace regimen {

// Every property a definition may have, for "did you mean" and the docs.
const std::vector<std::string>& definition_properties();

// The words a property allows (`position` -> standing, seated, ...); empty for
// properties whose words the library defines (`equipment`, `targets`,
// `directions`: see VocabularyKind) or that take any word (`source`).
const std::vector<std::string>& property_words(std::string_view property);

// The open vocabularies: their words are not the compiler's but the library's,
// declared like exercises (`equipment step "Step or stair"`), so that a clinic
// can add the equipment, body areas and directions its handouts need. A
// region is the part of the body an exercise is for (`region knee`), one per
// exercise, by which the library is organised and browsed; a demand is
// something an exercise asks of the patient that a patient may have to avoid
// (`demands kneeling, floor`).
enum class VocabularyKind { Equipment, Target, Direction, Region, Demand };

std::string_view to_string(VocabularyKind kind);  // equipment, target, direction, region, demand
// The property of an exercise that takes the kind's words: equipment, targets, directions, region, demands.
std::string_view property_of(VocabularyKind kind);

template <>
struct AllValues<VocabularyKind> {
  static constexpr std::array values{VocabularyKind::Equipment, VocabularyKind::Target, VocabularyKind::Direction,
                                     VocabularyKind::Region, VocabularyKind::Demand};
};

}  // namespace regimen
