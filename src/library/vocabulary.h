// The library's open vocabularies: the equipment, body areas and directions
// that exercises and routine lines may name, each defined like an exercise
// (`equipment step "Step or stair" { aliases stair }`) and layered the same way.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "library/name_index.h"
#include "vocab/direction.h"
#include "vocab/exercise_words.h"

namespace regimen {

struct VocabularyWord {
  VocabularyKind kind = VocabularyKind::Equipment;
  std::string id;    // what definitions and routines write: `step`
  // For equipment and targets, what people read: "Step or stair", "Back of
  // the thigh". For a direction, what a cue says after "Now": "to the left".
  std::string name;
  std::vector<std::string> aliases;
  std::string module;
  Span span;
  bool operator==(const VocabularyWord&) const = default;
};

class Vocabulary {
 public:
  // Adds a word, or replaces the word of its kind with the same id (a later
  // layer overrides an earlier one, which keeps its place in the order).
  void add(VocabularyWord word);

  // By id or alias, ignoring case, spaces, hyphens and underscores.
  const VocabularyWord* find(VocabularyKind kind, std::string_view word) const;
  // The nearest id or alias, for "did you mean".
  std::optional<std::string> suggest(VocabularyKind kind, std::string_view word) const;
  // Every word of a kind, in the order they were first defined.
  std::vector<const VocabularyWord*> words(VocabularyKind kind) const;
  // Their ids, in that order: the list a message gives.
  std::vector<std::string> ids(VocabularyKind kind) const;

  // The direction a routine names, with the words its cues say.
  std::optional<Direction> direction(std::string_view word) const;

 private:
  struct Words {
    std::vector<VocabularyWord> in_order;
    std::map<std::string, std::size_t> by_id;
    NameIndex names;
  };
  const Words& of(VocabularyKind kind) const { return kinds_[static_cast<std::size_t>(kind)]; }

  std::array<Words, all_values<VocabularyKind>().size()> kinds_;
};

}  // namespace regimen
