#include "library/vocabulary.h"

namespace regimen {

void Vocabulary::add(VocabularyWord word) {
  Words& words = kinds_[static_cast<std::size_t>(word.kind)];
  // Named by id and aliases only: the quoted name is for people ("Step or
  // stair"), and a direction's is a phrase ("to the left").
  words.names.add(word.id, word.aliases);
  if (auto it = words.by_id.find(word.id); it != words.by_id.end()) {
    words.in_order[it->second] = std::move(word);
    return;
  }
  words.by_id[word.id] = words.in_order.size();
  words.in_order.push_back(std::move(word));
}

const VocabularyWord* Vocabulary::find(VocabularyKind kind, std::string_view word) const {
  const Words& words = of(kind);
  auto id = words.names.find(word);
  return id ? &words.in_order[words.by_id.at(*id)] : nullptr;
}

std::optional<std::string> Vocabulary::suggest(VocabularyKind kind, std::string_view word) const {
  return of(kind).names.suggest(word);
}

std::vector<const VocabularyWord*> Vocabulary::words(VocabularyKind kind) const {
  std::vector<const VocabularyWord*> out;
  for (const auto& w : of(kind).in_order) out.push_back(&w);
  return out;
}

std::vector<std::string> Vocabulary::ids(VocabularyKind kind) const {
  std::vector<std::string> out;
  for (const auto& w : of(kind).in_order) out.push_back(w.id);
  return out;
}

std::optional<Direction> Vocabulary::direction(std::string_view word) const {
  const VocabularyWord* found = find(VocabularyKind::Direction, word);
  if (found == nullptr) return std::nullopt;
  return Direction{found->id, found->name};
}

}  // namespace regimen
