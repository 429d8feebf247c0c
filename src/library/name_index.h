// Names to ids for one kind of library entry (exercises, or the words of a
// vocabulary): each entry's id, aliases and display name, compared ignoring
// case, spaces, hyphens, underscores and apostrophes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regimen {

class NameIndex {
 public:
  // Gives `id` its own id and `names`. Names it had before are dropped (a
  // later layer's definition replaces an earlier one whole); each of `names`
  // is taken over from an entry added before, unless it is that entry's id.
  void add(const std::string& id, const std::vector<std::string>& names);

  // The id that `name` names, if any.
  std::optional<std::string> find(std::string_view name) const;
  // The id of the nearest known name, for "did you mean".
  std::optional<std::string> suggest(std::string_view name) const;

 private:
  std::map<std::string, std::string> keys_;     // lookup key -> id
  std::map<std::string, std::string> id_keys_;  // lookup key of each id -> id
};

}  // namespace regimen
