// Prints, as JSON, what a routine's handout must show: each exercise's name,
// dose and other text, taken from the handout model itself, so that the PDF
// checks compare the pages with the content and not with a copy of it.
// Usage: handout_expect FILE.regimen [key=value ...]
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "driver/workspace.h"
#include "handout/handout.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: handout_expect FILE.regimen [key=value ...]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "handout_expect: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream text;
  text << in.rdbuf();
  regimen::CheckOptions check;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto eq = arg.find('=');
    if (eq == std::string::npos) {
      std::cerr << "handout_expect: expected key=value, got " << arg << "\n";
      return 2;
    }
    check.params[arg.substr(0, eq)] = arg.substr(eq + 1);
  }
  regimen::Workspace workspace{regimen::WorkspaceOptions{}};
  const regimen::Compilation compiled = workspace.compile(argv[1], text.str(), check);
  if (!compiled.ok()) {
    std::cerr << "handout_expect: " << argv[1] << " does not compile\n";
    return 1;
  }
  const regimen::Library& library = compiled.library ? *compiled.library : workspace.library();
  const auto handout = regimen::handout::make_handout(*compiled.program, library, compiled.pictures, {});

  nlohmann::json exercises = nlohmann::json::array();
  for (const auto& section : handout.sections) {
    for (const auto& e : section.exercises) {
      nlohmann::json texts = nlohmann::json::array();
      for (const auto& s : e.steps) texts.push_back(s);
      for (const auto& s : e.cues) texts.push_back(s);
      for (const auto& s : e.cautions) texts.push_back(s);
      for (const auto& s : e.notes) texts.push_back(s);
      for (const auto& v : e.variants) texts.push_back(v.text);
      exercises.push_back({{"name", e.name}, {"dose", e.dose}, {"texts", texts}});
    }
  }
  nlohmann::json out = {{"title", handout.title}, {"exercises", exercises}};
  std::cout << out.dump(2) << "\n";
  return 0;
}
