// The library rules of library_rules.h on small libraries built to break
// them: each rule must find its breach, or a clean built-in library proves
// nothing.
#include <catch2/catch.hpp>

#include "library_rules.h"

using namespace regimen;
using namespace regimen::testing;

namespace {

// An exercise with every field, to be broken one field at a time.
Exercise complete(const std::string& id, Level level = Level::Beginner) {
  Exercise ex;
  ex.id = id;
  ex.name = "Exercise " + id;
  ex.aliases = {id + "_alias"};
  ex.module = "test";
  ex.region = "test";
  ex.position = "standing";
  ex.equipment = {"none"};
  ex.targets = {"mid_back"};
  ex.demands = {"none"};
  ex.level = level;
  ex.category = "mobility";
  ex.defaults.dose = program::RepsDose{program::Quantity{program::Range{10, 10}, std::nullopt}, std::nullopt, std::nullopt};
  ex.steps = {"One.", "Two.", "Three."};
  ex.cues = {"Slowly."};
  ex.cautions = {"Stop if it hurts."};
  ex.variants = {ExerciseVariant{VariantKind::Easier, "", "a smaller movement", "", std::nullopt, Span{}}};
  ex.source = "A clinic's home exercise page";
  return ex;
}

ExerciseVariant link(VariantKind kind, const std::string& target) {
  ExerciseVariant v;
  v.kind = kind;
  v.target = target;
  return v;
}

}  // namespace

TEST_CASE("missing_fields passes a complete exercise", "[library][rules]") {
  CHECK(missing_fields(complete("a")).empty());
}

TEST_CASE("missing_fields finds each missing field", "[library][rules]") {
  Exercise ex = complete("a");
  SECTION("display name") { ex.name = "a"; }
  SECTION("alias") { ex.aliases.clear(); }
  SECTION("empty alias") { ex.aliases = {""}; }
  SECTION("region") { ex.region.clear(); }
  SECTION("demands") { ex.demands.clear(); }
  SECTION("caution") { ex.cautions.clear(); }
  SECTION("variant") { ex.variants.clear(); }
  SECTION("position") { ex.position.clear(); }
  SECTION("equipment") { ex.equipment.clear(); }
  SECTION("targets") { ex.targets.clear(); }
  SECTION("category") { ex.category.clear(); }
  SECTION("default") { ex.defaults = DefaultDose{}; }
  SECTION("steps") { ex.steps.pop_back(); }
  SECTION("cue") { ex.cues.clear(); }
  SECTION("source") { ex.source = "seed"; }
  SECTION("no source") { ex.source.clear(); }
  SECTION("directions") { ex.sides = Sidedness::Directional; }
  CHECK(missing_fields(ex).size() == 1);
}

TEST_CASE("step_problems passes instructions and finds fragments", "[library][rules]") {
  Exercise ex = complete("a");
  ex.steps = {"Lie on your back with your knees bent.", "Lift your hips until your body is straight.",
              "Lower slowly to the start."};
  CHECK(step_problems(ex).empty());
  SECTION("lower case") { ex.steps[0] = "lie on your back with your knees bent."; }
  SECTION("no full stop") { ex.steps[1] = "Lift your hips until your body is straight"; }
  SECTION("a fragment") { ex.steps[2] = "Knees bent."; }
  SECTION("empty") { ex.steps[2].clear(); }
  CHECK(step_problems(ex).size() == 1);
}

TEST_CASE("region_module_problems finds an exercise outside its region's module", "[library][rules]") {
  Library library;
  Exercise ex = complete("a");
  ex.region = "knee";
  ex.module = "knee";
  library.add(ex);
  CHECK(region_module_problems(library).empty());
  Exercise stray = complete("b");
  stray.region = "hip";
  stray.module = "knee";
  library.add(stray);
  CHECK(region_module_problems(library).size() == 1);
}

TEST_CASE("name_collisions finds a name two exercises share", "[library][rules]") {
  Library library;
  Exercise a = complete("a");
  Exercise b = complete("b");
  library.add(a);
  library.add(b);
  CHECK(name_collisions(library).empty());
  b.aliases.push_back("A-Alias");  // a's alias `a_alias`, written differently
  library.add(b);
  CHECK(name_collisions(library).size() == 1);
}

TEST_CASE("name_collisions allows an exercise to repeat its own name", "[library][rules]") {
  Library library;
  Exercise a = complete("a");
  a.aliases.push_back("Exercise A");
  library.add(a);
  CHECK(name_collisions(library).empty());
}

TEST_CASE("broken_links finds a link to nothing and a link to itself", "[library][rules]") {
  Library library;
  Exercise a = complete("a");
  a.variants = {link(VariantKind::Harder, "b"), link(VariantKind::Easier, "missing"), link(VariantKind::Alternative, "a")};
  library.add(a);
  library.add(complete("b"));
  CHECK(broken_links(library).size() == 2);
}

TEST_CASE("harder_cycles finds a chain that comes back", "[library][rules]") {
  Library library;
  Exercise a = complete("a"), b = complete("b"), c = complete("c");
  a.variants = {link(VariantKind::Harder, "b")};
  b.variants = {link(VariantKind::Harder, "c")};
  library.add(a);
  library.add(b);
  library.add(c);
  CHECK(harder_cycles(library).empty());
  c.variants = {link(VariantKind::Harder, "a")};
  library.add(c);
  auto cycles = harder_cycles(library);
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0] == "a -> b -> c -> a");
}

TEST_CASE("harder_cycles ignores easier and alternative links", "[library][rules]") {
  Library library;
  Exercise a = complete("a"), b = complete("b");
  a.variants = {link(VariantKind::Harder, "b")};
  b.variants = {link(VariantKind::Easier, "a"), link(VariantKind::Alternative, "a")};
  library.add(a);
  library.add(b);
  CHECK(harder_cycles(library).empty());
}

TEST_CASE("level_order_problems finds a harder variant that is easier, and the reverse", "[library][rules]") {
  Library library;
  Exercise mid = complete("mid", Level::Intermediate);
  mid.variants = {link(VariantKind::Harder, "top"), link(VariantKind::Easier, "low"), link(VariantKind::Harder, "same")};
  library.add(mid);
  library.add(complete("top", Level::Advanced));
  library.add(complete("low", Level::Beginner));
  library.add(complete("same", Level::Intermediate));
  CHECK(level_order_problems(library).empty());
  mid.variants = {link(VariantKind::Harder, "low"), link(VariantKind::Easier, "top"), link(VariantKind::Alternative, "top")};
  library.add(mid);
  CHECK(level_order_problems(library).size() == 2);
}
