// The exercise library: every exercise a routine can name, the modules they
// come from, and the words of its vocabularies. Built from definitions
// (stdlib, --lib folders, routine files), then read-only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "library/exercise.h"
#include "library/name_index.h"
#include "library/vocabulary.h"

namespace regimen {

class Library {
 public:
  // Adds or replaces an exercise. Its aliases and display name take over the
  // same names of exercises added before (a later layer overrides an earlier
  // one), but never another exercise's id.
  void add(Exercise exercise);
  void add_module(const std::string& name) { modules_.insert({name, {}}); }

  // By id, alias or display name, ignoring case, spaces, hyphens and apostrophes.
  const Exercise* find(std::string_view name) const;
  const Exercise* by_id(std::string_view id) const;
  bool has_module(std::string_view name) const { return modules_.count(std::string(name)) > 0; }

  // The nearest known name, for "did you mean".
  std::optional<std::string> suggest(std::string_view name) const;
  std::optional<std::string> suggest_module(std::string_view name) const;

  const std::map<std::string, Exercise>& exercises() const { return exercises_; }
  std::vector<std::string> module_names() const;
  // Each module's exercise ids, in the order they were added.
  const std::map<std::string, std::vector<std::string>>& modules() const { return modules_; }

  // The equipment, targets and directions exercises and routines may name.
  void add_word(VocabularyWord word) { vocabulary_.add(std::move(word)); }
  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  std::map<std::string, Exercise> exercises_;               // by id
  NameIndex names_;                                         // every exercise's names
  std::map<std::string, std::vector<std::string>> modules_; // module -> ids
  Vocabulary vocabulary_;
};

}  // namespace regimen
