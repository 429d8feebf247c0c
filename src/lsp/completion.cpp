#include "lsp/completion.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "lsp/text_positions.h"
#include "vocab/exercise_words.h"
#include "vocab/kinds.h"
#include "vocab/units.h"

namespace regimen::lsp {
namespace {

using nlohmann::json;

// The protocol's CompletionItemKind and InsertTextFormat values.
enum ItemKind : int { kUnit = 11, kValue = 12, kKeyword = 14, kSnippet = 15, kEnumMember = 20 };
constexpr int kSnippetFormat = 2;

struct Word {
  const char* label;
  const char* detail;
};

// Statements a line may start with (docs/language.md).
constexpr Word kStatements[] = {
    {"import", "use the exercises of a library module or file"},
    {"title", "the program's title"},
    {"by", "who wrote the program"},
    {"level", "beginner, intermediate or advanced"},
    {"program", "how long the program lasts: program 6 weeks"},
    {"frequency", "how often: frequency 2/day"},
    {"targets", "the body areas the program works"},
    {"goal", "what the program is for, in the patient's words"},
    {"note", "a note for the patient"},
    {"caution", "a caution for the patient"},
    {"disclaimer", "what the program does not replace"},
    {"red_flag", "a sign to stop and get help at once"},
    {"seek_review", "a sign to see the clinician again"},
    {"pain_rule", "how much pain is acceptable"},
    {"timing", "the seconds a schedule uses: timing rep 4s, rest 45s"},
    {"param", "a choice made when the handout is built"},
};

struct Snippet {
  const char* label;
  const char* detail;
  const char* body;
};

constexpr Snippet kSnippets[] = {
    {"routine", "a whole program", "routine \"${1:Title}\" {\n\t$0\n}"},
    {"section", "a group of exercises under a heading", "section \"${1:Warm-up}\" {\n\t$0\n}"},
    {"session", "exercises done at their own times", "session \"${1:Morning}\" ${2:daily} {\n\t$0\n}"},
    {"stage", "a stage that ends on a sign", "stage \"${1:Early}\" until \"${2:you can walk without a limp}\" {\n\t$0\n}"},
    {"weeks", "exercises for some weeks of the program", "weeks ${1:1}-${2:2} {\n\t$0\n}"},
    {"exercise", "an exercise of your own",
     "exercise ${1:id} \"${2:Name}\" {\n\tkind ${3:reps}\n\tstep \"${4:What to do}\"\n\t$0\n}"},
    {"circuit", "exercises done in rounds", "circuit rounds ${1:3} {\n\t$0\n}"},
};

// The clauses of an exercise line, in the order a formatted line writes them.
constexpr Word kClauses[] = {
    {"reps", "repetitions: reps 10..15"},
    {"hold", "a hold: hold 20..30s"},
    {"for", "a time: for 20min"},
    {"distance", "a distance: distance 2km"},
    {"up to", "at most: reps up to 10"},
    {"as advised", "the dose the therapist shows"},
    {"x2", "sets: x3"},
    {"sets", "sets: sets 3"},
    {"per side", "the dose on each side"},
    {"alternating", "sides in turn"},
    {"affected side only", "the patient's affected side alone"},
    {"left only", "the left side alone"},
    {"right only", "the right side alone"},
    {"per direction", "the dose toward each direction"},
    {"rest", "rest between sets: rest 30s"},
    {"tempo", "how fast: tempo slow, tempo 3-1-3"},
    {"load", "a weight or band: load 2kg, load band(red)"},
    {"rpe", "effort on a scale: rpe 7/10"},
    {"effort", "effort: effort 70%"},
    {"pain", "the pain allowed: pain 3/10"},
    {"alternate", "exercises done in turn: alternate a, b"},
    {"frequency", "how often this exercise: frequency 3/day"},
    {"progress", "how to progress: progress \"...\" every 1 week"},
    {"easier", "an easier version"},
    {"harder", "a harder version"},
    {"alternative", "another exercise instead"},
    {"no variants", "none offered"},
    {"cue", "a cue for the patient"},
    {"note", "a note for the patient"},
    {"caution", "a caution for the patient"},
    {"image", "a picture of your own: image \"a.png\" alt \"...\""},
};

// What an exercise definition's lines start with besides its properties
// (docs/library.md).
constexpr Word kDefinitionItems[] = {
    {"default", "the usual dose: default reps 10 x2"},
    {"step", "one step of the instructions: step \"...\""},
    {"cue", "a cue for the patient"},
    {"caution", "a caution for the patient"},
    {"note", "a note for the patient"},
    {"easier", "an easier version: easier \"...\" for beginner"},
    {"harder", "a harder version"},
    {"alternative", "another way to do it"},
    {"image", "a picture of your own: image \"a.png\" alt \"...\""},
    {"figure", "the figure the compiler draws: figure quadruped -> spine 30"},
};

// What each property says, for its completion; every property of
// definition_properties() has one (a test checks).
constexpr Word kPropertyDetails[] = {
    {"aliases", "other names it is found by"},
    {"kind", "how its dose is given: reps, hold, reps_hold or duration"},
    {"accepts", "the dose clauses a line may give it"},
    {"sides", "whether it is done on each side"},
    {"switch", "when one-sided work changes side"},
    {"limb", "the limb one-sided work is done with"},
    {"position", "the body's position: standing, seated, ..."},
    {"equipment", "what the patient needs: equipment band, chair"},
    {"targets", "the body areas it works"},
    {"level", "beginner, intermediate or advanced"},
    {"category", "mobility, stretching, strengthening, ..."},
    {"rep_time", "the seconds one repetition takes, for schedules"},
    {"breath_time", "the seconds one breath takes, for schedules"},
    {"rest_time", "the usual rest between sets, for schedules"},
    {"hold_bound", "how long an open hold is timed, for schedules"},
    {"short_hold", "a hold short enough to need no rest"},
    {"directions", "the directions it moves toward"},
    {"source", "where its facts and dose come from"},
    {"region", "the part of the body it is for"},
    {"demands", "what it asks that a patient may have to avoid"},
};

constexpr const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr const char* kTimesOfDay[] = {"morning", "midday", "afternoon", "evening", "bedtime"};
constexpr const char* kLevels[] = {"beginner", "intermediate", "advanced"};

// The words of the line before the cursor, and whether the cursor is in a
// string or a comment.
struct LineBefore {
  std::vector<std::string> words;  // whole words and marks, without the one being typed
  bool in_text = false;
};

LineBefore line_before(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t start = text.find_last_of("\n\r", offset == 0 ? std::string_view::npos : offset - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view line = text.substr(start, offset - start);
  LineBefore out;
  std::string word;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out.words.push_back("\"");
      continue;
    }
    if (c == '#') {
      out.in_text = true;
      return out;
    }
    if (word_char(c) || (c == '.' && !word.empty())) {
      word += c;
      continue;
    }
    if (!word.empty()) out.words.push_back(std::move(word));
    word.clear();
    // A `;` or a brace starts a statement, as a line does.
    if (c == ';' || c == '{' || c == '}') out.words.clear();
    else if (c != ' ' && c != '\t') out.words.push_back(std::string(1, c));
  }
  // The word being typed, in `word`, is what the editor filters on, not context.
  out.in_text = in_string;
  return out;
}

// The first word of the header of each block open at `offset`, outermost
// first (`exercise`, `routine`, `session`...). A block's header is the
// statement before its `{`, on the lines before it when the brace stands alone.
std::vector<std::string> open_blocks(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::vector<std::string> open;
  std::string first;    // the current statement's first word
  std::string header;   // the last statement's, for a `{` on a line of its own
  std::string word;
  auto end_word = [&] {
    if (!word.empty() && first.empty()) first = word;
    word.clear();
  };
  for (std::size_t i = 0; i < offset; ++i) {
    char c = text[i];
    if (c == '"') {
      end_word();
      if (first.empty()) first = "\"";
      for (++i; i < offset && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
      continue;
    }
    if (c == '#') {
      while (i < offset && text[i] != '\n') ++i;
      --i;  // the newline ends the statement below
      continue;
    }
    if (word_char(c)) {
      word += c;
      continue;
    }
    end_word();
    if (c == '{') {
      open.push_back(first.empty() ? header : first);
      first.clear();
      header.clear();
    } else if (c == '}') {
      if (!open.empty()) open.pop_back();
      first.clear();
      header.clear();
    } else if (c == ';' || c == '\n' || c == '\r') {
      if (!first.empty()) header = first;
      first.clear();
    }
  }
  return open;
}

bool is_number(const std::string& word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) &&
         word.find_first_not_of("0123456789.") == std::string::npos;
}

json keyword(std::string_view label, std::string_view detail, int kind = kKeyword) {
  return {{"label", label}, {"kind", kind}, {"detail", detail}};
}

json exercise_item(const Exercise& exercise) {
  std::string filter = exercise.id + " " + exercise.name;
  for (const auto& alias : exercise.aliases) filter += " " + alias;
  std::string doc = fmt::format("**{}** ({}, {})", exercise.name, to_string(exercise.kind), to_string(exercise.level));
  if (!exercise.equipment.empty()) doc += "\n\nEquipment: " + fmt::format("{}", fmt::join(exercise.equipment, ", "));
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) doc += fmt::format("\n\n{}. {}", i + 1, exercise.steps[i]);
  return {{"label", exercise.id},
          {"kind", kValue},
          {"detail", exercise.name},
          {"filterText", filter},
          {"documentation", {{"kind", "markdown"}, {"value", doc}}}};
}

void add_exercises(json& items, const Library& library) {
  for (const auto& [id, exercise] : library.exercises()) items.push_back(exercise_item(exercise));
}

// The library's words of one kind (equipment, targets, directions...), with
// what people read for each.
void add_vocabulary(json& items, const Library& library, VocabularyKind kind) {
  for (const VocabularyWord* known : library.vocabulary().words(kind)) {
    items.push_back(keyword(known->id, known->name.empty() ? std::string(to_string(kind)) : known->name, kEnumMember));
  }
}

// Completion inside an `exercise` block: its properties and lines where a
// line starts, a property's words after it, the clauses after `default`.
json definition_items(const std::vector<std::string>& words, const Library& library) {
  json items = json::array();
  if (words.empty()) {
    for (const auto& property : definition_properties()) items.push_back(keyword(property, property_detail(property)));
    for (const auto& w : kDefinitionItems) items.push_back(keyword(w.label, w.detail));
    return items;
  }
  const std::string& key = words.front();
  if (key == "default") {
    for (const auto& w : kClauses) items.push_back(keyword(w.label, w.detail));
    if (is_number(words.back())) {
      for (const auto& unit : unit_words()) items.push_back(keyword(unit, "a unit", kUnit));
    }
    return items;
  }
  // A property's words, after its name or a comma.
  if (words.size() == 1 || words.back() == ",") {
    for (const auto& value : property_words(key)) items.push_back(keyword(value, key, kEnumMember));
    for (VocabularyKind kind : AllValues<VocabularyKind>::values) {
      if (property_of(kind) == key) add_vocabulary(items, library, kind);
    }
  }
  return items;
}

}  // namespace

std::string_view property_detail(std::string_view property) {
  for (const auto& w : kPropertyDetails) {
    if (w.label == property) return w.detail;
  }
  return {};
}

json completion_items(std::string_view text, std::size_t offset, const Library& library) {
  json items = json::array();
  LineBefore before = line_before(text, offset);
  if (before.in_text) return items;
  const auto& words = before.words;
  std::vector<std::string> blocks = open_blocks(text, offset);
  if (!blocks.empty() && blocks.back() == "exercise") return definition_items(words, library);

  if (words.empty()) {
    add_exercises(items, library);
    for (const auto& w : kStatements) items.push_back(keyword(w.label, w.detail));
    for (const auto& s : kSnippets) {
      items.push_back({{"label", s.label},
                       {"kind", kSnippet},
                       {"detail", s.detail},
                       {"insertText", s.body},
                       {"insertTextFormat", kSnippetFormat}});
    }
    return items;
  }
  const std::string& last = words.back();
  if (last == "easier" || last == "harder" || last == "alternative" || last == "alternate" || last == ",") {
    if (last != "," || std::find(words.begin(), words.end(), "alternate") != words.end()) {
      add_exercises(items, library);
      return items;
    }
  }
  if (last == "on" || (last == "," && std::find(words.begin(), words.end(), "on") != words.end())) {
    for (const char* day : kDays) items.push_back(keyword(day, "a day of the week", kEnumMember));
    return items;
  }
  // The routine's `targets`, and the directions of `per direction (...)`.
  if (words.front() == "targets" && (words.size() == 1 || last == ",")) {
    add_vocabulary(items, library, VocabularyKind::Target);
    return items;
  }
  if (auto open = std::find(words.begin(), words.end(), "("); open != words.end() && open != words.begin() &&
      *(open - 1) == "direction" && std::find(open, words.end(), ")") == words.end() && (last == "(" || last == ",")) {
    add_vocabulary(items, library, VocabularyKind::Direction);
    return items;
  }
  if (last == "at") {
    for (const char* time : kTimesOfDay) items.push_back(keyword(time, "a time of day", kEnumMember));
    return items;
  }
  // `level`, and a variant's `for` after its description: `easier "..." for`.
  if (last == "level" || (last == "for" && words.size() >= 2 && words[words.size() - 2] == "\"")) {
    for (const char* level : kLevels) items.push_back(keyword(level, "a level", kEnumMember));
    return items;
  }
  if (is_number(last)) {
    for (const auto& unit : unit_words()) items.push_back(keyword(unit, "a unit", kUnit));
  }
  for (const auto& w : kClauses) items.push_back(keyword(w.label, w.detail));
  return items;
}

}  // namespace regimen::lsp
