// diag/codes.def: the registry of diagnostic codes is consistent.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "diag/diagnostic.h"

using namespace regimen;

TEST_CASE("the registry has codes", "[codes]") {
  CHECK(all_codes().size() > 10);
}

TEST_CASE("every code id is unique", "[codes]") {
  std::set<std::string_view> seen;
  for (DiagCode code : all_codes()) {
    INFO(code_id(code));
    CHECK(seen.insert(code_id(code)).second);
  }
}

TEST_CASE("every code id is a letter and four digits", "[codes]") {
  const std::regex pattern("^[EW][0-9]{4}$");
  for (DiagCode code : all_codes()) {
    std::string id(code_id(code));
    INFO(id);
    CHECK(std::regex_match(id, pattern));
  }
}

TEST_CASE("a code's severity matches its letter", "[codes]") {
  for (DiagCode code : all_codes()) {
    std::string_view id = code_id(code);
    INFO(id);
    REQUIRE_FALSE(id.empty());
    if (id[0] == 'E') CHECK(code_severity(code) == Severity::Error);
    if (id[0] == 'W') CHECK(code_severity(code) == Severity::Warning);
  }
}

TEST_CASE("every code has a summary", "[codes]") {
  for (DiagCode code : all_codes()) {
    INFO(code_id(code));
    CHECK_FALSE(code_summary(code).empty());
  }
}

TEST_CASE("well-known codes keep their ids", "[codes]") {
  CHECK(code_id(DiagCode::UnknownExercise) == "E0101");
  CHECK(code_id(DiagCode::NestingTooDeep) == "E0005");
  CHECK(code_id(DiagCode::NumberTooLarge) == "E0006");
  CHECK(severity_name(Severity::Error) == "error");
  CHECK(severity_name(Severity::Warning) == "warning");
  CHECK(severity_name(Severity::Note) == "note");
}

namespace {

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

// A code no case reports is a code nothing proves the compiler can reach.
TEST_CASE("every code is expected by a fail_ or warn_ conformance case", "[codes]") {
  std::string expected;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(REGIMEN_CONFORMANCE)) {
    if (entry.path().extension() == ".diag") expected += read_all(entry.path());
  }
  REQUIRE_FALSE(expected.empty());
  for (DiagCode code : all_codes()) {
    std::string id(code_id(code));
    INFO(id << " appears in no tests/conformance/*/fail_*.diag or warn_*.diag");
    CHECK(expected.find("[" + id + "]") != std::string::npos);
  }
}

TEST_CASE("every code has an entry in docs/language.md", "[codes]") {
  std::string doc = read_all(REGIMEN_LANGUAGE_DOC);
  REQUIRE_FALSE(doc.empty());
  for (DiagCode code : all_codes()) {
    std::string id(code_id(code));
    INFO(id << " has no `### " << id << "` entry in docs/language.md");
    CHECK(doc.find("\n### " + id + "\n") != std::string::npos);
  }
}
