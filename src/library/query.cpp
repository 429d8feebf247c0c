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

// A word of a text matches a word of the query when it is that word, or, for
// a query word of four letters or more, that word with an ending: "blade"
// finds "blades" and "stretch" finds "stretching", but "knee" does not find
// "kneeling".
bool contains_word(std::string_view haystack, const std::string& word) {
  static const std::set<std::string, std::less<>> kEndings = {"s", "es", "ing", "ed", "er", "ers"};
  for (const auto& w : words_of(haystack)) {
    if (w == word) return true;
    if (word.size() >= 4 && w.size() > word.size() && w.rfind(word, 0) == 0 &&
        kEndings.count(std::string_view(w).substr(word.size())) > 0) {
      return true;
    }
  }
  return false;
}

struct Field {
  std::string_view name;
  int weight;
  std::vector<std::string> texts;
  bool what_it_is = false;  // see SearchHit::what_it_is
};

// Vocabulary ids with the words they stand for: `quadriceps` with "Front of
// the thigh" and `quads`.
std::vector<std::string> with_words(const Vocabulary& vocabulary, VocabularyKind kind,
                                    const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    out.push_back(id);
    if (const VocabularyWord* word = vocabulary.find(kind, id)) {
      out.push_back(word->name);
      out.insert(out.end(), word->aliases.begin(), word->aliases.end());
    }
  }
  return out;
}

std::vector<Field> fields_of(const Exercise& ex, const Vocabulary& vocabulary) {
  std::vector<std::string> region;
  if (!ex.region.empty()) region = with_words(vocabulary, VocabularyKind::Region, {ex.region});
  return {
      {"name", 10, {ex.id, ex.name}, true},
      {"alias", 8, ex.aliases, true},
      // A region is what the exercise is for: "knee" means the knee's exercises
      // before one that only bends a knee on the way.
      {"region", 30, region, true},
      {"target", 6, with_words(vocabulary, VocabularyKind::Target, ex.targets), true},
      {"equipment", 6, with_words(vocabulary, VocabularyKind::Equipment, ex.equipment)},
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
    if (f.region && ex.region != *f.region) continue;
    const std::vector<std::string>& demands = ex.demands;  // a lambda may not capture a structured binding (clang)
    if (std::any_of(f.avoid.begin(), f.avoid.end(), [&](const std::string& d) { return has(demands, d); })) continue;
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
    SearchHit hit{&ex, 0, 0, {}};
    auto note = [&](std::string_view field) {
      if (std::find(hit.matched.begin(), hit.matched.end(), field) == hit.matched.end()) hit.matched.emplace_back(field);
    };
    // The whole query naming the exercise outright ranks it first.
    if (library.find(query) == &ex) {
      hit.score += 100;
      hit.what_it_is += 100;
      note("name");
    }
    if (wants_no_equipment && std::find(ex.equipment.begin(), ex.equipment.end(), "none") != ex.equipment.end()) {
      hit.score += 12;
      note("equipment");
    }
    for (const auto& field : fields_of(ex, library.vocabulary())) {
      auto count = [&](int points) {
        hit.score += points;
        if (field.what_it_is) hit.what_it_is += points;
        note(field.name);
      };
      for (const auto& text : field.texts) {
        // The whole query inside a short field ("shoulder blades" in a target).
        if (!whole.empty() && field.weight >= 4 && names::lookup_key(text).find(whole) != std::string::npos) {
          count(field.weight * 2);
        }
      }
      for (const auto& word : words) {
        if (wants_no_equipment && (word == "no" || word == "without" || word == "equipment")) continue;
        bool found = std::any_of(field.texts.begin(), field.texts.end(),
                                 [&](const std::string& text) { return contains_word(text, word); });
        if (found) count(field.weight);
      }
    }
    if (hit.score > 0) hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
    bool a_is = a.what_it_is > 0;
    bool b_is = b.what_it_is > 0;
    if (a_is != b_is) return a_is;
    return a.score != b.score ? a.score > b.score : a.exercise->id < b.exercise->id;
  });
  return hits;
}

}  // namespace regimen
