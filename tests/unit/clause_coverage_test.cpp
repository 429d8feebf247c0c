// No clause is ever dropped: for every conformance case and every example,
// each clause written on an exercise line shows in the program JSON, on the
// exercise checked from that line. A clause the checker or a backend lets
// fall silently fails here, whatever the case was written to test.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "driver/workspace.h"
#include "emit/json/program_json.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace regimen {
namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every file that compiles: the conformance cases that expect a program or
// only warnings, and the examples.
std::vector<fs::path> compiling_cases() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(REGIMEN_CONFORMANCE)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".regimen" || p.parent_path().filename() == "lib") continue;
    if (p.filename().string().rfind("fail_", 0) == 0) continue;
    out.push_back(p);
  }
  for (const auto& entry : fs::directory_iterator(REGIMEN_EXAMPLES)) {
    if (entry.path().extension() == ".regimen") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The default choice of parameters, then each value of each, so that every
// `when` branch is compiled once.
std::vector<CheckOptions> choices(const ast::File& file) {
  std::vector<CheckOptions> out{{}};
  for (const auto& param : file.params) {
    for (const auto& value : param.values) out.push_back(CheckOptions{{{param.name.text, value.text}}, {}});
  }
  return out;
}

struct Line {
  const ast::Prescription* line;
  bool conditional;  // inside a `when`: absent from the program when its branch is not chosen
};

void collect(const std::vector<ast::Statement>& body, bool conditional, std::vector<Line>& out) {
  for (const auto& statement : body) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, ast::Prescription>) {
            out.push_back({&node, conditional});
          } else if constexpr (std::is_same_v<T, ast::When>) {
            collect(node.body, true, out);
          } else if constexpr (std::is_same_v<T, ast::Section> || std::is_same_v<T, ast::Circuit> ||
                               std::is_same_v<T, ast::Phase>) {
            collect(node.body, conditional, out);
          }
        },
        statement.node);
  }
}

void exercises_by_offset(const json& body, std::map<std::uint32_t, const json*>& out) {
  for (const auto& node : body) {
    if (node["type"] == "exercise") {
      out[node["span"]["offset"].get<std::uint32_t>()] = &node;
    } else {
      exercises_by_offset(node["body"], out);
    }
  }
}

// A quantity as written, against its JSON: both ends of a progression kept.
void same_shape(const ast::Quantity& written, const json& quantity, const std::string& what) {
  INFO(what);
  REQUIRE(quantity.is_object());
  CHECK(quantity["start"]["min"].is_number());
  CHECK(quantity["end"].is_null() == !written.end.has_value());
}

void check_line(const ast::Prescription& line, const json& item) {
  if (line.dose) {
    std::visit(
        [&](const auto& dose) {
          using T = std::decay_t<decltype(dose)>;
          if constexpr (std::is_same_v<T, ast::RepsDose>) {
            if (dose.reps.amount) same_shape(*dose.reps.amount, item["reps"], "reps");
            std::string_view form = dose.reps.form == ast::RepCount::Form::Given  ? "given"
                                    : dose.reps.form == ast::RepCount::Form::UpTo ? "up_to"
                                                                                  : "as_many_as_you_can";
            CHECK(item["reps_form"] == form);
            CHECK(item["hold"].is_null() == !dose.hold_each.has_value());
            if (dose.each_time) same_shape(*dose.each_time, item["each_seconds"], "for ... each");
          } else if constexpr (std::is_same_v<T, ast::HoldDose>) {
            CHECK(item["hold"].is_object());
          } else if constexpr (std::is_same_v<T, ast::TimeDose>) {
            same_shape(dose.time, item["duration_seconds"], "for");
          } else if constexpr (std::is_same_v<T, ast::DistanceDose>) {
            same_shape(dose.distance, item["distance_metres"], "distance");
          } else {
            static_assert(std::is_same_v<T, ast::AdvisedDose>, "every dose form is covered");
            CHECK(item["as_advised"].get<bool>());
          }
        },
        *line.dose);
    if (const ast::Hold* hold = ast::hold_of(*line.dose); hold && hold->dose) same_shape(*hold->dose, item["hold"]["amount"], "hold");
    CHECK_FALSE(item["dose_from_library"].get<bool>());
  } else {
    CHECK(item["dose_from_library"].get<bool>());
  }
  if (line.sets) {
    same_shape(*line.sets, item["sets"], "sets");
    CHECK(item["sets"]["start"]["min"] == line.sets->start.low.value);
  }
  if (line.rest) CHECK(item["rest_seconds"].is_object());
  if (line.sides) CHECK_FALSE(item["sides"]["from_library"].get<bool>());
  if (line.sides && line.sides->form == ast::Sides::Form::Only) {
    CHECK(item["sides"]["mode"] == "one_side");
    CHECK(item["sides"]["only"] == line.sides->only->text);
  }
  CHECK(item["as_tolerated"].get<bool>() == line.as_tolerated.has_value());
  if (line.tempo) CHECK(item["tempo"].is_object());
  if (line.load) CHECK(item["load"].is_object());
  if (line.load && line.load->end) CHECK(item["load"]["end"].is_object());
  if (line.rpe) CHECK(item["rpe"].is_object());
  if (line.effort) same_shape(*line.effort, item["effort_percent"], "effort");
  if (line.pain) CHECK(item["pain_max"].is_object());
  if (line.frequency) CHECK(item["frequency"].is_object());
  CHECK(item["alternation"].size() == line.alternation.size());
  std::size_t own_variants = 0, library_variants = 0;
  for (const auto& v : item["variants"]) (v["from_library"].get<bool>() ? library_variants : own_variants)++;
  CHECK(own_variants == line.variants.size());
  CHECK(item["no_variants"].get<bool>() == line.no_variants.has_value());
  if (line.no_variants) CHECK(library_variants == 0);
  CHECK(item["cues"].size() + item["notes"].size() + item["cautions"].size() == line.texts.size());
  for (const auto& setting : line.timing) {
    std::string field = setting.key.text == "rep" ? "seconds_per_rep" : setting.key.text == "breath" ? "seconds_per_breath" : "rest_seconds";
    INFO("timing " << setting.key.text);
    CHECK(item["timing"][field] > 0);
  }
}

}  // namespace

TEST_CASE("every clause written shows in the program JSON", "[clauses]") {
  auto cases = compiling_cases();
  REQUIRE(cases.size() > 50);
  for (const auto& path : cases) {
    std::string text = read_text(path);
    Workspace probe{WorkspaceOptions{}};
    Compilation first = probe.compile(path.string(), text, {});
    REQUIRE(first.syntax.has_value());
    for (const auto& options : choices(*first.syntax)) {
      Workspace workspace{WorkspaceOptions{}};
      Compilation c = workspace.compile(path.string(), text, options);
      if (!c.ok()) continue;  // a parameter value that makes the case fail is another case's business
      json program = program_to_json(*c.program, workspace.sources(), c.root);
      std::map<std::uint32_t, const json*> items;
      exercises_by_offset(program["body"], items);
      std::vector<Line> lines;
      collect(c.syntax->body, false, lines);
      for (const auto& [line, conditional] : lines) {
        auto it = items.find(line->span.begin);
        INFO(path.string() << " line at byte " << line->span.begin << " (" << line->exercise.text << ")");
        if (it == items.end()) {
          CHECK(conditional);
          continue;
        }
        check_line(*line, *it->second);
      }
    }
  }
}

}  // namespace regimen
