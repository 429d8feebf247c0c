// The built-in library's data: every exercise complete, every name unique,
// every variant link sound. A new or edited exercise in stdlib/ is held to
// these rules by this file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "base/names.h"
#include "builtin_library.h"
#include "library_rules.h"

using namespace regimen;
using regimen::testing::builtin;
using regimen::testing::builtin_definitions;
using regimen::testing::builtin_workspace;

namespace {

// Each problem as a failed check of its own, so that all of them are listed.
void expect_none(const regimen::testing::Problems& problems) {
  for (const auto& p : problems) FAIL_CHECK(p);
  CHECK(problems.empty());
}

}  // namespace

TEST_CASE("the built-in library loads without a diagnostic", "[library][data]") {
  const auto& diagnostics = builtin_workspace().library_diagnostics();
  for (const auto& d : diagnostics.all()) FAIL_CHECK(d.message);
  CHECK(diagnostics.all().empty());
  CHECK(builtin_workspace().io_errors().empty());
  CHECK(builtin().exercises().size() >= 250);
}

TEST_CASE("every region has at least 15 exercises, in the module of its name", "[library][data]") {
  std::map<std::string, int> per_region;
  for (const auto& [id, ex] : builtin().exercises()) ++per_region[ex.region];
  const auto regions = builtin().vocabulary().ids(VocabularyKind::Region);
  CHECK(regions.size() >= 10);
  for (const auto& region : regions) {
    INFO("region " << region);
    CHECK(per_region[region] >= 15);
  }
  expect_none(regimen::testing::region_module_problems(builtin()));
}

TEST_CASE("every step reads as an instruction", "[library][data]") {
  for (const auto& [id, ex] : builtin().exercises()) expect_none(regimen::testing::step_problems(ex));
}

TEST_CASE("an exercise that starts on hands and knees or lying says what it asks", "[library][data]") {
  // The demands a patient profile avoids must follow from the position, or
  // `--avoid kneeling` would offer a kneeling exercise.
  auto has = [](const Exercise& ex, const char* demand) {
    return std::find(ex.demands.begin(), ex.demands.end(), demand) != ex.demands.end();
  };
  auto uses = [](const Exercise& ex, const char* equipment) {
    return std::find(ex.equipment.begin(), ex.equipment.end(), equipment) != ex.equipment.end();
  };
  for (const auto& [id, ex] : builtin().exercises()) {
    INFO("exercise " << id << ", position " << ex.position);
    if (ex.position == "quadruped") {
      CHECK(has(ex, "kneeling"));
      CHECK(has(ex, "wrist_weight_bearing"));
    }
    if (ex.position == "kneeling" || ex.position == "half_kneeling") CHECK(has(ex, "kneeling"));
    if (ex.position == "prone") CHECK(has(ex, "prone"));
    bool lying = ex.position == "supine" || ex.position == "prone" || ex.position == "side_lying" ||
                 ex.position == "quadruped" || ex.position == "plank";
    // On a bed, a bench or a table, the patient need not get down to the floor.
    if (lying && !uses(ex, "bed") && !uses(ex, "bench") && !uses(ex, "table")) CHECK(has(ex, "floor"));
    if (has(ex, "none")) CHECK(ex.demands.size() == 1);
  }
}

TEST_CASE("every exercise has every field", "[library][data]") {
  for (const auto& [id, ex] : builtin().exercises()) {
    INFO("exercise " << id);
    CHECK(ex.id == id);
    CHECK(!ex.module.empty());
    expect_none(regimen::testing::missing_fields(ex));
  }
}

TEST_CASE("every definition states its kind, sides and level", "[library][data]") {
  // Each of these has a default in the checker; a library entry must not rely
  // on it, so that reading the definition tells the whole story.
  REQUIRE(builtin_definitions().size() == builtin().exercises().size());
  for (const auto& def : builtin_definitions()) {
    INFO("exercise " << def.id.text);
    CHECK(def.display.has_value());
    for (const char* key : {"aliases", "region", "kind", "sides", "position", "equipment", "targets", "demands", "level",
                            "category", "source"}) {
      INFO("property " << key);
      CHECK(regimen::testing::writes_property(def, key));
    }
    CHECK(def.defaults.has_value());
  }
}

TEST_CASE("a per-side exercise says when the side changes", "[library][data]") {
  for (const auto& def : builtin_definitions()) {
    const Exercise* ex = builtin().by_id(def.id.text);
    REQUIRE(ex != nullptr);
    if (ex->sides != Sidedness::PerSide) continue;
    INFO("exercise " << ex->id);
    CHECK(regimen::testing::writes_property(def, "switch"));
  }
}

TEST_CASE("a per-direction exercise lists its directions, each once", "[library][data]") {
  for (const auto& [id, ex] : builtin().exercises()) {
    if (ex.sides != Sidedness::Directional) continue;
    INFO("exercise " << id);
    CHECK_FALSE(ex.directions.empty());
    std::set<std::string> distinct(ex.directions.begin(), ex.directions.end());
    CHECK(distinct.size() == ex.directions.size());
  }
}

TEST_CASE("ids, aliases and display names never collide across exercises", "[library][data]") {
  expect_none(regimen::testing::name_collisions(builtin()));
}

TEST_CASE("every name of an exercise finds that exercise", "[library][data]") {
  for (const auto& [id, ex] : builtin().exercises()) {
    std::vector<std::string> names = ex.aliases;
    names.push_back(ex.id);
    names.push_back(ex.name);
    for (const auto& name : names) {
      INFO("exercise " << id << ", name `" << name << "`");
      const Exercise* found = builtin().find(name);
      REQUIRE(found != nullptr);
      CHECK(found->id == id);
    }
  }
}

TEST_CASE("every variant that names an exercise names another one in the library", "[library][data]") {
  for (const auto& [id, ex] : builtin().exercises()) {
    for (const auto& v : ex.variants) {
      INFO("exercise " << id << ", " << to_string(v.kind) << " `" << v.target << v.description << "`");
      CHECK(v.target.empty() != v.description.empty());  // an exercise or a description, never both
    }
  }
  expect_none(regimen::testing::broken_links(builtin()));
}

TEST_CASE("following harder variants never leads back", "[library][data]") {
  expect_none(regimen::testing::harder_cycles(builtin()));
}

TEST_CASE("a harder variant is at least as hard, an easier one at most", "[library][data]") {
  expect_none(regimen::testing::level_order_problems(builtin()));
}

TEST_CASE("the library has every exercise of the clinic pages", "[library][data]") {
  const std::vector<std::string> ids = {
      "kneeling_tspine_rotation", "half_wall_hang", "wall_slide", "side_lying_rotation", "wall_elbow_slide",
      "childs_pose_with_movement", "scapular_push_up", "trap_activation", "band_pull_apart", "superman",
      "quadruped_trunk_rotation", "tennis_ball_release", "dual_tennis_ball_release", "cat_camel",
      "thoracic_extension_chair", "seated_twist", "wall_angel", "childs_pose", "press_up", "cobra_pose", "bird_dog",
      "corner_stretch", "doorway_stretch", "prone_cobra", "supported_hamstring_stretch", "side_plank",
      "quadruped_rockback", "hip_hinge", "thread_the_needle", "open_book", "thread_the_needle_open_book",
      "foam_roller_thoracic_extension", "towel_roll_chair_extension", "passive_back_bend", "puppy_pose",
      "renegade_row", "dumbbell_row", "standing_dumbbell_cobra", "prone_snow_angel", "deadlift", "suspension_row",
      "swiss_ball_prone_extension", "supine_spinal_twist", "standing_backbend", "standing_weight_shift",
      "standing_thoracic_extension", "seated_rhomboid_stretch", "walking", "swimming"};
  for (const auto& id : ids) {
    INFO("exercise " << id);
    CHECK(builtin().by_id(id) != nullptr);
  }
}

TEST_CASE("common other names find their exercise", "[library][data]") {
  const std::vector<std::pair<std::string, std::string>> aliases = {
      {"cat_cow", "cat_camel"},
      {"opposite_arm_leg_raise", "bird_dog"},
      {"heart_melting_pose", "puppy_pose"},
      {"half_dog_at_wall", "half_wall_hang"},
      // The names clinicians and patients use across the body.
      {"quad_set", "quadriceps_setting"},
      {"static_quads", "quadriceps_setting"},
      {"glute_bridge", "bridge"},
      {"slr", "straight_leg_raise"},
      {"clams", "clamshell"},
      {"heel_raises", "calf_raise"},
      {"chin_tucks", "chin_tuck"},
      {"pendulums", "pendulum"},
      {"tke", "terminal_knee_extension"},
      {"one_leg_stand", "single_leg_stance"},
      {"ankle_pumps", "ankle_pump"},
      {"heel_slides", "heel_slide"},
  };
  for (const auto& [alias, id] : aliases) {
    INFO(alias << " -> " << id);
    const Exercise* ex = builtin().find(alias);
    REQUIRE(ex != nullptr);
    CHECK(ex->id == id);
    CHECK(builtin().by_id(alias) == nullptr);  // an alias, not a second id
  }
}

TEST_CASE("names are found whatever their case, spaces, hyphens and apostrophes", "[library][data]") {
  const std::vector<std::pair<std::string, std::string>> written = {
      {"Cat-Cow", "cat_camel"},       {"CAT-COW", "cat_camel"},     {"cat cow", "cat_camel"},
      {"child's pose", "childs_pose"}, {"Child\u2019s Pose", "childs_pose"}, {"Bird Dog", "bird_dog"},
      {"bird-dog", "bird_dog"},        {"HALF WALL HANG", "half_wall_hang"},
  };
  for (const auto& [name, id] : written) {
    INFO(name << " -> " << id);
    const Exercise* ex = builtin().find(name);
    REQUIRE(ex != nullptr);
    CHECK(ex->id == id);
  }
  CHECK(builtin().find("cat camle") == nullptr);
  CHECK(builtin().find("") == nullptr);
}
