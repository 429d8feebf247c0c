// The exercise library: every exercise a routine can name, and the modules
// they come from. Built from definitions (stdlib, --lib folders, routine
// files), then read-only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "library/exercise.h"

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

 private:
  std::map<std::string, Exercise> exercises_;               // by id
  std::map<std::string, std::string> keys_;                 // lookup key -> id
  std::map<std::string, std::string> id_keys_;              // lookup key of each id -> id
  std::map<std::string, std::vector<std::string>> modules_; // module -> ids
};

}  // namespace regimen
