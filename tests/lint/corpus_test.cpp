// The corpus: deliberately flawed programs, each a mistake a clinician could
// make, with the findings every rule should report for it, and for every
// region of the library a correct program that must stay clean (its first
// line `# Clean:`). NAME.regimen says its mistake in a comment at the top; NAME.expected lists one finding a line
// as `line:col rule-name`; an optional NAME.args gives the patient profile as
// the lint command takes it (`--equipment band,chair --level beginner
// --max-session 20min`).
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lint_fixture.h"

namespace fs = std::filesystem;
using regimen::testing::Linted;
using regimen::testing::read_text;

namespace {

std::vector<std::string> words(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::string word;
  std::istringstream in(text);
  while (std::getline(in, word, separator)) {
    while (!word.empty() && std::isspace(static_cast<unsigned char>(word.back()))) word.pop_back();
    while (!word.empty() && std::isspace(static_cast<unsigned char>(word.front()))) word.erase(word.begin());
    if (!word.empty()) out.push_back(word);
  }
  return out;
}

regimen::lint::PatientProfile profile_from(const fs::path& args_file) {
  if (!fs::exists(args_file)) return {};
  return regimen::testing::profile_from_args(read_text(args_file));
}

std::vector<fs::path> corpus() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(REGIMEN_LINT_CORPUS)) {
    if (entry.path().extension() == ".regimen") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the corpus holds at least 15 flawed programs, each saying its mistake", "[corpus]") {
  auto files = corpus();
  CHECK(files.size() >= 15);
  for (const auto& file : files) {
    INFO(file);
    CHECK(read_text(file).rfind("# ", 0) == 0);
    fs::path expected = file;
    expected.replace_extension(".expected");
    CHECK(fs::exists(expected));
  }
}

TEST_CASE("every corpus program gets exactly its expected findings", "[corpus]") {
  for (const auto& file : corpus()) {
    DYNAMIC_SECTION(file.filename().string()) {
      fs::path expected_file = file, args_file = file;
      expected_file.replace_extension(".expected");
      args_file.replace_extension(".args");
      Linted linted(read_text(file), profile_from(args_file), file.string());
      INFO(linted.errors());
      REQUIRE(linted.compiled());

      std::set<std::string> actual;
      std::string described;
      for (const auto& [rule, finding] : linted.run_all()) {
        auto at = linted.where(finding.span);
        actual.insert(fmt::format("{}:{} {}", at.line, at.column, rule->name));
        described += fmt::format("{}:{} {}: {}\n", at.line, at.column, rule->name, finding.message);
      }
      auto lines = words(read_text(expected_file), '\n');
      std::set<std::string> expected(lines.begin(), lines.end());
      INFO("found:\n" << described);
      CHECK(actual == expected);
      // A flawed program has findings; a clean one (`# Clean:`) has none.
      bool clean = read_text(file).rfind("# Clean:", 0) == 0;
      CHECK(expected.empty() == clean);
    }
  }
}
