#include "library/library.h"

#include "base/names.h"

namespace regimen {

void Library::add(Exercise exercise) {
  modules_[exercise.module].push_back(exercise.id);
  // Names of an exercise being replaced stop pointing at it.
  if (auto old = exercises_.find(exercise.id); old != exercises_.end()) {
    for (auto it = keys_.begin(); it != keys_.end();) it = it->second == exercise.id ? keys_.erase(it) : std::next(it);
  }
  std::string id_key = names::lookup_key(exercise.id);
  keys_[id_key] = exercise.id;
  id_keys_[id_key] = exercise.id;
  auto claim = [&](const std::string& name) {
    std::string key = names::lookup_key(name);
    if (auto owner = id_keys_.find(key); owner != id_keys_.end() && owner->second != exercise.id) return;
    keys_[key] = exercise.id;
  };
  for (const auto& alias : exercise.aliases) claim(alias);
  claim(exercise.name);
  std::string id = exercise.id;
  exercises_[id] = std::move(exercise);
}

const Exercise* Library::by_id(std::string_view id) const {
  auto it = exercises_.find(std::string(id));
  return it == exercises_.end() ? nullptr : &it->second;
}

const Exercise* Library::find(std::string_view name) const {
  auto it = keys_.find(names::lookup_key(name));
  return it == keys_.end() ? nullptr : by_id(it->second);
}

std::optional<std::string> Library::suggest(std::string_view name) const {
  std::vector<std::string> keys;
  keys.reserve(keys_.size());
  for (const auto& [key, id] : keys_) keys.push_back(key);
  auto best = names::closest(names::lookup_key(name), keys);
  if (!best) return std::nullopt;
  return keys_.at(*best);
}

std::optional<std::string> Library::suggest_module(std::string_view name) const {
  return names::closest(name, module_names());
}

std::vector<std::string> Library::module_names() const {
  std::vector<std::string> out;
  for (const auto& [name, ids] : modules_) out.push_back(name);
  return out;
}

}  // namespace regimen
