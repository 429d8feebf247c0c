// A patient handout as content: what the page says, in reading order, with
// no layout. Built once from the checked program; the HTML, Markdown, text
// and PDF writers each render this one structure, so they cannot disagree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "figure/drawing.h"
#include "image/pictures.h"
#include "library/library.h"
#include "program/program.h"

namespace regimen::handout {

// What the person printing the handout chooses; none of it changes the program.
struct Options {
  std::string patient;         // empty: a line to write the name on
  std::string date;            // empty: a line to write the date on
  std::optional<int> tracker_weeks;  // default: the first two weeks (fewer if the program is shorter)
};

// A labelled fact at the top: "How often" -> "Twice a day, every day".
struct Fact {
  std::string label;
  std::string value;
};

// The safety box. Always present: a routine with no cautions gets a default
// (`is_default`), which the linter reports.
struct Safety {
  std::string heading = "When to stop";
  std::vector<std::string> stop_now;     // red flags: stop and get help
  std::vector<std::string> pain_rules;   // how much pain the program accepts; replaces the default caution
  std::vector<std::string> cautions;     // how to exercise safely
  std::vector<std::string> seek_review;  // when to get advice, not as an emergency
  std::vector<std::string> disclaimers;
  bool is_default = false;
};

// "Weeks 1 to 2" (or "Days 1 to 3") -> "10 repetitions": one row of a dose-by-week table.
struct DoseRow {
  std::string weeks;
  std::string dose;
};

struct Variant {
  std::string label;  // "Easier", "Harder", "Instead"
  std::string text;   // "Child's pose", "drop onto your knees", "Seated twist, if getting down to the floor is difficult"
};

// A picture of the clinic's own, shown beside the steps; the writers embed
// its bytes (PDF, HTML), link to its file (Markdown) or print its alt text.
struct Picture {
  std::string alt;
  image::Picture image;  // the file as the compilation read it; its bytes shared
};

// The library's drawing of the exercise, shown where the clinic gave no
// picture of its own.
struct Drawn {
  std::string alt;  // "Cat-camel: the start and end positions, on hands and knees"
  figure::Drawing drawing;
};

struct Exercise {
  int number = 0;                 // 1, 2, 3 ... through the whole handout
  std::string id;                 // the library id, for anchors; never shown
  std::string name;               // "Half wall hang"
  std::string dose;               // "Hold 20 to 30 seconds. Do this 5 times."
  std::string when;               // "Weeks 3 to 8 only"; empty when every week
  std::string how_often;          // the exercise's own frequency: "2 to 3 times a day"; usually empty
  std::vector<std::string> steps; // numbered in order
  std::string no_steps;           // set instead of steps when the library has none: "Ask your therapist ..."
  std::vector<std::string> cues;
  std::vector<std::string> cautions;
  std::vector<std::string> notes;
  std::vector<Variant> variants;
  std::vector<Picture> pictures;      // in the order written: a start and an end position, say
  std::optional<Drawn> drawn;         // only when `pictures` is empty: a clinic's own picture comes first
  std::vector<DoseRow> dose_by_week;  // empty unless the dose changes over the program
  std::string dose_by_week_heading = "Weeks";  // "Days" when every row is days, "When" when they mix
};

struct Section {
  std::string title;              // may be empty for exercises outside any section
  // What the section says before its exercises, each its own paragraph:
  // "Go through these 3 times, resting 60 seconds between rounds.", "Goal:
  // Settle the swelling.", a note, "Take care: ...".
  std::vector<std::string> notes;
  std::vector<Exercise> exercises;
};

// One row of the tracker: a session at one time of day, and the days it is
// done on (7 flags; false: no box, the cell is shaded).
struct TrackerRow {
  std::string label;                  // "Morning", "Session 2", "Strength", "Stretches: evening"
  std::vector<bool> planned;
};

// A tick-box grid: for each week, one row per session slot and a column per day.
struct Tracker {
  int weeks = 2;
  std::vector<std::string> days;      // 7 column labels: "Mon".."Sun" or "Day 1".."Day 7"
  std::vector<bool> planned_days;     // 7 flags: false for days no row has a session (shade the column)
  std::vector<TrackerRow> rows;       // each session's slots, in session order
  std::string instruction;            // "Tick a box each time you finish a session."
};

struct Handout {
  std::string title;
  std::string author;             // clinic or author; may be empty
  std::string patient;            // may be empty: render a line to write on
  std::string date;               // may be empty: render a line to write on
  std::vector<Fact> facts;        // How often, Each session, Program, Level, For, Version
  std::vector<std::string> equipment;  // "Foam roller", "Chair"; empty: nothing needed
  std::string no_equipment = "Nothing special: a little floor space.";
  Safety safety;
  std::vector<std::string> notes; // the routine's notes
  std::vector<Section> sections;
  Tracker tracker;
  std::string footer;             // the routine's title; writers add page numbers where pages exist
};

// `pictures`: the files the program's images name, as the compilation read them.
Handout make_handout(const program::Program& program, const Library& library, const image::Pictures& pictures,
                     const Options& options);

}  // namespace regimen::handout
