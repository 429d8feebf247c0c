#include "library/library.h"

#include "base/names.h"

namespace regimen {

void Library::add(Exercise exercise) {
  modules_[exercise.module].push_back(exercise.id);
  std::vector<std::string> names = exercise.aliases;
  names.push_back(exercise.name);
  names_.add(exercise.id, names);
  std::string id = exercise.id;
  exercises_[id] = std::move(exercise);
}

const Exercise* Library::by_id(std::string_view id) const {
  auto it = exercises_.find(std::string(id));
  return it == exercises_.end() ? nullptr : &it->second;
}

const Exercise* Library::find(std::string_view name) const {
  auto id = names_.find(name);
  return id ? by_id(*id) : nullptr;
}

std::optional<std::string> Library::suggest(std::string_view name) const { return names_.suggest(name); }

std::optional<std::string> Library::suggest_module(std::string_view name) const {
  return names::closest(name, module_names());
}

std::vector<std::string> Library::module_names() const {
  std::vector<std::string> out;
  for (const auto& [name, ids] : modules_) out.push_back(name);
  return out;
}

}  // namespace regimen
