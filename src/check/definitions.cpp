// Exercise definitions into library entries, each property checked, and the
// layers of the library they make up.
#include "check/definitions.h"

#include <fmt/format.h>

#include <algorithm>

#include <functional>
#include <map>
#include <set>

#include "base/names.h"
#include "check/amounts.h"
#include "check/defined_names.h"
#include "check/dose.h"
#include "check/figures.h"
#include "check/images.h"
#include "check/unknown_word.h"
#include "check/vocabulary.h"
#include "vocab/exercise_words.h"

namespace regimen {
namespace {

class DefinitionChecker {
 public:
  // `words_may_be_missing`: a broken vocabulary definition in the layer may
  // have defined a word the exercises name, so unknown words are not reported.
  DefinitionChecker(const std::string& module, const Library& library, bool words_may_be_missing,
                    Diagnostics& diagnostics)
      : module_(module), library_(library), words_may_be_missing_(words_may_be_missing), diagnostics_(diagnostics) {}

  std::optional<Exercise> run(const ast::ExerciseDef& def) {
    Exercise ex;
    ex.id = def.id.text;
    ex.name = def.display ? def.display->text : def.id.text;
    ex.module = module_;
    ex.span = def.id.span;
    ex.partial = def.partial;
    bool explicit_accepts = false;
    std::set<std::string> seen;
    for (const auto& p : def.properties) {
      if (!seen.insert(p.key.text).second && p.key.text != "accepts") {
        diagnostics_.report(p.key.span, msg::PropertyTwice{p.key.text, ex.id}).emit();
        continue;
      }
      property(p, ex, explicit_accepts);
    }
    if (!explicit_accepts) ex.accepts = accepted_by(ex.kind);
    for (const auto& text : def.texts) {
      switch (text.kind) {
        case ast::Text::Kind::Step: ex.steps.push_back(text.text); break;
        case ast::Text::Kind::Cue: ex.cues.push_back(text.text); break;
        case ast::Text::Kind::Caution: ex.cautions.push_back(text.text); break;
        default: ex.cues.push_back(text.text); break;
      }
    }
    for (const auto& v : def.variants) {
      ExerciseVariant out;
      out.kind = v.kind;
      if (v.target.quoted) out.description = v.target.text; else out.target = v.target.text;
      if (v.condition) out.condition = *v.condition;
      if (v.level) {
        out.level = parse_level(v.level->text);
        if (!out.level) unknown(*v.level, "level", property_words("level"));
      }
      out.span = v.target.span;
      ex.variants.push_back(std::move(out));
    }
    ex.images = checking::checked_images(def.images, diagnostics_);
    for (const auto& written : def.figures) {
      if (&written != &def.figures.front()) {
        diagnostics_.report(written.keyword, msg::PropertyTwice{"figure", ex.id})
            .help("an exercise has one figure; keep the one that shows it best");
        continue;
      }
      ex.figure = checking::checked_figure(written, diagnostics_);
    }
    if (def.defaults) defaults(*def.defaults, ex);
    return ex;
  }

 private:
  void unknown(const ast::Name& word, std::string_view what, const std::vector<std::string>& allowed) {
    report_unknown_word<msg::UnknownPropertyWord>(diagnostics_, word, what, allowed);
  }

  // The property's single word, checked against `allowed` (empty: any word).
  std::optional<std::string> one_word(const ast::Property& p, const std::vector<std::string>& allowed) {
    if (p.words.size() != 1 || !p.amounts.empty()) {
      diagnostics_.report(p.span, msg::PropertyTakesOneWord{p.key.text}).emit();
      return std::nullopt;
    }
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), p.words[0].text) == allowed.end()) {
      unknown(p.words[0], p.key.text, allowed);
      return std::nullopt;
    }
    return p.words[0].text;
  }

  std::vector<std::string> words(const ast::Property& p, const std::vector<std::string>& allowed) {
    std::vector<std::string> out;
    for (const auto& w : p.words) {
      if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), w.text) == allowed.end()) {
        unknown(w, p.key.text, allowed);
        continue;
      }
      out.push_back(w.text);
    }
    if (!p.amounts.empty()) diagnostics_.report(p.amounts[0].span, msg::PropertyTakesWords{p.key.text}).emit();
    return out;
  }

  // The property's words, each a word of the library's vocabulary of `kind`, as ids.
  std::vector<std::string> vocabulary_words(const ast::Property& p, VocabularyKind kind) {
    std::vector<std::string> out;
    for (const auto& w : p.words) {
      auto id = vocabulary_word<msg::UnknownPropertyWord>(w, kind, library_.vocabulary(), words_may_be_missing_, diagnostics_);
      if (id) out.push_back(*id);
    }
    if (!p.amounts.empty()) diagnostics_.report(p.amounts[0].span, msg::PropertyTakesWords{p.key.text}).emit();
    return out;
  }

  std::optional<double> seconds(const ast::Property& p) {
    if (p.amounts.size() != 1 || !p.words.empty()) {
      diagnostics_.report(p.span, msg::PropertyTakesOneTime{p.key.text}).emit();
      return std::nullopt;
    }
    auto t = convert(p.amounts[0], Expect{p.key.text, {Dimension::Time}, std::nullopt}, diagnostics_);
    if (!t) return std::nullopt;
    return t->range.min;
  }

  void property(const ast::Property& p, Exercise& ex, bool& explicit_accepts) {
    const std::string& key = p.key.text;
    if (key == "aliases") {
      for (const auto& w : p.words) ex.aliases.push_back(w.text);
    } else if (key == "kind") {
      if (auto w = one_word(p, property_words("kind"))) {
        ex.kind = *parse_word<DosageKind>(*w);
      }
    } else if (key == "accepts") {
      if (!explicit_accepts) ex.accepts = {};
      explicit_accepts = true;
      for (const auto& w : words(p, property_words("accepts"))) {
        if (auto clause = parse_word<DoseClause>(w)) ex.accepts.add(*clause);
      }
    } else if (key == "sides") {
      if (auto w = one_word(p, property_words("sides"))) {
        ex.sides = *parse_word<Sidedness>(*w);
        if (ex.sides == Sidedness::Alternating) ex.side_switch = SideSwitch::PerRep;
      }
    } else if (key == "directions") {
      ex.directions = vocabulary_words(p, VocabularyKind::Direction);
    } else if (key == "limb") {
      if (auto w = one_word(p, property_words("limb"))) ex.limb = *parse_word<Limb>(*w);
    } else if (key == "switch") {
      if (auto w = one_word(p, property_words("switch"))) ex.side_switch = *parse_word<SideSwitch>(*w);
    } else if (key == "position") {
      if (auto w = one_word(p, property_words("position"))) ex.position = *w;
    } else if (key == "equipment") {
      ex.equipment = vocabulary_words(p, VocabularyKind::Equipment);
    } else if (key == "targets") {
      ex.targets = vocabulary_words(p, VocabularyKind::Target);
    } else if (key == "region") {
      if (p.words.size() > 1) {
        diagnostics_.report(p.words[1].span, msg::PropertyTakesOneWord{p.key.text}).emit();
      }
      auto ids = vocabulary_words(p, VocabularyKind::Region);
      if (!ids.empty()) ex.region = ids.front();
    } else if (key == "demands") {
      ex.demands = vocabulary_words(p, VocabularyKind::Demand);
    } else if (key == "level") {
      if (auto w = one_word(p, property_words("level"))) ex.level = *parse_level(*w);
    } else if (key == "category") {
      if (auto w = one_word(p, property_words("category"))) ex.category = *w;
    } else if (key == "rep_time") {
      if (auto s = seconds(p)) ex.timing.seconds_per_rep = *s;
    } else if (key == "breath_time") {
      if (auto s = seconds(p)) ex.timing.seconds_per_breath = *s;
    } else if (key == "rest_time") {
      if (auto s = seconds(p)) ex.timing.rest_seconds = *s;
    } else if (key == "hold_bound") {
      if (auto s = seconds(p)) ex.timing.open_hold_bound_seconds = *s;
    } else if (key == "short_hold") {
      if (auto s = seconds(p)) ex.timing.short_hold_seconds = *s;
    } else if (key == "source") {
      if (auto w = one_word(p, {})) ex.source = *w;
    } else {
      auto d = diagnostics_.report(p.key.span, msg::UnknownPropertyName{names::shorten(key)});
      d.suggest(key, definition_properties());
    }
  }

  // A default is a starting dose: amounts only. What a routine line adds
  // (sides, load, variants, progressions...) belongs to the routine.
  void defaults(const ast::Prescription& d, Exercise& ex) {
    auto refuse = [&](Span where, std::string_view what) {
      diagnostics_.report(where, msg::NotInDefault{std::string(what)})
          .help("a default gives a starting dose only: `reps`, `hold`, `x`, `for`, `distance` and `rest`");
    };
    DefaultDose& out = ex.defaults;
    if (d.dose) out.dose = check_dose(*d.dose, ex, DoseSite::LibraryDefault, diagnostics_);
    if (d.sets) out.sets = check_sets(*d.sets, DoseSite::LibraryDefault, diagnostics_);
    if (d.rest) {
      out.rest_seconds = check_rest(*d.rest, DoseSite::LibraryDefault, diagnostics_);
      if (out.rest_seconds) ex.timing.rest_seconds = out.rest_seconds->min;
    }
    // One side is a default a post-operative or tendon exercise may carry;
    // other side clauses belong to the `sides` property or a routine line.
    if (d.sides && d.sides->form == ast::Sides::Form::Only) {
      if (ex.sides == Sidedness::Bilateral) {
        diagnostics_.report(d.sides->span, msg::OnlySideOnBilateral{ex.id})
            .help("give the exercise `sides per_side` first, or remove this clause");
      } else if (auto side = parse_word<OnlySide>(d.sides->only->text)) {
        ex.only_side = *side;
      } else {
        report_unknown_word<msg::UnknownPropertyWord>(diagnostics_, *d.sides->only, "side", spellings<OnlySide>());
      }
    } else if (d.sides) {
      refuse(d.sides->span, "a side clause other than `... only`");
    }
    if (d.tempo) refuse(d.tempo->span, "`tempo`");
    if (d.load) refuse(d.load->span, "`load`");
    if (d.rpe) refuse(d.rpe->span, "`rpe`");
    if (d.effort) refuse(d.effort->span, "`effort`");
    if (d.pain) refuse(d.pain->span, "`pain`");
    if (d.frequency) refuse(d.frequency->span, "`frequency`");
    if (!d.alternation.empty()) refuse(d.alternation.front().span, "`alternate`");
    for (const auto& v : d.variants) refuse(v.span, "a variant");
    if (d.no_variants) refuse(*d.no_variants, "`no variants`");
    for (const auto& t : d.texts) refuse(t.span, "a cue, note or caution");
    for (const auto& t : d.timing) refuse(t.span, "`timing` (use `rep_time`, `breath_time` and `rest_time`)");
  }

  const std::string& module_;
  const Library& library_;
  bool words_may_be_missing_;
  Diagnostics& diagnostics_;
};

// Checks each definition and adds it to `library` under `module`, replacing
// any exercise of the same id from an earlier layer.
void define_exercises(const std::vector<ast::ExerciseDef>& definitions, const std::string& module, Library& library,
                      bool words_may_be_missing, DefinedNames& defined, Diagnostics& diagnostics) {
  DefinitionChecker checker(module, library, words_may_be_missing, diagnostics);
  for (const auto& def : definitions) {
    auto ex = checker.run(def);
    if (!ex) continue;
    auto names = id_and_aliases(def.id, def.properties);
    names.insert(names.begin() + 1, {ex->name, def.display ? def.display->span : def.id.span});
    auto taken_by = [](const std::string& name) { return msg::ExerciseNameTaken{name}; };
    if (take_names(defined, names, taken_by, diagnostics)) library.add(std::move(*ex));
  }
  library.add_module(module);
}

// Reports variants (`easier`, `harder`, `alternative`) naming no exercise.
void check_variant_links(const Library& library, const DefinedNames& scope, Diagnostics& diagnostics) {
  for (const auto& [id, ex] : library.exercises()) {
    // Only the exercises this layer defined: the others were checked with their own layer.
    if (!scope.count(names::lookup_key(id))) continue;
    for (const auto& v : ex.variants) {
      if (v.target.empty() || library.find(v.target)) continue;
      auto d = diagnostics.report(v.span, msg::UnknownVariant{std::string(id), v.target});
      d.suggest_within_budget([&] { return library.suggest(v.target); });
    }
  }
}

// Whether a syntax error broke a vocabulary definition of the file: the word
// it meant to define is then unknown, and saying so would only confuse.
bool breaks_vocabulary(const ast::File& file) {
  for (const auto& def : file.vocabulary) {
    if (def.partial) return true;
  }
  return std::any_of(file.body.begin(), file.body.end(), [](const ast::Statement& s) {
    const auto* broken = std::get_if<ast::Invalid>(&s.node);
    return broken != nullptr && broken->what == "vocabulary";
  });
}

}  // namespace

void define_layer(const std::vector<LayerModule>& modules, Library& library, Diagnostics& diagnostics) {
  DefinedWords words;
  bool words_may_be_missing = false;
  for (const auto& m : modules) {
    define_vocabulary(m.file->vocabulary, m.name, library, words, diagnostics);
    words_may_be_missing = words_may_be_missing || breaks_vocabulary(*m.file);
  }
  DefinedNames exercises;
  for (const auto& m : modules) {
    define_exercises(m.file->definitions, m.name, library, words_may_be_missing, exercises, diagnostics);
  }
  check_variant_links(library, exercises, diagnostics);
}

bool adds_to_layer(const ast::File& file) {
  return !file.definitions.empty() || !file.vocabulary.empty() || breaks_vocabulary(file);
}

}  // namespace regimen
