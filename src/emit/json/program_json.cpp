#include "emit/json/program_json.h"

#include <cmath>
#include <type_traits>
#include <variant>

#include "diag/render_json.h"
#include "emit/json/values_json.h"

namespace regimen {
namespace {

using nlohmann::json;
using namespace json_values;

std::string_view side_mode(program::SideMode mode) {
  switch (mode) {
    case program::SideMode::Bilateral: return "bilateral";
    case program::SideMode::PerSide: return "per_side";
    case program::SideMode::Alternating: return "alternating";
    case program::SideMode::PerDirection: return "per_direction";
    case program::SideMode::OneSide: return "one_side";
  }
  return "bilateral";
}

json tempo(const program::Tempo& t) {
  return {{"word", t.word.empty() ? json(nullptr) : json(t.word)},
          {"phases", t.phases},
          {"seconds_per_rep", t.seconds_per_rep ? number(*t.seconds_per_rep) : json(nullptr)}};
}

json variant(const program::Variant& v) {
  return {{"kind", to_string(v.kind)},
          {"exercise_id", v.exercise_id.empty() ? json(nullptr) : json(v.exercise_id)},
          {"name", v.name},
          {"condition", v.condition.empty() ? json(nullptr) : json(v.condition)},
          {"level", v.level ? json(to_string(*v.level)) : json(nullptr)},
          {"from_library", v.from_library}};
}

std::string_view block_type(program::Block::Kind kind) {
  switch (kind) {
    case program::Block::Kind::Section: return "section";
    case program::Block::Kind::Circuit: return "circuit";
    case program::Block::Kind::Phase: return "phase";
    case program::Block::Kind::Session: return "session";
    case program::Block::Kind::Stage: return "stage";
  }
  return "section";
}

json progress_rule(const program::ProgressRule& rule) {
  json limit = std::visit(
      [&](const auto& l) -> json {
        using T = std::decay_t<decltype(l)>;
        if constexpr (std::is_same_v<T, std::monostate>) return nullptr;
        else if constexpr (std::is_same_v<T, program::Range>)
          return {{rule.limit_measure == program::Measure::Seconds ? "seconds" : "reps", range(l)}};
        else return {{"words", l}};
      },
      rule.limit);
  return {{"text", rule.text},
          {"every", optional(rule.every, length)},
          {"until", limit},
          {"when", rule.when.empty() ? json(nullptr) : json(rule.when)}};
}

class Writer {
 public:
  explicit Writer(const SourceSet& sources) : sources_(sources) {}

  json node(const program::Node& n) const {
    if (const auto* item = std::get_if<program::Item>(&n)) return exercise(*item);
    return block(std::get<program::Block>(n));
  }

  json body(const std::vector<program::Node>& nodes) const {
    json out = json::array();
    for (const auto& n : nodes) out.push_back(node(n));
    return out;
  }

  json exercise(const program::Item& item) const {
    json variants = json::array();
    for (const auto& v : item.variants) variants.push_back(variant(v));
    json out = {{"type", "exercise"},
            {"exercise", {{"id", item.exercise_id}, {"name", item.name}}},
            {"kind", to_string(item.kind)},
            {"sets", quantity(item.sets)},
            {"rest_seconds", optional(item.rest_seconds, range)},
            {"sides",
             {{"mode", side_mode(item.sides.mode)},
              {"only", item.sides.mode == program::SideMode::OneSide ? json(to_string(item.sides.only)) : json(nullptr)},
              {"limb", item.sides.limb ? json(to_string(*item.sides.limb)) : json(nullptr)},
              {"order", program::order_words(item.sides)},
              {"switch", to_string(item.sides.switch_by)},
              {"from_library", item.sides.from_library}}},
            {"tempo", optional(item.tempo, tempo)},
            {"load", optional(item.load, load)},
            {"rpe", optional(item.rpe, range)},
            {"effort_percent", optional(item.effort_percent, quantity)},
            {"pain_max", optional(item.pain_max, range)},
            {"as_tolerated", item.as_tolerated},
            {"alternation", item.alternation},
            {"frequency", optional(item.frequency, frequency)},
            {"progress", optional(item.progress, progress_rule)},
            {"variants", variants},
            {"no_variants", item.no_variants},
            {"cues", item.texts.cues},
            {"notes", item.texts.notes},
            {"cautions", item.texts.cautions},
            {"images", images(item.images)},
            {"dose_from_library", item.dose_from_library},
            {"timing", timing(item.timing)},
            {"span", span_to_json(item.span, sources_)}};
    dose_fields(item.dose, out);
    return out;
  }

  json images(const std::vector<program::Image>& images) const {
    json out = json::array();
    for (const auto& image : images) {
      out.push_back({{"path", image.path}, {"alt", image.alt}, {"span", span_to_json(image.span, sources_)}});
    }
    return out;
  }

  json block(const program::Block& b) const {
    return {{"type", block_type(b.kind)},
            {"title", b.title.empty() ? json(nullptr) : json(b.title)},
            {"rounds", optional(b.rounds, range)},
            {"rest_seconds", optional(b.rest_seconds, range)},
            {"days", optional(b.days, day_range)},
            {"frequency", optional(b.frequency, frequency)},
            {"criterion", b.criterion.empty() ? json(nullptr) : json(b.criterion)},
            {"level", b.level ? json(to_string(*b.level)) : json(nullptr)},
            {"goals", b.texts.goals},
            {"notes", b.texts.notes},
            {"cautions", b.texts.cautions},
            {"body", body(b.body)},
            {"span", span_to_json(b.span, sources_)}};
  }

 private:
  const SourceSet& sources_;
};

}  // namespace

nlohmann::json program_to_json(const program::Program& p, const SourceSet& sources, FileId root) {
  Writer writer(sources);
  return {{"format", "regimen-program"},
          {"version", kProgramJsonVersion},
          {"source", sources.file(root).path()},
          {"title", p.title.empty() ? json(nullptr) : json(p.title)},
          {"author", p.author.empty() ? json(nullptr) : json(p.author)},
          {"level", p.level ? json(to_string(*p.level)) : json(nullptr)},
          {"targets", p.targets},
          {"program_length", optional(p.length, length)},
          {"affected_side", p.affected_side ? json(to_string(*p.affected_side)) : json(nullptr)},
          {"frequency", optional(p.frequency, frequency)},
          {"cautions", p.cautions},
          {"disclaimers", p.disclaimers},
          {"red_flags", p.red_flags},
          {"seek_review", p.seek_review},
          {"pain_rules", p.pain_rules},
          {"goals", p.goals},
          {"notes", p.notes},
          {"params", p.params},
          {"imports", p.imports},
          {"session_timing", session_timing(p.session_timing)},
          {"body", writer.body(p.body)}};
}

std::string emit_json(const program::Program& program, const SourceSet& sources, FileId root) {
  return program_to_json(program, sources, root).dump(2) + "\n";
}

}  // namespace regimen
