// A library layered over another (a routine's own definitions over the
// workspace's library) must answer every question exactly as a copy of the
// base with the same additions does: the same exercise for every name, the
// same suggestions, the same lists. The layer only spares the copy.
#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/names.h"
#include "builtin_library.h"
#include "library/library.h"

using namespace regimen;
using regimen::testing::builtin;

namespace {

std::string id_of(const Exercise* e) { return e ? e->id : "(none)"; }

// Every name any of the libraries knows: the base's too, since the names a
// replaced exercise left behind must name nothing.
std::set<std::string> names_of(std::initializer_list<const Library*> libraries) {
  std::set<std::string> out;
  for (const Library* library : libraries) {
    for (const auto& [id, ex] : library->exercises()) {
      out.insert(id);
      out.insert(ex.name);
      for (const auto& alias : ex.aliases) out.insert(alias);
    }
  }
  return out;
}

std::vector<std::string> near_misses(const std::string& name) {
  std::vector<std::string> out;
  if (name.size() > 3) {
    out.push_back(name.substr(1));
    out.push_back(name.substr(0, name.size() - 1));
    std::string swapped = name;
    std::swap(swapped[1], swapped[2]);
    out.push_back(swapped);
  }
  out.push_back(name + "x");
  return out;
}

void expect_same(const Library& flat, const Library& layered, const Library& base) {
  std::vector<std::string> flat_ids, layered_ids;
  for (const auto& [id, ex] : flat.exercises()) flat_ids.push_back(id + "/" + ex.module + "/" + ex.name);
  for (const auto& [id, ex] : layered.exercises()) layered_ids.push_back(id + "/" + ex.module + "/" + ex.name);
  CHECK(flat_ids == layered_ids);
  CHECK(flat.modules() == layered.modules());
  CHECK(flat.module_names() == layered.module_names());
  for (const auto& name : names_of({&flat, &layered, &base})) {
    INFO(name);
    CHECK(id_of(flat.find(name)) == id_of(layered.find(name)));
    CHECK(id_of(flat.by_id(name)) == id_of(layered.by_id(name)));
    CHECK(flat.has_module(name) == layered.has_module(name));
    for (const auto& miss : near_misses(name)) {
      INFO(miss);
      CHECK(flat.suggest(miss) == layered.suggest(miss));
      CHECK(id_of(flat.find(miss)) == id_of(layered.find(miss)));
    }
  }
}

Exercise renamed(const Exercise& from, const std::string& id, const std::string& name, std::vector<std::string> aliases,
                 const std::string& module) {
  Exercise out = from;
  out.id = id;
  out.name = name;
  out.aliases = std::move(aliases);
  out.module = module;
  return out;
}

}  // namespace

TEST_CASE("a library layer answers as a copy of its base with the same additions", "[library][layer]") {
  auto base = std::make_shared<const Library>(builtin());
  std::vector<Library::Entry> all = base->exercises();
  REQUIRE(all.size() > 100);
  const Exercise& first = all[0].second;
  const Exercise& second = all[1].second;
  const Exercise& third = all[2].second;
  const Exercise& tenth = all[10].second;
  REQUIRE_FALSE(second.aliases.empty());

  // The additions: each a way a layer's names meet the base's.
  std::vector<Exercise> layer = {
      // a new exercise taking over another's alias and display name
      renamed(first, "zz_new_reach", "Zz new reach", {second.aliases[0], tenth.name}, "clinic"),
      // a new exercise whose alias is another's id: the id is never taken
      renamed(first, "zz_other", "Zz other", {third.id, second.id, "zz other alias"}, "clinic"),
      // an exercise of the base replaced, without its aliases and under a new name
      renamed(second, second.id, "Replaced " + second.name, {"replaced alias"}, "routine"),
      // an id written as another's display name would be looked up
      renamed(first, names::lookup_key(first.name) + "_v2", first.name + " v2", {}, "routine"),
      // the same new id twice in the layer: the second replaces the first
      renamed(first, "zz_twice", "Zz twice one", {"twice alias one"}, "routine"),
      renamed(first, "zz_twice", "Zz twice two", {"twice alias two"}, "routine"),
  };
  Library flat = *base;
  Library layered(base);
  for (const auto& e : layer) {
    flat.add(e);
    layered.add(e);
  }
  flat.add_module("empty_module");
  layered.add_module("empty_module");
  // The layer changed, and not the base.
  REQUIRE(layered.find("replaced alias") != nullptr);
  REQUIRE(layered.find(second.aliases[0])->id == "zz_new_reach");
  REQUIRE(base->find(second.aliases[0])->id == second.id);
  // The names a replaced exercise left out are gone; an id is never taken.
  CHECK(flat.find(second.name) == nullptr);
  CHECK(flat.find(third.id)->id == third.id);
  expect_same(flat, layered, *base);

  SECTION("a layer over a layer") {
    auto middle = std::make_shared<const Library>(layered);
    Library top(middle);
    Library flat_top = flat;
    for (const auto& e : {renamed(tenth, "zz_new_reach", "Zz new reach again", {"again"}, "top"),
                          renamed(tenth, tenth.id, tenth.name, {"zz other alias"}, "top")}) {
      top.add(e);
      flat_top.add(e);
    }
    expect_same(flat_top, top, *base);
  }
}
