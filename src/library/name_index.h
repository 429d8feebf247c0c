// Names to ids for one kind of library entry (exercises, or the words of a
// vocabulary): each entry's id, aliases and display name, compared ignoring
// case, spaces, hyphens, underscores and apostrophes.
#pragma once

#include <functional>
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
  // `id_below` answers for the ids of the layers below this index, if any:
  // which id, if one, has a given lookup key (a name is never taken from an id).
  using IdBelow = std::function<std::optional<std::string>(const std::string& key)>;
  void add(const std::string& id, const std::vector<std::string>& names, const IdBelow& id_below = nullptr);

  // The id that `name` names, if any.
  std::optional<std::string> find(std::string_view name) const;
  // The same for a name already made a lookup key.
  std::optional<std::string> find_key(const std::string& key) const;
  // The id whose own lookup key is `key`, if any.
  std::optional<std::string> id_with_key(const std::string& key) const;
  // Every lookup key and the id it names.
  const std::map<std::string, std::string>& keys() const { return keys_; }
  // The id of the nearest known name, for "did you mean".
  std::optional<std::string> suggest(std::string_view name) const;

 private:
  std::map<std::string, std::string> keys_;     // lookup key -> id
  std::map<std::string, std::string> id_keys_;  // lookup key of each id -> id
};

}  // namespace regimen
