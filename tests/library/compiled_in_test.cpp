// The built-in library is compiled into the program at build time
// (src/stdlib/): it must be exactly the library stdlib/ checks to, field for
// field (every struct compares all its fields), with its names, modules and
// words in the same order.
#include <catch2/catch.hpp>

#include "builtin_library.h"
#include "stdlib/compile_stdlib.h"

using namespace regimen;
using regimen::testing::builtin;
using regimen::testing::builtin_workspace;

namespace {

const Library& checked_from_text() {
  static const Library library = [] {
    SourceSet sources;
    Diagnostics diagnostics;
    Library out = compile_stdlib(sources, diagnostics);
    REQUIRE(diagnostics.all().empty());
    return out;
  }();
  return library;
}

}  // namespace

TEST_CASE("the compiled-in library is the library stdlib/ checks to", "[library][builtin]") {
  const Library& text = checked_from_text();
  const Library& built = builtin();
  REQUIRE(text.exercises().size() > 100);
  CHECK(built.modules() == text.modules());
  REQUIRE(built.exercises().size() == text.exercises().size());
  for (const auto& [id, exercise] : text.exercises()) {
    INFO(id);
    const Exercise* same = built.by_id(id);
    REQUIRE(same != nullptr);
    CHECK(*same == exercise);
    // Every name finds the exercise it found when checked from the text.
    std::vector<std::string> names = exercise.aliases;
    names.push_back(exercise.name);
    for (const auto& name : names) {
      const Exercise* found = text.find(name);
      REQUIRE(found != nullptr);
      CHECK(built.find(name) == built.by_id(found->id));
    }
  }
  for (VocabularyKind kind : all_values<VocabularyKind>()) {
    auto ours = built.vocabulary().words(kind);
    auto theirs = text.vocabulary().words(kind);
    REQUIRE(ours.size() == theirs.size());
    for (std::size_t i = 0; i < ours.size(); ++i) CHECK(*ours[i] == *theirs[i]);
  }
}

TEST_CASE("the compiled-in library's spans quote its source", "[library][builtin]") {
  const SourceSet& sources = builtin_workspace().sources();
  const Exercise* cat_camel = builtin().by_id("cat_camel");
  REQUIRE(cat_camel != nullptr);
  const SourceFile& file = sources.file(cat_camel->span.file);
  CHECK(file.path() == "<stdlib>/thoracic.regimen");
  std::string_view written = std::string_view(file.text()).substr(cat_camel->span.begin, cat_camel->span.end - cat_camel->span.begin);
  CHECK(written.find("cat_camel") != std::string_view::npos);
}
