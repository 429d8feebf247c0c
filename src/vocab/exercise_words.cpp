#include "vocab/exercise_words.h"

#include <map>

#include "vocab/kinds.h"

namespace regimen {
namespace {

const std::map<std::string, std::vector<std::string>, std::less<>>& words_by_property() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kWords = {
      {"kind", spellings<DosageKind>()},
      {"accepts", spellings<DoseClause>()},
      {"sides", spellings<Sidedness>()},
      {"switch", spellings<SideSwitch>()},
      {"limb", spellings<Limb>()},
      {"level", spellings<Level>()},
      {"position",
       {"standing", "seated", "kneeling", "half_kneeling", "quadruped", "supine", "prone", "side_lying", "plank", "any"}},
      {"category", {"mobility", "stretching", "strengthening", "tendon_loading", "release", "activity", "balance"}},
  };
  return kWords;
}

}  // namespace

const std::vector<std::string>& definition_properties() {
  static const std::vector<std::string> kProperties = {
      "aliases",  "kind",     "accepts",   "sides",     "switch",     "limb",     "position",   "equipment", "targets", "level",
      "category", "rep_time", "breath_time", "rest_time", "hold_bound", "short_hold", "directions", "source",
      "region", "demands"};
  return kProperties;
}

const std::vector<std::string>& property_words(std::string_view property) {
  static const std::vector<std::string> kAny;
  const auto& words = words_by_property();
  auto it = words.find(property);
  return it == words.end() ? kAny : it->second;
}

std::string_view to_string(VocabularyKind kind) {
  switch (kind) {
    case VocabularyKind::Equipment: return "equipment";
    case VocabularyKind::Target: return "target";
    case VocabularyKind::Direction: return "direction";
    case VocabularyKind::Region: return "region";
    case VocabularyKind::Demand: return "demand";
  }
  return "equipment";
}

std::string_view property_of(VocabularyKind kind) {
  switch (kind) {
    case VocabularyKind::Equipment: return "equipment";
    case VocabularyKind::Target: return "targets";
    case VocabularyKind::Direction: return "directions";
    case VocabularyKind::Region: return "region";
    case VocabularyKind::Demand: return "demands";
  }
  return "equipment";
}

}  // namespace regimen
