#include "emit/text/library_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/utf8.h"
#include "base/words.h"

namespace regimen {
namespace {

std::string number(double v) {
  if (std::floor(v) == v) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{:.1f}", v);
}

// Seconds as a routine would write them: 30s, 2min, 90s.
std::string seconds(double s) {
  if (s >= 60 && std::fmod(s, 60) == 0) return fmt::format("{}min", number(s / 60));
  return fmt::format("{}s", number(s));
}

std::string range(const program::Range& r, std::string (*unit)(double) = nullptr) {
  auto one = [&](double v) { return unit ? unit(v) : number(v); };
  if (!r.max) return one(r.min) + "+";
  if (*r.max == r.min) return one(r.min);
  // One unit at the end reads best when both ends share it: 20..30s.
  if (unit && std::string(unit(r.min)).back() == std::string(unit(*r.max)).back() && *r.max < 60) {
    return fmt::format("{}..{}", number(r.min), one(*r.max));
  }
  return fmt::format("{}..{}", one(r.min), one(*r.max));
}

std::string score(const program::Range& r) { return range(r) + "/10"; }

// "breath" for exactly one, as a routine would write it: `hold 1 breath`.
const char* breaths(const program::Range& r) { return r.min == 1 && (!r.max || *r.max == 1) ? "breath" : "breaths"; }

std::string hold_text(const program::Hold& h) {
  switch (h.kind) {
    case program::HoldKind::Timed:
      if (h.amount_from_library) return "hold";
      if (h.unit == program::HoldUnit::Breaths) {
        return fmt::format("hold {} {}", range(h.amount.start), breaths(h.amount.start));
      }
      return fmt::format("hold {}", range(h.amount.start, seconds));
    case program::HoldKind::UpTo:
      if (h.unit == program::HoldUnit::Breaths) {
        return fmt::format("hold up to {} {}", range(h.amount.start), breaths(h.amount.start));
      }
      return fmt::format("hold up to {}", range(h.amount.start, seconds));
    case program::HoldKind::AtLeast:
      return h.unit == program::HoldUnit::Breaths ? fmt::format("hold at least {} {}", number(h.amount.start.min), breaths({h.amount.start.min, std::nullopt}))
                                                   : fmt::format("hold at least {}", seconds(h.amount.start.min));
    case program::HoldKind::Comfortable:
      if (h.bound_seconds && !h.bound_from_library) return fmt::format("hold as long as comfortable up to {}", seconds(*h.bound_seconds));
      return "hold as long as comfortable";
    case program::HoldKind::UntilPain:
    case program::HoldKind::UntilText: {
      std::string out = h.kind == program::HoldKind::UntilPain ? fmt::format("hold until pain {}", score(*h.until_pain))
                                                                : fmt::format("hold until \"{}\"", h.until_text);
      if (h.start_pain) out += fmt::format(" from pain {}", score(*h.start_pain));
      if (h.bound_seconds && !h.bound_from_library) out += fmt::format(" max {}", seconds(*h.bound_seconds));
      return out;
    }
  }
  return "hold";
}

// A count as Regimen writes it: `10..15`, `up to 10`, `as many as you can`.
std::string count_text(const program::RepCount& count) {
  if (const auto* given = std::get_if<program::Quantity>(&count)) return range(given->start);
  if (const auto* up_to = std::get_if<program::UpTo>(&count)) return "up to " + range(up_to->most.start);
  const auto& open = std::get<program::AsManyAsYouCan>(count);
  return open.cap ? "as many as you can up to " + range(*open.cap) : "as many as you can";
}

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  return fmt::format("{}", fmt::join(items, separator));
}

// Words as people write them: shoulder_blades -> shoulder blades.
using words::spaced;

std::vector<std::string> spaced(const std::vector<std::string>& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(spaced(item));
  return out;
}

std::string_view sides_phrase(const Exercise& ex) {
  switch (ex.sides) {
    case Sidedness::Bilateral: return "both sides at once";
    case Sidedness::PerSide: return ex.side_switch == SideSwitch::PerSet ? "one side, then the other (switch after each set)"
                                                                          : "one side, then the other (switch every repetition)";
    case Sidedness::Alternating: return "alternating sides, one repetition each";
    case Sidedness::Directional: return "toward each direction in turn";
  }
  return "";
}

std::string table(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& h : headings) widths.push_back(utf8::count_chars(h));
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], utf8::count_chars(row[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += cells[i];
      if (i + 1 < cells.size()) out += std::string(widths[i] - utf8::count_chars(cells[i]) + 2, ' ');
    }
    return out + "\n";
  };
  std::string out = line(headings);
  std::vector<std::string> rules;
  for (auto w : widths) rules.push_back(std::string(w, '-'));
  out += line(rules);
  for (const auto& row : rows) out += line(row);
  return out;
}

}  // namespace

namespace {

// `left only`, `affected side only`: as a routine writes it.
std::string only_side_as_regimen(OnlySide side) {
  switch (side) {
    case OnlySide::Left:
    case OnlySide::Right: return fmt::format("{} only", to_string(side));
    case OnlySide::Affected:
    case OnlySide::Unaffected: return fmt::format("{} side only", to_string(side));
  }
  return "";
}

}  // namespace

std::string dose_as_regimen(const DefaultDose& d) {
  std::vector<std::string> parts;
  if (d.dose) {
    std::visit(
        [&](const auto& dose) {
          using T = std::decay_t<decltype(dose)>;
          if constexpr (std::is_same_v<T, program::RepsDose>) {
            parts.push_back("reps " + count_text(dose.reps));
            if (dose.hold_each) parts.push_back(hold_text(*dose.hold_each));
            if (dose.each_seconds) parts.push_back(fmt::format("for {} each", range(dose.each_seconds->start, seconds)));
          } else if constexpr (std::is_same_v<T, program::HoldDose>) {
            parts.push_back(hold_text(dose.hold));
          } else if constexpr (std::is_same_v<T, program::TimeDose>) {
            parts.push_back("for " + range(dose.seconds.start, seconds));
          } else if constexpr (std::is_same_v<T, program::DistanceDose>) {
            parts.push_back(fmt::format("distance {}m", range(dose.metres.start)));
          } else {
            static_assert(std::is_same_v<T, program::AdvisedDose>, "every dose form is written");
            parts.push_back("as advised");
          }
        },
        *d.dose);
  }
  if (d.sets && d.sets->start != program::Range{1, 1}) {
    const program::Range& sets = d.sets->start;
    parts.push_back(sets.max == sets.min ? "x" + number(sets.min) : "sets " + range(sets));
  }
  if (d.rest_seconds) parts.push_back("rest " + range(*d.rest_seconds, seconds));
  return join(parts, " ");
}

namespace {

std::string pose_as_regimen(const figure::PoseSpec& pose) {
  std::vector<std::string> parts;
  if (pose.position) parts.emplace_back(figure::name(*pose.position));
  for (const auto& change : pose.changes) {
    std::string_view prefix = change.limbs == figure::Limbs::Near ? "near_"
                              : change.limbs == figure::Limbs::Far ? "far_"
                                                                   : "";
    // The shortest text that reads back as the same angle: `22.5`, `-20`.
    parts.push_back(fmt::format("{}{} {}", prefix, figure::name(change.joint), change.degrees));
  }
  if (pose.stance) parts.emplace_back(figure::name(*pose.stance));
  if (pose.shape) parts.emplace_back(figure::name(*pose.shape));
  return join(parts, " ");
}

}  // namespace

std::string figure_as_regimen(const figure::Spec& spec) {
  std::string out = pose_as_regimen(spec.start);
  if (spec.end) out += " -> " + pose_as_regimen(*spec.end);
  if (spec.view != figure::View::Side) out += fmt::format(" from {}", figure::name(spec.view));
  std::vector<std::string> props;
  for (const auto& p : spec.props) {
    props.emplace_back(figure::name(p.prop));
    if (p.placement != figure::Placement::Default) props.back() += fmt::format(" {}", figure::name(p.placement));
  }
  if (!props.empty()) out += " with " + join(props);
  return out;
}

std::string exercise_table(const std::vector<const Exercise*>& exercises) {
  std::vector<std::vector<std::string>> rows;
  for (const auto* ex : exercises) {
    rows.push_back({ex->id, ex->name, spaced(ex->region), std::string(to_string(ex->kind)),
                    std::string(to_string(ex->sides)), spaced(ex->position), join(spaced(ex->equipment)),
                    std::string(to_string(ex->level))});
  }
  std::string out = table({"ID", "NAME", "REGION", "KIND", "SIDES", "POSITION", "EQUIPMENT", "LEVEL"}, rows);
  out += fmt::format("{} exercise{}\n", exercises.size(), exercises.size() == 1 ? "" : "s");
  return out;
}

std::string vocabulary_tables(const Vocabulary& vocabulary, const std::vector<VocabularyKind>& kinds) {
  std::string out;
  for (VocabularyKind kind : kinds) {
    std::vector<std::vector<std::string>> rows;
    for (const auto* w : vocabulary.words(kind)) rows.push_back({w->id, w->name, join(w->aliases), w->module});
    if (!out.empty()) out += "\n";
    std::string property(property_of(kind));
    std::string title = words::capitalised(property);
    out += fmt::format("{} ({})\n", title, rows.size());
    out += table({"ID", kind == VocabularyKind::Direction ? "CUE" : "NAME", "ALIASES", "MODULE"}, rows);
  }
  return out;
}

std::string exercise_page(const Exercise& ex, const Library& library) {
  std::string out = fmt::format("{} ({})\n", ex.name, ex.id);
  auto field = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) out += fmt::format("  {:<14}{}\n", label, value);
  };
  field("also called", join(ex.aliases));
  field("region", spaced(ex.region));
  field("module", ex.module);
  field("category", ex.category);
  field("level", std::string(to_string(ex.level)));
  field("dosed as", std::string(to_string(ex.kind)));
  field("sides", std::string(sides_phrase(ex)) + (ex.directions.empty() ? "" : ": " + join(ex.directions)));
  if (ex.only_side) field("one side", only_side_as_regimen(*ex.only_side) + ", unless a line says otherwise");
  if (ex.limb) field("limb", std::string(to_string(*ex.limb)));
  field("position", spaced(ex.position));
  field("equipment", join(spaced(ex.equipment)));
  field("targets", join(spaced(ex.targets)));
  field("asks for", join(spaced(ex.demands)));
  field("default dose", dose_as_regimen(ex.defaults));
  if (ex.figure) field("figure", figure_as_regimen(*ex.figure));
  field("timing", fmt::format("{} a repetition, {} a breath, {} rest between sets; a brief hold is {}, "
                              "open holds end by {}",
                              seconds(ex.timing.seconds_per_rep), seconds(ex.timing.seconds_per_breath),
                              seconds(ex.timing.rest_seconds), seconds(ex.timing.short_hold_seconds),
                              seconds(ex.timing.open_hold_bound_seconds)));
  field("source", ex.source);
  if (!ex.steps.empty()) {
    out += "\nSteps\n";
    for (std::size_t i = 0; i < ex.steps.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, ex.steps[i]);
  }
  if (!ex.cues.empty()) {
    out += "\nCues\n";
    for (const auto& cue : ex.cues) out += fmt::format("  - {}\n", cue);
  }
  if (!ex.cautions.empty()) {
    out += "\nCautions\n";
    for (const auto& caution : ex.cautions) out += fmt::format("  ! {}\n", caution);
  }
  if (!ex.images.empty()) {
    out += "\nPictures\n";
    for (const auto& image : ex.images) out += fmt::format("  - {} ({})\n", image.alt, image.path);
  }
  if (!ex.variants.empty()) {
    out += "\nVariants\n";
    for (const auto& v : ex.variants) {
      const Exercise* target = v.target.empty() ? nullptr : library.find(v.target);
      std::string what = target ? fmt::format("{} ({})", target->name, target->id) : v.description;
      std::string when;
      if (!v.condition.empty()) when += " if " + v.condition;
      if (v.level) when += fmt::format(" for {}", to_string(*v.level));
      out += fmt::format("  {:<12} {}{}\n", std::string(to_string(v.kind)) + ":", what, when);
    }
  }
  return out;
}

std::string search_results(const std::vector<SearchHit>& hits) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& hit : hits) rows.push_back({hit.exercise->id, hit.exercise->name, join(hit.matched)});
  if (rows.empty()) return "no exercise matches\n";
  return table({"ID", "NAME", "MATCHED IN"}, rows);
}

}  // namespace regimen
