// Exercise definitions into library entries, each property checked.
#include "check/definitions.h"

#include <fmt/format.h>

#include <algorithm>

#include <functional>
#include <map>
#include <set>

#include "base/names.h"
#include "check/amounts.h"
#include "check/holds.h"

namespace regimen {
namespace {

const std::vector<std::string> kKinds = {"reps", "hold", "reps_hold", "duration"};
const std::vector<std::string> kSides = {"bilateral", "per_side", "alternating", "per_direction"};
const std::vector<std::string> kSwitches = {"per_set", "per_rep"};
const std::vector<std::string> kPositions = {"standing", "seated",  "kneeling",   "half_kneeling", "quadruped",
                                             "supine",   "prone",   "side_lying", "plank",         "any"};
const std::vector<std::string> kEquipment = {
    "none",   "wall",        "chair",  "band",       "light_weights", "dumbbells",          "tennis_balls",
    "foam_roller", "towel",  "pillow", "bolster",    "swiss_ball",    "suspension_trainer", "barbell",
    "bench",  "mat",         "doorway", "kettlebell", "pool"};
const std::vector<std::string> kCategories = {"mobility", "stretching", "strengthening", "release", "activity"};
const std::vector<std::string> kLevels = {"beginner", "intermediate", "advanced"};

const std::vector<std::string> kProperties = {"aliases",   "kind",      "accepts",   "sides",       "switch",
                                              "position",  "equipment", "targets",   "level",       "category",
                                              "rep_time",  "breath_time", "rest_time", "hold_bound", "short_hold",
                                              "directions", "source"};

class DefinitionChecker {
 public:
  DefinitionChecker(const std::string& module, Diagnostics& diagnostics) : module_(module), diagnostics_(diagnostics) {}

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
        diagnostics_.report(DiagCode::DuplicateClause, p.key.span, fmt::format("`{}` is given twice for `{}`", p.key.text, ex.id));
        continue;
      }
      property(p, ex, explicit_accepts);
    }
    if (!explicit_accepts) {
      ex.accepts_reps = ex.kind == DosageKind::Reps || ex.kind == DosageKind::RepsHold;
      ex.accepts_hold = ex.kind == DosageKind::Hold || ex.kind == DosageKind::RepsHold;
      ex.accepts_duration = ex.kind == DosageKind::Duration;
    }
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
        if (!out.level) unknown(*v.level, "level", kLevels);
      }
      out.span = v.target.span;
      ex.variants.push_back(std::move(out));
    }
    if (def.defaults) defaults(*def.defaults, ex);
    return ex;
  }

 private:
  void unknown(const ast::Name& word, std::string_view what, const std::vector<std::string>& allowed) {
    Diagnostic& d = diagnostics_.report(DiagCode::BadPropertyValue, word.span, fmt::format("unknown {} `{}`", what, names::shorten(word.text)));
    if (auto guess = names::closest(word.text, allowed)) d.help.push_back(fmt::format("did you mean `{}`?", *guess));
    d.notes.push_back(Note{fmt::format("{} is one of: {}", what, fmt::join(allowed, ", ")), {}});
  }

  // The property's single word, checked against `allowed` (empty: any word).
  std::optional<std::string> one_word(const ast::Property& p, const std::vector<std::string>& allowed) {
    if (p.words.size() != 1 || !p.amounts.empty()) {
      diagnostics_.report(DiagCode::BadPropertyValue, p.span, fmt::format("`{}` takes one word", p.key.text));
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
    if (!p.amounts.empty()) diagnostics_.report(DiagCode::BadPropertyValue, p.amounts[0].span, fmt::format("`{}` takes words, not numbers", p.key.text));
    return out;
  }

  std::optional<double> seconds(const ast::Property& p) {
    if (p.amounts.size() != 1 || !p.words.empty()) {
      diagnostics_.report(DiagCode::BadPropertyValue, p.span, fmt::format("`{}` takes one time, such as `3s`", p.key.text));
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
      if (auto w = one_word(p, kKinds)) {
        ex.kind = *w == "reps" ? DosageKind::Reps : *w == "hold" ? DosageKind::Hold
                : *w == "reps_hold" ? DosageKind::RepsHold : DosageKind::Duration;
      }
    } else if (key == "accepts") {
      if (!explicit_accepts) ex.accepts_reps = ex.accepts_hold = ex.accepts_duration = false;
      explicit_accepts = true;
      for (const auto& w : words(p, {"reps", "hold", "duration"})) {
        if (w == "reps") ex.accepts_reps = true;
        if (w == "hold") ex.accepts_hold = true;
        if (w == "duration") ex.accepts_duration = true;
      }
    } else if (key == "sides") {
      if (auto w = one_word(p, kSides)) {
        ex.sides = *w == "bilateral" ? Sidedness::Bilateral : *w == "per_side" ? Sidedness::PerSide
                 : *w == "alternating" ? Sidedness::Alternating : Sidedness::Directional;
        if (ex.sides == Sidedness::Alternating) ex.side_switch = SideSwitch::PerRep;
      }
    } else if (key == "directions") {
      ex.directions.clear();
      for (const auto& w : words(p, {"right", "left", "centre", "forward"})) ex.directions.push_back(w);
    } else if (key == "switch") {
      if (auto w = one_word(p, kSwitches)) ex.side_switch = *w == "per_set" ? SideSwitch::PerSet : SideSwitch::PerRep;
    } else if (key == "position") {
      if (auto w = one_word(p, kPositions)) ex.position = *w;
    } else if (key == "equipment") {
      ex.equipment = words(p, kEquipment);
    } else if (key == "targets") {
      ex.targets = words(p, {});
    } else if (key == "level") {
      if (auto w = one_word(p, kLevels)) ex.level = *parse_level(*w);
    } else if (key == "category") {
      if (auto w = one_word(p, kCategories)) ex.category = *w;
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
      Diagnostic& d = diagnostics_.report(DiagCode::UnknownProperty, p.key.span, fmt::format("unknown property `{}`", names::shorten(key)));
      if (auto guess = names::closest(key, kProperties)) d.help.push_back(fmt::format("did you mean `{}`?", *guess));
    }
  }

  // A default is a starting dose: amounts only. What a routine line adds
  // (sides, load, variants, progressions...) belongs to the routine.
  void defaults(const ast::Prescription& d, Exercise& ex) {
    auto refuse = [&](Span where, std::string_view what) {
      diagnostics_.report(DiagCode::MisplacedStatement, where, fmt::format("{} has no place in a `default`", what))
          .help.push_back("a default gives a starting dose only: `reps`, `hold`, `x`, `for`, `distance` and `rest`");
    };
    auto single = [&](const std::optional<ast::Dose>& dose, std::string_view clause) {
      if (dose && dose->end) refuse(dose->span, fmt::format("a progression of `{}`", clause));
      return dose && !dose->end;
    };
    DefaultDose& out = ex.defaults;
    if (single(d.reps, "reps")) {
      if (auto r = convert(*d.reps, Expect{"reps", {Dimension::Count}, Dimension::Count, true}, diagnostics_)) out.reps = r->quantity;
    }
    if (d.hold) {
      if (d.hold->dose && d.hold->dose->end) {
        refuse(d.hold->span, "a progression of `hold`");
      } else {
        out.hold = convert_hold(*d.hold, ex.timing, diagnostics_);
      }
    }
    if (single(d.sets, "sets")) {
      if (auto s = convert(*d.sets, Expect{"sets", {Dimension::Count}, Dimension::Count, true}, diagnostics_)) out.sets = s->quantity;
    }
    if (single(d.duration, "for")) {
      if (auto t = convert(*d.duration, Expect{"for", {Dimension::Time}, std::nullopt}, diagnostics_)) out.duration = t->quantity;
    }
    if (single(d.distance, "distance")) {
      if (auto t = convert(*d.distance, Expect{"distance", {Dimension::Distance}, std::nullopt}, diagnostics_)) out.distance = t->quantity;
    }
    if (single(d.rest, "rest")) {
      if (auto r = convert(d.rest->start, Expect{"rest", {Dimension::Time}, std::nullopt, false, true}, diagnostics_)) {
        out.rest_seconds = r->range;
        ex.timing.rest_seconds = r->range.min;
      }
    }
    if (d.sides) refuse(d.sides->span, "a side clause");
    if (d.tempo) refuse(d.tempo->span, "`tempo`");
    if (d.load) refuse(d.load->span, "`load`");
    if (d.rpe) refuse(d.rpe->span, "`rpe`");
    if (d.pain) refuse(d.pain->span, "`pain`");
    if (d.frequency) refuse(d.frequency->span, "`frequency`");
    if (!d.alternation.empty()) refuse(d.alternation.front().span, "`alternate`");
    for (const auto& v : d.variants) refuse(v.span, "a variant");
    for (const auto& t : d.texts) refuse(t.span, "a cue, note or caution");
    for (const auto& t : d.timing) refuse(t.span, "`timing` (use `rep_time`, `breath_time` and `rest_time`)");
  }

  const std::string& module_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::vector<std::string> definition_properties() { return kProperties; }

const std::vector<std::string>& property_words(std::string_view property) {
  static const std::vector<std::string> kAny;
  if (property == "kind") return kKinds;
  if (property == "sides") return kSides;
  if (property == "switch") return kSwitches;
  if (property == "position") return kPositions;
  if (property == "equipment") return kEquipment;
  if (property == "category") return kCategories;
  if (property == "level") return kLevels;
  return kAny;
}

void define_exercises(const std::vector<ast::ExerciseDef>& definitions, const std::string& module, Library& library,
                      DefinedNames& defined, Diagnostics& diagnostics) {
  auto& taken = defined.spans;
  DefinitionChecker checker(module, diagnostics);
  for (const auto& def : definitions) {
    auto ex = checker.run(def);
    if (!ex) continue;
    bool clash = false;
    std::vector<std::pair<std::string, Span>> names = {{ex->id, def.id.span}, {ex->name, def.display ? def.display->span : def.id.span}};
    for (const auto& p : def.properties) {
      if (p.key.text != "aliases") continue;
      for (const auto& alias : p.words) names.emplace_back(alias.text, alias.span);
    }
    std::set<std::string> own;
    for (const auto& [name, where] : names) {
      std::string key = names::lookup_key(name);
      if (!own.insert(key).second) continue;  // an exercise may repeat its own name as an alias
      if (auto [it, fresh] = taken.emplace(key, where); !fresh) {
        Diagnostic& d = diagnostics.report(DiagCode::DuplicateDefinition, where,
                                           fmt::format("`{}` is already the name of another exercise", name));
        d.notes.push_back(Note{"first defined here", it->second});
        clash = true;
      }
    }
    if (!clash) library.add(std::move(*ex));
  }
  library.add_module(module);
}

void check_variant_links(const Library& library, const DefinedNames& scope, Diagnostics& diagnostics) {
  for (const auto& [id, ex] : library.exercises()) {
    // Only the exercises this group defined: the others were checked with their own group.
    if (!scope.spans.count(names::lookup_key(id))) continue;
    for (const auto& v : ex.variants) {
      if (v.target.empty() || library.find(v.target)) continue;
      Diagnostic& d = diagnostics.report(DiagCode::UnknownExercise, v.span,
                                         fmt::format("`{}` names `{}` as a variant, but there is no such exercise", id, v.target));
      if (auto guess = library.suggest(v.target)) d.help.push_back(fmt::format("did you mean `{}`?", *guess));
    }
  }
}

}  // namespace regimen
