// The exercise library as JSON (`regimen lib ... --format json`); described in
// docs/json.md.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "library/library.h"
#include "library/query.h"

namespace regimen {

inline constexpr int kLibraryJsonVersion = 8;

nlohmann::json exercise_to_json(const Exercise& exercise, const Library& library);
// {"format": "regimen-library", "version", "exercises": [...]}
nlohmann::json library_list_json(const std::vector<const Exercise*>& exercises, const Library& library);
// {"format": "regimen-exercise", "version", "exercise": {...}}
nlohmann::json exercise_document_json(const Exercise& exercise, const Library& library);
// {"format": "regimen-search", "version", "query", "results": [{"score", "matched", "exercise"}]}
nlohmann::json search_json(std::string_view query, const std::vector<SearchHit>& hits, const Library& library);
// {"format": "regimen-vocabulary", "version", and for each of `kinds`
// "equipment", "targets" or "directions": [{"id", "name", "aliases", "module"}]}
nlohmann::json vocabulary_json(const Vocabulary& vocabulary, const std::vector<VocabularyKind>& kinds);

}  // namespace regimen
