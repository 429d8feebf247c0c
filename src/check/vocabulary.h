// The words of the library's vocabularies: defined by a layer
// (`equipment step "Step or stair" { aliases stair }`), then named by
// exercise definitions and routine lines, which store each as its id.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "check/defined_names.h"
#include "check/unknown_word.h"
#include "diag/diagnostic.h"
#include "library/library.h"

namespace regimen {

// The words a layer has defined so far, by kind: within one layer a word (or
// an alias) may be defined once.
using DefinedWords = std::map<VocabularyKind, DefinedNames>;

// Checks each definition and adds its word to `library` under `module`.
void define_vocabulary(const std::vector<ast::VocabularyDef>& definitions, const std::string& module,
                       Library& library, DefinedWords& defined, Diagnostics& diagnostics);

// The id of the library's word of `kind` that `word` names, by id or alias;
// an unknown word is reported with `UnknownMessage` (and the defined words),
// unless `quiet`: a broken definition may have been meant to define it.
template <typename UnknownMessage>
std::optional<std::string> vocabulary_word(const ast::Name& word, VocabularyKind kind, const Vocabulary& vocabulary,
                                           bool quiet, Diagnostics& diagnostics) {
  if (const VocabularyWord* known = vocabulary.find(kind, word.text)) return known->id;
  if (!quiet) {
    report_unknown_word<UnknownMessage>(diagnostics, word, to_string(kind), vocabulary.ids(kind),
                                        vocabulary.suggest(kind, word.text));
  }
  return std::nullopt;
}

}  // namespace regimen
