// The library's vocabularies: the words built in, and how a vocabulary finds,
// orders and replaces its words.
#include <catch2/catch.hpp>

#include "builtin_library.h"
#include "library/vocabulary.h"

using namespace regimen;
using regimen::testing::builtin;

namespace {

VocabularyWord word(VocabularyKind kind, std::string id, std::string name, std::vector<std::string> aliases = {}) {
  return VocabularyWord{kind, std::move(id), std::move(name), std::move(aliases), "test", {}};
}

}  // namespace

TEST_CASE("the built-in vocabulary has the words home programs need", "[library][vocabulary]") {
  const Vocabulary& v = builtin().vocabulary();
  // Handouts for the knee, hip, ankle and shoulder need these as much as the
  // back exercises' own equipment; other names for them are aliases.
  for (const char* equipment : {"step", "stair", "stick", "pole", "backpack", "ankle_weights", "cuff_weights",
                                "balance_pad", "stationary_bike", "plastic_bag", "table", "bed", "resistance_loop",
                                "gym_ball", "theraband", "pillow", "towel", "none"}) {
    INFO("equipment " << equipment);
    CHECK(v.find(VocabularyKind::Equipment, equipment) != nullptr);
  }
  for (const char* target : {"neck", "shoulder", "elbow", "wrist", "hand", "lower_back", "hip", "knee", "ankle", "foot",
                             "calf", "quadriceps", "hamstrings", "glutes", "core"}) {
    INFO("target " << target);
    CHECK(v.find(VocabularyKind::Target, target) != nullptr);
  }
  for (const char* direction : {"left", "right", "centre", "center", "clockwise", "anticlockwise", "up", "down", "in",
                                "out", "forward", "backward"}) {
    INFO("direction " << direction);
    CHECK(v.direction(direction).has_value());
  }
}

TEST_CASE("every word the built-in exercises name is the library's, by its id", "[library][vocabulary]") {
  const Vocabulary& v = builtin().vocabulary();
  for (const auto& [id, ex] : builtin().exercises()) {
    INFO("exercise " << id);
    for (const auto& e : ex.equipment) CHECK(v.find(VocabularyKind::Equipment, e)->id == e);
    for (const auto& t : ex.targets) CHECK(v.find(VocabularyKind::Target, t)->id == t);
    for (const auto& d : ex.directions) CHECK(v.direction(d)->id == d);
  }
}

TEST_CASE("a direction reads as its cue says after \"Now\"", "[library][vocabulary]") {
  const Vocabulary& v = builtin().vocabulary();
  CHECK(v.direction("left") == Direction{"left", "to the left"});
  CHECK(v.direction("center") == Direction{"centre", "to the centre"});
  CHECK(v.direction("clockwise") == Direction{"clockwise", "clockwise"});
  CHECK(v.direction("forward")->phrase == "forward");
  CHECK_FALSE(v.direction("sideways"));
}

TEST_CASE("a vocabulary finds a word by id or alias, in any case or spacing", "[library][vocabulary]") {
  Vocabulary v;
  v.add(word(VocabularyKind::Equipment, "step", "Step or stair", {"stair", "bottom_step"}));
  v.add(word(VocabularyKind::Target, "hamstrings", "Back of the thigh"));
  CHECK(v.find(VocabularyKind::Equipment, "stair")->id == "step");
  CHECK(v.find(VocabularyKind::Equipment, "Bottom step")->id == "step");
  CHECK(v.find(VocabularyKind::Equipment, "STEP")->id == "step");
  // Each kind is a vocabulary of its own, and the quoted name is not a word.
  CHECK(v.find(VocabularyKind::Target, "step") == nullptr);
  CHECK(v.find(VocabularyKind::Equipment, "Step or stair") == nullptr);
  CHECK(v.suggest(VocabularyKind::Equipment, "stairz") == std::optional<std::string>("step"));
  CHECK(v.suggest(VocabularyKind::Target, "hamstringz") == std::optional<std::string>("hamstrings"));
}

TEST_CASE("a later definition of a word replaces it in its place", "[library][vocabulary]") {
  Vocabulary v;
  v.add(word(VocabularyKind::Equipment, "band", "Band", {"theraband"}));
  v.add(word(VocabularyKind::Equipment, "chair", "Chair"));
  v.add(word(VocabularyKind::Equipment, "band", "Exercise band", {"resistance_band"}));
  CHECK(v.ids(VocabularyKind::Equipment) == std::vector<std::string>{"band", "chair"});
  CHECK(v.find(VocabularyKind::Equipment, "band")->name == "Exercise band");
  CHECK(v.find(VocabularyKind::Equipment, "resistance_band")->id == "band");
  // The earlier definition's aliases went with it.
  CHECK(v.find(VocabularyKind::Equipment, "theraband") == nullptr);
  // An alias never takes over another word's id.
  v.add(word(VocabularyKind::Equipment, "stool", "Stool", {"chair"}));
  CHECK(v.find(VocabularyKind::Equipment, "chair")->id == "chair");
}
