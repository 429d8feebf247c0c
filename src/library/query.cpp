#include "library/query.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/names.h"

namespace regimen {
namespace {

// Lower case, with `_` and `-` read as spaces: "shoulder_blades" reads as
// "shoulder blades".
std::string plain(std::string_view text) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(c == '_' || c == '-' ? ' ' : static_cast<char>(std::tolower(u)));
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : plain(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

// Words too common to tell exercises apart.
const std::set<std::string> kStopWords = {"a", "an", "the", "and", "or", "of", "for", "with", "to", "on", "in", "your", "my"};

bool contains_word(std::string_view haystack, const std::string& word) {
  for (const auto& w : words_of(haystack)) {
    // "blade" finds "blades"; a short word must match whole.
    if (w == word || (word.size() >= 4 && w.rfind(word, 0) == 0)) return true;
  }
  return false;
}

struct Field {
  std::string_view name;
  int weight;
  std::vector<std::string> texts;
};

std::vector<Field> fields_of(const Exercise& ex) {
  return {
      {"name", 10, {ex.id, ex.name}},
      {"alias", 8, ex.aliases},
      {"target", 6, ex.targets},
      {"equipment", 6, ex.equipment},
      {"position", 4, {ex.position}},
      {"category", 4, {ex.category}},
      {"cue", 2, ex.cues},
      {"step", 1, ex.steps},
  };
}

}  // namespace

std::vector<const Exercise*> filter(const Library& library, const LibraryFilter& f) {
  auto has = [](const std::vector<std::string>& list, const std::string& value) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& item) { return names::lookup_key(item) == names::lookup_key(value); });
  };
  std::vector<const Exercise*> out;
  for (const auto& [id, ex] : library.exercises()) {
    if (f.target && !has(ex.targets, *f.target)) continue;
    if (f.equipment && !has(ex.equipment, *f.equipment)) continue;
    if (f.position && ex.position != *f.position) continue;
    if (f.level && ex.level != *f.level) continue;
    if (f.kind && ex.kind != *f.kind) continue;
    if (f.module && ex.module != *f.module) continue;
    out.push_back(&ex);
  }
  return out;
}

std::vector<SearchHit> search(const Library& library, std::string_view query) {
  std::vector<std::string> words;
  for (auto& w : words_of(query)) {
    if (!kStopWords.count(w)) words.push_back(w);
  }
  // "no equipment" and "without equipment" mean the equipment `none`.
  bool wants_no_equipment = false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if ((words[i] == "no" || words[i] == "without") && words[i + 1] == "equipment") wants_no_equipment = true;
  }
  // A phrase of several words ("shoulder blades") also counts as a whole; one
  // word is matched word by word, so that "the" does not find "strengthening".
  std::string whole = words.size() >= 2 ? names::lookup_key(query) : std::string();

  std::vector<SearchHit> hits;
  for (const auto& [id, ex] : library.exercises()) {
    SearchHit hit{&ex, 0, {}};
    auto note = [&](std::string_view field) {
      if (std::find(hit.matched.begin(), hit.matched.end(), field) == hit.matched.end()) hit.matched.emplace_back(field);
    };
    // The whole query naming the exercise outright ranks it first.
    if (library.find(query) == &ex) {
      hit.score += 100;
      note("name");
    }
    if (wants_no_equipment && std::find(ex.equipment.begin(), ex.equipment.end(), "none") != ex.equipment.end()) {
      hit.score += 12;
      note("equipment");
    }
    for (const auto& field : fields_of(ex)) {
      for (const auto& text : field.texts) {
        // The whole query inside a short field ("shoulder blades" in a target).
        if (!whole.empty() && field.weight >= 4 && names::lookup_key(text).find(whole) != std::string::npos) {
          hit.score += field.weight * 2;
          note(field.name);
        }
      }
      for (const auto& word : words) {
        if (wants_no_equipment && (word == "no" || word == "without" || word == "equipment")) continue;
        bool found = std::any_of(field.texts.begin(), field.texts.end(),
                                 [&](const std::string& text) { return contains_word(text, word); });
        if (found) {
          hit.score += field.weight;
          note(field.name);
        }
      }
    }
    if (hit.score > 0) hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
    return a.score != b.score ? a.score > b.score : a.exercise->id < b.exercise->id;
  });
  return hits;
}

}  // namespace regimen
