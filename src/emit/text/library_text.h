// The exercise library as text for a terminal: a table for `lib list`, a page
// for `lib show`, ranked results for `lib search`, the words of its
// vocabularies for `lib vocabulary`.
#pragma once

#include <string>
#include <vector>

#include "library/library.h"
#include "library/query.h"

namespace regimen {

std::string exercise_table(const std::vector<const Exercise*>& exercises);
std::string exercise_page(const Exercise& exercise, const Library& library);
std::string search_results(const std::vector<SearchHit>& hits);
// `lib vocabulary`: a table of the words of each of `kinds`.
std::string vocabulary_tables(const Vocabulary& vocabulary, const std::vector<VocabularyKind>& kinds);

// A library default written back as Regimen clauses: `hold 20..30s x5`.
std::string dose_as_regimen(const DefaultDose& dose);
// A figure written back in its notation: `quadruped spine -20 -> spine 30`.
std::string figure_as_regimen(const figure::Spec& spec);

}  // namespace regimen
