// The exercise library: every exercise a routine can name, the modules they
// come from, and the words of its vocabularies. Built from definitions
// (stdlib, --lib folders, routine files), then read-only.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "library/exercise.h"
#include "library/name_index.h"
#include "library/vocabulary.h"

namespace regimen {

class Library {
 public:
  Library() = default;
  // A layer over `base`, which it shares rather than copies: it answers
  // every question as a copy of `base` with the layer's additions would (a
  // routine's own definitions over the workspace's library, which has some
  // 260 exercises: copying them was most of the time of checking a small
  // routine that defines one).
  explicit Library(std::shared_ptr<const Library> base);

  // Adds or replaces an exercise. Its aliases and display name take over the
  // same names of exercises added before (a later layer overrides an earlier
  // one), but never another exercise's id.
  void add(Exercise exercise);
  void add_module(const std::string& name) { modules_.insert({name, {}}); }

  // By id, alias or display name, ignoring case, spaces, hyphens and apostrophes.
  const Exercise* find(std::string_view name) const;
  const Exercise* by_id(std::string_view id) const;
  bool has_module(std::string_view name) const;

  // The nearest known name, for "did you mean".
  std::optional<std::string> suggest(std::string_view name) const;
  std::optional<std::string> suggest_module(std::string_view name) const;

  // Every exercise, by id in alphabetical order.
  using Entry = std::pair<const std::string&, const Exercise&>;
  std::vector<Entry> exercises() const;
  std::vector<std::string> module_names() const;
  // Each module's exercise ids, in the order they were added.
  std::map<std::string, std::vector<std::string>> modules() const;

  // The equipment, targets and directions exercises and routines may name.
  void add_word(VocabularyWord word) { vocabulary_.add(std::move(word)); }
  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  // The id `name` names, as a flat library would answer.
  std::optional<std::string> find_id(std::string_view name) const;
  // The id whose own lookup key is `key`, in this layer or below.
  std::optional<std::string> id_with_key(const std::string& key) const;
  // Every name's lookup key and the id it names, in key order.
  std::vector<std::pair<std::string, std::string>> name_keys() const;

  std::shared_ptr<const Library> base_;                     // the layers below, if any
  std::map<std::string, Exercise> exercises_;               // this layer's, by id
  NameIndex names_;                                         // this layer's exercises' names
  std::map<std::string, std::vector<std::string>> modules_; // this layer's: module -> ids
  Vocabulary vocabulary_;                                   // all of it: a few hundred words, copied
};

}  // namespace regimen
