// Vocabulary definitions (`equipment step "Step or stair" { aliases stair }`)
// into the library's words.
#include "check/vocabulary.h"

#include <fmt/format.h>

#include "base/names.h"
#include "base/words.h"

namespace regimen {
namespace {

// What a word without a quoted name is called: a direction's cue reads its
// id as words ("Now clockwise"), equipment and targets are listed as a name
// ("Foam roller").
std::string unnamed(VocabularyKind kind, const std::string& id) {
  std::string spaced = words::spaced(id);
  return kind == VocabularyKind::Direction ? spaced : words::capitalised(spaced);
}

// "an equipment definition", "a target definition", "a direction definition".
std::string definition_of(VocabularyKind kind) {
  return fmt::format("{} {} definition", kind == VocabularyKind::Equipment ? "an" : "a", to_string(kind));
}

VocabularyWord checked(const ast::VocabularyDef& def, const std::string& module,
                                      Diagnostics& diagnostics) {
  VocabularyWord out;
  out.kind = def.kind;
  out.id = def.id.text;
  out.name = def.display ? def.display->text : unnamed(def.kind, def.id.text);
  out.module = module;
  out.span = def.id.span;
  bool aliases_seen = false;
  for (const auto& p : def.properties) {
    if (p.key.text != "aliases") {
      diagnostics.report(p.key.span, msg::UnknownPropertyName{names::shorten(p.key.text)})
          .help(fmt::format("{} takes `aliases` only: other names for the same {}", definition_of(def.kind),
                            to_string(def.kind)));
      continue;
    }
    if (aliases_seen) {
      diagnostics.report(p.key.span, msg::PropertyTwice{p.key.text, out.id}).emit();
      continue;
    }
    aliases_seen = true;
    for (const auto& w : p.words) out.aliases.push_back(w.text);
    if (!p.amounts.empty()) diagnostics.report(p.amounts[0].span, msg::PropertyTakesWords{p.key.text}).emit();
  }
  for (const auto& m : def.misplaced) {
    diagnostics.report(m.span, msg::NotInVocabularyDefinition{m.what, definition_of(def.kind)})
        .help("a word of a vocabulary has a name and aliases; describe how to use it in the exercises that need it");
  }
  return out;
}

}  // namespace

void define_vocabulary(const std::vector<ast::VocabularyDef>& definitions, const std::string& module,
                       Library& library, DefinedWords& defined, Diagnostics& diagnostics) {
  for (const auto& def : definitions) {
    VocabularyWord word = checked(def, module, diagnostics);
    auto taken_by = [&](const std::string& name) {
      return msg::WordDefinedTwice{std::string(to_string(def.kind)), names::shorten(name)};
    };
    if (take_names(defined[def.kind], id_and_aliases(def.id, def.properties), taken_by, diagnostics)) {
      library.add_word(std::move(word));
    }
  }
}

}  // namespace regimen
