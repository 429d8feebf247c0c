// library/query.h: filter() and search(), first on a small library built here
// (so that each expectation is exact), then on the built-in one.
#include <catch2/catch.hpp>

#include <algorithm>

#include "base/names.h"
#include "builtin_library.h"
#include "library/query.h"

using namespace regimen;
using regimen::testing::builtin;

namespace {

Exercise make(std::string id, std::string name, std::string module, DosageKind kind, std::string position,
              std::vector<std::string> equipment, std::vector<std::string> targets, Level level) {
  Exercise ex;
  ex.id = std::move(id);
  ex.name = std::move(name);
  ex.module = std::move(module);
  ex.kind = kind;
  ex.position = std::move(position);
  ex.equipment = std::move(equipment);
  ex.targets = std::move(targets);
  ex.level = level;
  ex.category = "mobility";
  return ex;
}

// Three exercises that differ in every field a filter looks at.
Library small_library() {
  Library library;
  Exercise reach = make("test_reach", "Test reach", "alpha", DosageKind::Reps, "standing", {"none"},
                        {"mid_back", "shoulders"}, Level::Beginner);
  reach.aliases = {"overhead_reach"};
  reach.steps = {"Stand tall and lift both arms overhead."};
  Exercise pull = make("test_pull", "Test pull", "beta", DosageKind::RepsHold, "seated", {"band", "chair"},
                       {"shoulder_blades"}, Level::Intermediate);
  pull.steps = {"Hold the band in front of you at shoulder height."};
  pull.cues = {"Squeeze the shoulder blades together."};
  Exercise plank = make("test_plank", "Test plank", "beta", DosageKind::Hold, "plank", {"mat"}, {"core"},
                        Level::Advanced);
  plank.steps = {"Rest on your forearms with a band of muscle along the front tight."};
  library.add(reach);
  library.add(pull);
  library.add(plank);
  return library;
}

std::vector<std::string> ids(const std::vector<const Exercise*>& found) {
  std::vector<std::string> out;
  for (const auto* ex : found) out.push_back(ex->id);
  return out;
}

std::vector<std::string> ids(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& hit : hits) out.push_back(hit.exercise->id);
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("filter with nothing set lists every exercise in id order", "[library][query]") {
  Library library = small_library();
  CHECK(ids(filter(library, {})) == Ids{"test_plank", "test_pull", "test_reach"});
}

TEST_CASE("filter by each field", "[library][query]") {
  Library library = small_library();
  LibraryFilter f;
  SECTION("target") {
    f.target = "shoulder_blades";
    CHECK(ids(filter(library, f)) == Ids{"test_pull"});
    f.target = "Mid Back";  // compared like names
    CHECK(ids(filter(library, f)) == Ids{"test_reach"});
    f.target = "knees";
    CHECK(filter(library, f).empty());
  }
  SECTION("equipment") {
    f.equipment = "chair";  // any of an exercise's equipment
    CHECK(ids(filter(library, f)) == Ids{"test_pull"});
    f.equipment = "none";
    CHECK(ids(filter(library, f)) == Ids{"test_reach"});
  }
  SECTION("position") {
    f.position = "plank";
    CHECK(ids(filter(library, f)) == Ids{"test_plank"});
    f.position = "supine";
    CHECK(filter(library, f).empty());
  }
  SECTION("level") {
    f.level = Level::Intermediate;
    CHECK(ids(filter(library, f)) == Ids{"test_pull"});
    f.level = Level::Advanced;
    CHECK(ids(filter(library, f)) == Ids{"test_plank"});
  }
  SECTION("kind") {
    f.kind = DosageKind::Hold;  // reps_hold is its own kind, not also a hold
    CHECK(ids(filter(library, f)) == Ids{"test_plank"});
    f.kind = DosageKind::Duration;
    CHECK(filter(library, f).empty());
  }
  SECTION("module") {
    f.module = "beta";
    CHECK(ids(filter(library, f)) == Ids{"test_plank", "test_pull"});
  }
  SECTION("every set field must match") {
    f.module = "beta";
    f.level = Level::Intermediate;
    CHECK(ids(filter(library, f)) == Ids{"test_pull"});
    f.position = "plank";
    CHECK(filter(library, f).empty());
  }
}

TEST_CASE("filter on the built-in library keeps exactly the matching exercises", "[library][query]") {
  LibraryFilter f;
  f.equipment = "none";
  f.level = Level::Beginner;
  auto found = filter(builtin(), f);
  CHECK_FALSE(found.empty());
  std::size_t expected = 0;
  for (const auto& [id, ex] : builtin().exercises()) {
    bool matches = ex.level == Level::Beginner &&
                   std::find(ex.equipment.begin(), ex.equipment.end(), "none") != ex.equipment.end();
    if (matches) ++expected;
    bool listed = std::any_of(found.begin(), found.end(), [&](const Exercise* e) { return e->id == id; });
    INFO("exercise " << id);
    CHECK(listed == matches);
  }
  CHECK(found.size() == expected);
}

TEST_CASE("search ranks a name above a step", "[library][query]") {
  Library library = small_library();
  // "band" is test_pull's equipment and a word in test_plank's step.
  auto hits = search(library, "band");
  REQUIRE(ids(hits) == Ids{"test_pull", "test_plank"});
  CHECK(hits[0].score > hits[1].score);
  CHECK(std::find(hits[0].matched.begin(), hits[0].matched.end(), "equipment") != hits[0].matched.end());
  CHECK(hits[1].matched == Ids{"step"});
}

TEST_CASE("search puts an exercise named outright first", "[library][query]") {
  Library library = small_library();
  auto hits = search(library, "overhead reach");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].exercise->id == "test_reach");
  CHECK(std::find(hits[0].matched.begin(), hits[0].matched.end(), "name") != hits[0].matched.end());
}

TEST_CASE("search reads underscores as spaces and ignores common words", "[library][query]") {
  Library library = small_library();
  CHECK(ids(search(library, "the shoulder blades")).front() == "test_pull");
  CHECK(search(library, "the and of").empty());
  CHECK(search(library, "").empty());
  CHECK(search(library, "xylophone").empty());
}

TEST_CASE("search \"band\" lists the exercises named for a band first", "[library][query]") {
  auto hits = search(builtin(), "band");
  REQUIRE_FALSE(hits.empty());
  std::size_t named = 0;
  auto named_for_band = [](const Exercise& ex) {
    std::string name = ex.name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name.find("band") != std::string::npos;
  };
  while (named < hits.size() && named_for_band(*hits[named].exercise)) ++named;
  CHECK(named >= 2);
  auto first = ids(hits);
  first.resize(named);
  INFO("named for a band: " << named);
  CHECK(std::find(first.begin(), first.end(), "band_pull_apart") != first.end());
  // Within each rank, what the exercise is before how it is done, best score first.
  for (std::size_t i = 1; i < hits.size(); ++i) {
    bool same_rank = (hits[i - 1].what_it_is > 0) == (hits[i].what_it_is > 0);
    if (same_rank) CHECK(hits[i - 1].score >= hits[i].score);
    CHECK((hits[i - 1].what_it_is > 0 || hits[i].what_it_is == 0));
  }
}

TEST_CASE("search \"knee\" lists every knee exercise before any other", "[library][query]") {
  auto hits = search(builtin(), "knee");
  std::size_t knee = 0;
  for (const auto& [id, ex] : builtin().exercises()) knee += ex.region == "knee" ? 1 : 0;
  REQUIRE(knee >= 15);
  REQUIRE(hits.size() >= knee);
  for (std::size_t i = 0; i < knee; ++i) {
    INFO("hit " << i << ": " << hits[i].exercise->id);
    CHECK(hits[i].exercise->region == "knee");
  }
  // "knee" is not a piece of "kneeling": a kneeling exercise that never
  // names a knee is not found.
  const Exercise* kneeling = builtin().by_id("kneeling_tspine_rotation");
  REQUIRE(kneeling != nullptr);
  auto found = ids(hits);
  bool names_knee = false;
  for (const auto& step : kneeling->steps) names_knee = names_knee || step.find("knee ") != std::string::npos ||
                                                       step.find("knees") != std::string::npos;
  CHECK((std::find(found.begin(), found.end(), "kneeling_tspine_rotation") != found.end()) == names_knee);
}

TEST_CASE("search finds a target by the vocabulary's other words for it", "[library][query]") {
  // "quads" is the vocabulary's alias of the target quadriceps.
  auto hits = search(builtin(), "quads");
  REQUIRE_FALSE(hits.empty());
  const auto& best = hits[0].exercise->targets;
  CHECK(std::find(best.begin(), best.end(), "quadriceps") != best.end());
  for (const auto& [id, ex] : builtin().exercises()) {
    if (std::find(ex.targets.begin(), ex.targets.end(), "quadriceps") == ex.targets.end()) continue;
    INFO("exercise " << id);
    const std::string& wanted = id;  // a lambda may not capture a structured binding (clang)
    CHECK(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.exercise->id == wanted; }));
  }
}

TEST_CASE("filter by region, and leave out what a patient must avoid", "[library][query]") {
  LibraryFilter f;
  f.region = "knee";
  f.avoid = {"kneeling", "floor"};
  auto found = filter(builtin(), f);
  REQUIRE_FALSE(found.empty());
  for (const Exercise* ex : found) {
    INFO("exercise " << ex->id);
    CHECK(ex->region == "knee");
    CHECK(std::find(ex->demands.begin(), ex->demands.end(), "kneeling") == ex->demands.end());
    CHECK(std::find(ex->demands.begin(), ex->demands.end(), "floor") == ex->demands.end());
  }
  f.avoid.clear();
  CHECK(filter(builtin(), f).size() > found.size());
}

TEST_CASE("search \"shoulder blades\" finds the exercises for the shoulder blades", "[library][query]") {
  auto hits = search(builtin(), "shoulder blades");
  auto found = ids(hits);
  std::size_t targeting = 0;
  for (const auto& [id, ex] : builtin().exercises()) {
    if (std::find(ex.targets.begin(), ex.targets.end(), "shoulder_blades") == ex.targets.end()) continue;
    ++targeting;
    INFO("exercise " << id);
    CHECK(std::find(found.begin(), found.end(), id) != found.end());
  }
  CHECK(targeting > 0);
  // Those come before any exercise that only mentions them in passing.
  REQUIRE_FALSE(hits.empty());
  const auto& best = *hits[0].exercise;
  CHECK(std::find(best.targets.begin(), best.targets.end(), "shoulder_blades") != best.targets.end());
}

TEST_CASE("search \"no equipment\" finds the exercises that need none", "[library][query]") {
  auto hits = search(builtin(), "no equipment");
  auto found = ids(hits);
  std::size_t bare = 0;
  for (const auto& [id, ex] : builtin().exercises()) {
    if (std::find(ex.equipment.begin(), ex.equipment.end(), "none") == ex.equipment.end()) continue;
    ++bare;
    INFO("exercise " << id);
    CHECK(std::find(found.begin(), found.end(), id) != found.end());
  }
  CHECK(bare > 0);
  REQUIRE_FALSE(hits.empty());
  const auto& best = hits[0].exercise->equipment;
  CHECK(std::find(best.begin(), best.end(), "none") != best.end());
}

TEST_CASE("search for common words alone finds nothing in the built-in library", "[library][query]") {
  // "the" is dropped as a word, and must not come back as a piece of a longer
  // one: "strengthening", "thread_the_needle".
  for (const char* query : {"the", "and", "of the"}) {
    INFO("query: " << query);
    auto hits = search(builtin(), query);
    std::string found;
    for (const auto& hit : hits) found += hit.exercise->id + " ";
    INFO("found: " << found);
    CHECK(hits.empty());
  }
}
