// The exercise library as text for a terminal: a table for `lib list`, a page
// for `lib show`, ranked results for `lib search`.
#pragma once

#include <string>
#include <vector>

#include "library/library.h"
#include "library/query.h"

namespace regimen {

std::string exercise_table(const std::vector<const Exercise*>& exercises);
std::string exercise_page(const Exercise& exercise, const Library& library);
std::string search_results(const std::vector<SearchHit>& hits);

// A library default written back as Regimen clauses: `hold 20..30s x5`.
std::string dose_as_regimen(const DefaultDose& dose);

}  // namespace regimen
