#include "emit/json/library_json.h"

#include <algorithm>

#include "emit/json/values_json.h"

namespace regimen {
namespace {

using nlohmann::json;
using namespace json_values;

json accepts(const Exercise& ex) {
  json out = json::array();
  for (DoseClause clause : all_values<DoseClause>()) {
    if (ex.accepts.has(clause)) out.push_back(to_string(clause));
  }
  return out;
}

json default_dose(const DefaultDose& d) {
  json out = {{"sets", optional(d.sets, quantity)}, {"rest_seconds", optional(d.rest_seconds, range)}};
  dose_fields(d.dose, out);
  return out;
}

json variant(const ExerciseVariant& v, const Library& library) {
  const Exercise* target = v.target.empty() ? nullptr : library.find(v.target);
  return {{"kind", to_string(v.kind)},
          {"exercise_id", target ? json(target->id) : json(nullptr)},
          {"name", target ? target->name : v.description},
          {"condition", v.condition.empty() ? json(nullptr) : json(v.condition)},
          {"level", v.level ? json(to_string(*v.level)) : json(nullptr)}};
}

std::string_view side(figure::Limbs limbs) {
  switch (limbs) {
    case figure::Limbs::Both: return "both";
    case figure::Limbs::Near: return "near";
    case figure::Limbs::Far: return "far";
  }
  return "both";
}

json pose(const figure::PoseSpec& p) {
  json changes = json::array();
  for (const auto& c : p.changes) {
    changes.push_back({{"joint", figure::name(c.joint)}, {"side", side(c.limbs)}, {"degrees", number(c.degrees)}});
  }
  return {{"position", p.position ? json(figure::name(*p.position)) : json(nullptr)},
          {"changes", changes},
          {"stance", p.stance ? json(figure::name(*p.stance)) : json(nullptr)},
          {"shape", p.shape ? json(figure::name(*p.shape)) : json(nullptr)}};
}

json figure_spec(const figure::Spec& f) {
  json props = json::array();
  for (const auto& p : f.props) {
    props.push_back({{"prop", figure::name(p.prop)},
                     {"placement", p.placement == figure::Placement::Default ? json(nullptr)
                                                                             : json(figure::name(p.placement))}});
  }
  return {{"view", figure::name(f.view)}, {"start", pose(f.start)}, {"end", optional(f.end, pose)}, {"props", props}};
}

json header(std::string_view format) { return {{"format", format}, {"version", kLibraryJsonVersion}}; }

}  // namespace

nlohmann::json exercise_to_json(const Exercise& ex, const Library& library) {
  json variants = json::array();
  for (const auto& v : ex.variants) variants.push_back(variant(v, library));
  json images = json::array();
  for (const auto& image : ex.images) images.push_back({{"path", image.path}, {"alt", image.alt}});
  return {{"id", ex.id},
          {"name", ex.name},
          {"aliases", ex.aliases},
          {"module", ex.module},
          {"kind", to_string(ex.kind)},
          {"accepts", accepts(ex)},
          {"sides", to_string(ex.sides)},
          {"switch", to_string(ex.side_switch)},
          {"only", ex.only_side ? json(to_string(*ex.only_side)) : json(nullptr)},
          {"limb", ex.limb ? json(to_string(*ex.limb)) : json(nullptr)},
          {"directions", ex.directions},
          {"region", ex.region.empty() ? json(nullptr) : json(ex.region)},
          {"position", ex.position.empty() ? json(nullptr) : json(ex.position)},
          {"equipment", ex.equipment},
          {"targets", ex.targets},
          {"demands", ex.demands},
          {"level", to_string(ex.level)},
          {"category", ex.category.empty() ? json(nullptr) : json(ex.category)},
          {"default", default_dose(ex.defaults)},
          {"timing", timing(ex.timing)},
          {"steps", ex.steps},
          {"cues", ex.cues},
          {"cautions", ex.cautions},
          {"variants", variants},
          {"images", images},
          {"figure", optional(ex.figure, figure_spec)},
          {"source", ex.source.empty() ? json(nullptr) : json(ex.source)}};
}

nlohmann::json library_list_json(const std::vector<const Exercise*>& exercises, const Library& library) {
  json list = json::array();
  for (const auto* ex : exercises) list.push_back(exercise_to_json(*ex, library));
  json out = header("regimen-library");
  out["exercises"] = list;
  return out;
}

nlohmann::json exercise_document_json(const Exercise& exercise, const Library& library) {
  json out = header("regimen-exercise");
  out["exercise"] = exercise_to_json(exercise, library);
  return out;
}

nlohmann::json search_json(std::string_view query, const std::vector<SearchHit>& hits, const Library& library) {
  json results = json::array();
  for (const auto& hit : hits) {
    results.push_back({{"score", hit.score}, {"matched", hit.matched}, {"exercise", exercise_to_json(*hit.exercise, library)}});
  }
  json out = header("regimen-search");
  out["query"] = query;
  out["results"] = results;
  return out;
}

nlohmann::json vocabulary_json(const Vocabulary& vocabulary, const std::vector<VocabularyKind>& kinds) {
  json out = header("regimen-vocabulary");
  for (VocabularyKind kind : all_values<VocabularyKind>()) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) continue;
    json words = json::array();
    for (const auto* w : vocabulary.words(kind)) {
      words.push_back({{"id", w->id}, {"name", w->name}, {"aliases", w->aliases}, {"module", w->module}});
    }
    out[std::string(property_of(kind))] = words;
  }
  return out;
}

}  // namespace regimen
