#include "library/library.h"

#include <algorithm>

#include "base/names.h"

namespace regimen {

Library::Library(std::shared_ptr<const Library> base) : base_(std::move(base)) {
  if (base_) vocabulary_ = base_->vocabulary_;
}

void Library::add(Exercise exercise) {
  modules_[exercise.module].push_back(exercise.id);
  std::vector<std::string> names = exercise.aliases;
  names.push_back(exercise.name);
  names_.add(exercise.id, names, [&](const std::string& key) {
    return base_ ? base_->id_with_key(key) : std::nullopt;
  });
  std::string id = exercise.id;
  exercises_[id] = std::move(exercise);
}

const Exercise* Library::by_id(std::string_view id) const {
  auto it = exercises_.find(std::string(id));
  if (it != exercises_.end()) return &it->second;
  return base_ ? base_->by_id(id) : nullptr;
}

// A name of this layer comes first. A name from below still counts unless
// its exercise was replaced here: a replacement brings all its names anew,
// and the old ones it left out name nothing.
std::optional<std::string> Library::find_id(std::string_view name) const {
  if (auto id = names_.find(name)) return id;
  if (!base_) return std::nullopt;
  auto id = base_->find_id(name);
  if (id && exercises_.count(*id)) return std::nullopt;
  return id;
}

std::optional<std::string> Library::id_with_key(const std::string& key) const {
  if (auto id = names_.id_with_key(key)) return id;
  return base_ ? base_->id_with_key(key) : std::nullopt;
}

const Exercise* Library::find(std::string_view name) const {
  auto id = find_id(name);
  return id ? by_id(*id) : nullptr;
}

bool Library::has_module(std::string_view name) const {
  return modules_.count(std::string(name)) > 0 || (base_ && base_->has_module(name));
}

std::vector<std::pair<std::string, std::string>> Library::name_keys() const {
  std::vector<std::pair<std::string, std::string>> out;
  if (base_) {
    for (auto& [key, id] : base_->name_keys()) {
      if (!names_.find_key(key) && !exercises_.count(id)) out.emplace_back(std::move(key), std::move(id));
    }
  }
  for (const auto& [key, id] : names_.keys()) out.emplace_back(key, id);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> Library::suggest(std::string_view name) const {
  if (!base_) return names_.suggest(name);
  auto keys = name_keys();
  std::string wanted = names::lookup_key(name);  // Nearest keeps a view of it
  names::Nearest nearest(wanted);
  for (const auto& [key, id] : keys) nearest.consider(key);
  auto best = nearest.best();
  if (!best) return std::nullopt;
  auto it = std::lower_bound(keys.begin(), keys.end(), *best,
                             [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it->second;
}

std::optional<std::string> Library::suggest_module(std::string_view name) const {
  return names::closest(name, module_names());
}

std::vector<Library::Entry> Library::exercises() const {
  std::vector<Entry> below = base_ ? base_->exercises() : std::vector<Entry>{};
  std::vector<Entry> out;
  out.reserve(below.size() + exercises_.size());
  auto own = exercises_.begin();
  for (const Entry& entry : below) {
    for (; own != exercises_.end() && own->first < entry.first; ++own) out.emplace_back(own->first, own->second);
    if (own != exercises_.end() && own->first == entry.first) continue;  // replaced in this layer
    out.push_back(entry);
  }
  for (; own != exercises_.end(); ++own) out.emplace_back(own->first, own->second);
  return out;
}

std::vector<std::string> Library::module_names() const {
  std::vector<std::string> out;
  for (const auto& [name, ids] : modules()) out.push_back(name);
  return out;
}

std::map<std::string, std::vector<std::string>> Library::modules() const {
  if (!base_) return modules_;
  auto out = base_->modules();
  for (const auto& [name, ids] : modules_) {
    auto& all = out[name];
    all.insert(all.end(), ids.begin(), ids.end());
  }
  return out;
}

}  // namespace regimen
