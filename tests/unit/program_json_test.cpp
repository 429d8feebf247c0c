// emit/json: the checked program as JSON, field by field.
#include <catch2/catch.hpp>

#include "compile_fixture.h"
#include "emit/json/program_json.h"

using namespace regimen;
using nlohmann::json;
using regimen::testing::Compiled;

namespace {

json to_json(const Compiled& c) {
  REQUIRE(c.result.ok());
  return program_to_json(c.program(), c.workspace.sources(), c.result.root);
}

}  // namespace

TEST_CASE("program JSON: the header fields", "[json]") {
  Compiled c("routine \"Back care\" {\n"
             "  by \"The clinic\"\n"
             "  level beginner\n"
             "  program 8 weeks\n"
             "  targets mid_back, \"upper back\"\n"
             "  test_curl reps 10\n"
             "}\n");
  json doc = to_json(c);
  CHECK(doc["format"] == "regimen-program");
  CHECK(doc["version"] == kProgramJsonVersion);
  CHECK(doc["source"] == "t.regimen");
  CHECK(doc["title"] == "Back care");
  CHECK(doc["author"] == "The clinic");
  CHECK(doc["level"] == "beginner");
  CHECK(doc["program_length"] == json({{"count", 8}, {"unit", "weeks"}, {"days", 56}}));
  CHECK(doc["targets"] == json::array({"mid_back", "upper back"}));
  CHECK(doc["frequency"].is_null());
  CHECK(doc["params"] == json::object());
}

TEST_CASE("program JSON: an untitled program has null title and author", "[json]") {
  json doc = to_json(Compiled("test_curl reps 10"));
  CHECK(doc["title"].is_null());
  CHECK(doc["author"].is_null());
  CHECK(doc["level"].is_null());
  CHECK(doc["program_weeks"].is_null());
}

TEST_CASE("program JSON: an exercise and its quantities", "[json]") {
  json doc = to_json(Compiled("test_curl reps 10..15 x3 load 5lb\ntest_plank hold 2min"));
  REQUIRE(doc["body"].size() == 2);
  const json& curl = doc["body"][0];
  CHECK(curl["type"] == "exercise");
  CHECK(curl["exercise"]["id"] == "test_curl");
  CHECK(curl["exercise"]["name"] == "Test curl");
  CHECK(curl["kind"] == "reps");
  // Whole numbers are integers in the JSON, not 10.0.
  CHECK(curl["reps"]["start"]["min"].is_number_integer());
  CHECK(curl["reps"]["start"]["min"] == 10);
  CHECK(curl["reps"]["start"]["max"] == 15);
  CHECK(curl["reps"]["end"].is_null());
  CHECK(curl["sets"]["start"]["min"] == 3);
  CHECK(curl["hold"].is_null());
  CHECK(curl["load"]["kind"] == "weight");
  // Written to the gram or finer: 5 lb is 2.26796185 kg.
  CHECK(curl["load"]["kilograms"]["min"].get<double>() == Approx(2.26796185).margin(0.0005));
  CHECK(curl["load"]["as_written"]["unit"] == "lb");
  CHECK(curl["load"]["as_written"]["amount"]["min"] == 5);
  CHECK(curl["sides"]["mode"] == "bilateral");
  CHECK(curl["sides"]["from_library"] == true);
  CHECK(curl["dose_from_library"] == false);

  const json& span = curl["span"];
  CHECK(span["file"] == "t.regimen");
  CHECK(span["column"] == 1);
  CHECK(span["length"] == std::string("test_curl reps 10..15 x3 load 5lb").size());

  const json& plank = doc["body"][1];
  CHECK(plank["kind"] == "hold");
  CHECK(plank["reps"].is_null());
  CHECK(plank["hold"]["kind"] == "timed");
  CHECK(plank["hold"]["unit"] == "seconds");
  CHECK(plank["hold"]["amount"]["start"]["min"] == 120);
  CHECK(plank["hold"]["amount"]["start"]["max"] == 120);
  // The routine's second line, after the test exercises the fixture puts first.
  auto exercise_lines = std::count(regimen::testing::kTestExercises.begin(), regimen::testing::kTestExercises.end(), '\n');
  CHECK(plank["span"]["line"] == exercise_lines + 2);
}

TEST_CASE("program JSON: blocks", "[json]") {
  json doc = to_json(Compiled("routine \"R\" {\n"
                              "  program 4 weeks\n"
                              "  section \"Warm up\" { test_walk for 5min }\n"
                              "  circuit \"Strength\" rounds 3 rest 60s { test_curl reps 10 }\n"
                              "  weeks 3-4 { test_press reps 12 }\n"
                              "}\n"));
  REQUIRE(doc["body"].size() == 3);
  const json& section = doc["body"][0];
  CHECK(section["type"] == "section");
  CHECK(section["title"] == "Warm up");
  CHECK(section["rounds"].is_null());
  CHECK(section["days"].is_null());
  CHECK(section["body"][0]["duration_seconds"]["start"]["min"] == 300);
  const json& circuit = doc["body"][1];
  CHECK(circuit["type"] == "circuit");
  CHECK(circuit["rounds"]["min"] == 3);
  CHECK(circuit["rounds"]["max"] == 3);
  CHECK(circuit["rest_seconds"]["min"] == 60);
  const json& phase = doc["body"][2];
  CHECK(phase["type"] == "phase");
  CHECK(phase["days"]["unit"] == "weeks");
  CHECK(phase["days"]["first"] == 3);
  CHECK(phase["days"]["last"] == 4);
  CHECK(phase["days"]["first_day"] == 15);
  CHECK(phase["days"]["last_day"] == 28);
  const json& press = phase["body"][0];
  CHECK(press["sides"]["mode"] == "per_side");
  CHECK(press["sides"]["order"] == json::array({"right", "left"}));
  CHECK(press["sides"]["switch"] == "per_rep");
}

TEST_CASE("program JSON: a program in days, a phase in days and a progression's own time", "[json]") {
  json doc = to_json(Compiled("routine \"R\" {\n"
                              "  program 10 days\n"
                              "  test_plank hold 5s -> 30s over 7 days\n"
                              "  days 1-3 { test_curl reps 5 }\n"
                              "}\n"));
  CHECK(doc["program_length"] == json({{"count", 10}, {"unit", "days"}, {"days", 10}}));
  CHECK(doc["body"][0]["hold"]["amount"]["over"] == json({{"count", 7}, {"unit", "days"}, {"days", 7}}));
  CHECK(doc["body"][0]["sets"]["over"].is_null());
  CHECK(doc["body"][1]["title"] == "Days 1-3");
  CHECK(doc["body"][1]["days"]["label"] == "Days 1-3");
  CHECK(doc["body"][1]["days"]["last_day"] == 3);
}

TEST_CASE("program JSON: params as chosen", "[json]") {
  Compiled c("param symptoms: mild | severe = mild\nwhen symptoms = severe { test_curl reps 5 }\n",
             CheckOptions{{{"symptoms", "severe"}}, {}});
  json doc = to_json(c);
  CHECK(doc["params"] == json{{"symptoms", "severe"}});
  CHECK(doc["body"].size() == 1);
}

TEST_CASE("emit_json is the same document, pretty-printed with a final newline", "[json]") {
  Compiled c("test_curl reps 10");
  REQUIRE(c.result.ok());
  std::string text = emit_json(c.program(), c.workspace.sources(), c.result.root);
  REQUIRE_FALSE(text.empty());
  CHECK(text.back() == '\n');
  CHECK(text.find("\n  \"") != std::string::npos);
  CHECK(json::parse(text) == program_to_json(c.program(), c.workspace.sources(), c.result.root));
}
