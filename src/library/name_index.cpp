#include "library/name_index.h"

#include "base/names.h"

namespace regimen {

void NameIndex::add(const std::string& id, const std::vector<std::string>& names, const IdBelow& id_below) {
  std::string id_key = names::lookup_key(id);
  if (id_keys_.count(id_key)) {
    for (auto it = keys_.begin(); it != keys_.end();) it = it->second == id ? keys_.erase(it) : std::next(it);
  }
  keys_[id_key] = id;
  id_keys_[id_key] = id;
  for (const auto& name : names) {
    std::string key = names::lookup_key(name);
    if (auto owner = id_keys_.find(key); owner != id_keys_.end() && owner->second != id) continue;
    if (id_below) {
      if (auto owner = id_below(key); owner && *owner != id) continue;
    }
    keys_[key] = id;
  }
}

std::optional<std::string> NameIndex::find(std::string_view name) const { return find_key(names::lookup_key(name)); }

std::optional<std::string> NameIndex::find_key(const std::string& key) const {
  auto it = keys_.find(key);
  if (it == keys_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> NameIndex::id_with_key(const std::string& key) const {
  auto it = id_keys_.find(key);
  if (it == id_keys_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> NameIndex::suggest(std::string_view name) const {
  std::string key = names::lookup_key(name);
  names::Nearest nearest(key);
  for (const auto& [candidate, id] : keys_) nearest.consider(candidate);
  auto best = nearest.best();
  if (!best) return std::nullopt;
  return keys_.at(std::string(*best));
}

}  // namespace regimen
