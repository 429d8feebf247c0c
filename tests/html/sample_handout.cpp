// Writes the HTML of a hand-built handout that fills every field, so that the
// writer is tested apart from the compiler. Usage:
//   html_sample OUT.html [--large-print] [--hostile TEXT] [--long-word WORD] [--patient NAME] [--date TEXT]
// TEXT is placed in the title, author, notes, cues, cautions and table cells; the
// manifest on stdout (JSON) says what the page must show.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "emit/html/handout_html.h"

namespace {

using namespace regimen;

handout::Handout sample(const std::string& hostile, const std::string& long_word) {
  handout::Handout h;
  h.title = "Neck and shoulders " + hostile;
  h.author = "Riverside clinic " + hostile;
  h.facts = {{"How often", "Twice a day, on Monday, Wednesday and Friday"},
             {"Each session", "About 15 minutes"},
             {"Program", "6 weeks"},
             {"Level", "Beginner"},
             {"For", hostile}};
  h.equipment = {"Chair", "Towel", hostile};
  h.safety.stop_now = {"Chest pain, or pain spreading to the arm or jaw: call emergency services.",
                       "New numbness or weakness in an arm " + hostile};
  h.safety.cautions = {"Move slowly and within a range that feels comfortable.", "Keep breathing " + hostile};
  h.safety.disclaimers = {"General advice only " + hostile};
  h.notes = {hostile};

  handout::Exercise roll;
  roll.number = 1;
  roll.id = "shoulder_roll";
  roll.name = "Shoulder roll";
  roll.dose = "2 sets of 10 repetitions.";
  roll.steps = {"Sit tall on a firm chair.", "Lift both shoulders up, then roll them back and down.",
                "Let them settle before the next roll " + hostile};
  roll.cues = {hostile};
  roll.cautions = {"Keep the movement small if it pinches " + hostile};
  roll.notes = {"A note " + hostile};
  roll.variants = {{"Easier", "one shoulder at a time"}, {"Harder", "Band pull-apart " + hostile}};
  roll.dose_by_week = {{"Weeks 1 to 2", "10 repetitions"}, {"Weeks 3 to 6", "15 repetitions " + hostile}};

  handout::Exercise chin;
  chin.number = 2;
  chin.id = "chin <tuck>";
  chin.name = "Chin tuck " + hostile;
  chin.dose = "Hold 5 seconds. Do this 8 times.";
  chin.when = "Weeks 3 to 6 only";
  chin.how_often = "3 times a day";
  chin.no_steps = "Ask your therapist to show you this one.";

  handout::Exercise stretch;
  stretch.number = 3;
  stretch.id = "upper_trap_stretch";
  stretch.name = "Upper trapezius stretch " + long_word;
  stretch.dose = "Hold 30 seconds on each side. " + long_word;
  stretch.steps = {long_word};

  h.sections = {{"Mobility", {"Go through these twice, resting 30 seconds between rounds."}, {roll, chin}},
                {"", {}, {stretch}}};
  h.tracker.weeks = 2;
  h.tracker.days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  h.tracker.planned_days = {true, false, true, false, true, false, false};
  h.tracker.rows = {{"Morning", h.tracker.planned_days}, {"Evening " + hostile, h.tracker.planned_days}};
  h.tracker.instruction = "Tick a box each time you finish a session.";
  h.footer = h.title;
  return h;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: html_sample OUT.html [--large-print] [--hostile TEXT] [--long-word WORD] [--patient NAME] "
                 "[--date TEXT]\n";
    return 2;
  }
  std::string hostile = "<script>alert(1)</script> & 'single' \"double\"";
  std::string long_word(120, 'w');
  HtmlOptions options;
  std::string patient, date;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--large-print") options.large_print = true;
    else if (arg == "--hostile" && has_value) hostile = argv[++i];
    else if (arg == "--long-word" && has_value) long_word = argv[++i];
    else if (arg == "--patient" && has_value) patient = argv[++i];
    else if (arg == "--date" && has_value) date = argv[++i];
    else {
      std::cerr << "html_sample: unknown argument " << arg << "\n";
      return 2;
    }
  }
  handout::Handout h = sample(hostile, long_word);
  h.patient = patient;
  h.date = date;
  std::ofstream(argv[1], std::ios::binary) << handout_html(h, options);

  nlohmann::json manifest;
  manifest["title"] = h.title;
  manifest["hostile"] = hostile;
  manifest["patient"] = h.patient;
  manifest["date"] = h.date;
  for (const auto& section : h.sections)
    for (const auto& exercise : section.exercises)
      manifest["exercises"].push_back({{"number", exercise.number}, {"name", exercise.name}, {"dose", exercise.dose}});
  int planned = 0;
  for (bool day : h.tracker.planned_days) planned += day ? 1 : 0;
  manifest["tracker"] = {{"weeks", h.tracker.weeks},
                         {"slots", h.tracker.rows.size()},
                         {"days", h.tracker.days.size()},
                         {"planned_days", planned}};
  std::cout << manifest.dump(2) << "\n";
  return 0;
}
