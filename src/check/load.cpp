// Loads: a weight, a band, a load named by how heavy it is, or one described
// in words; and a load that progresses over the program, which must go
// between two loads of one kind and never to a lighter one.
#include <fmt/format.h>

#include <algorithm>

#include "base/names.h"
#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

const std::vector<std::string> kBandColours = {"yellow", "red",   "green", "blue",  "black",
                                               "silver", "gold",  "orange", "purple", "grey"};
// The colours whose order most makers share (the Thera-Band order), lightest
// first. Orange, purple and grey sit in different places from one maker to
// the next, so a progression to or from them is taken as written.
const std::vector<std::string> kBandOrder = {"yellow", "red", "green", "blue", "black", "silver", "gold"};
const std::vector<std::string> kResistances = {"extra_light", "light", "medium", "moderate", "heavy", "extra_heavy"};

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// How heavy a resistance word is; `medium` and `moderate` are the same.
int resistance_rank(const std::string& word) {
  if (word == "extra_light") return 0;
  if (word == "light") return 1;
  if (word == "medium" || word == "moderate") return 2;
  if (word == "heavy") return 3;
  return 4;
}

// A band's place among the colours of known order, if it has one.
std::optional<std::size_t> colour_rank(const std::string& colour) {
  auto it = std::find(kBandOrder.begin(), kBandOrder.end(), colour);
  if (it == kBandOrder.end()) return std::nullopt;
  return static_cast<std::size_t>(it - kBandOrder.begin());
}

// A load as written, for messages: `2..3kg`, `band yellow`, `"a bag"`.
std::string written(const ast::LoadValue& v) {
  if (v.weight) {
    const ast::Amount& a = *v.weight;
    std::string out = format_number(a.low.value);
    if (a.low_unit) out += a.low_unit->text;
    if (a.high) out += ".." + format_number(a.high->value);
    if (a.high_unit) out += a.high_unit->text;
    return out;
  }
  if (v.description) return fmt::format("\"{}\"", names::shorten(v.description->text));
  return v.detail ? fmt::format("{} {}", v.kind->text, v.detail->text) : v.kind->text;
}

// What a load is, for messages: "a weight", "a band's colour".
std::string what_it_is(const program::Load& load) {
  switch (load.kind) {
    case program::Load::Kind::Weight: return "a weight";
    case program::Load::Kind::Band:
      return !load.start.colour.empty() ? "a band's colour" : !load.start.resistance.empty() ? "a band's resistance" : "a band";
    case program::Load::Kind::Effort: return "a load named by how heavy it is";
    case program::Load::Kind::Described: return "a load in words";
  }
  return "a load";
}

// Every unit written on the weights of a load, which must be one unit.
std::vector<const ast::Name*> weight_units(const ast::Load& l) {
  std::vector<const ast::Name*> out;
  for (const ast::LoadValue* v : {&l.start, l.end ? &*l.end : nullptr}) {
    if (v == nullptr || !v->weight) continue;
    if (v->weight->low_unit) out.push_back(&*v->weight->low_unit);
    if (v->weight->high_unit) out.push_back(&*v->weight->high_unit);
  }
  return out;
}

program::Range as_written(const ast::Amount& a) { return program::Range{a.low.value, a.high ? a.high->value : a.low.value}; }

}  // namespace

std::optional<program::Load> Checker::load(const ast::Load& l) {
  if (l.start.weight && (!l.end || l.end->weight)) return weight_load(l);
  auto start = load_value(l.start);
  if (!start || !l.end) return start;
  if (start->kind == program::Load::Kind::Described) {
    auto d = diagnostics_.report(l.end->span, msg::DescribedLoadProgression{});
    d.help("describe the change in the text, or give later weeks their own line in a phase: `weeks 5-8 { ... }`");
    return std::nullopt;
  }
  // After a band, a colour or resistance alone is the band's: `band yellow -> red`.
  ast::LoadValue end_written = *l.end;
  bool bare_word = end_written.kind && !end_written.detail;
  if (start->kind == program::Load::Kind::Band && bare_word && end_written.kind->text != "band") {
    end_written.detail = end_written.kind;
    end_written.kind->text = "band";
  }
  auto end = load_value(end_written);
  if (!end) return std::nullopt;
  bool band = start->kind == program::Load::Kind::Band && end->kind == program::Load::Kind::Band;
  if (band && ((start->start.colour.empty() && start->start.resistance.empty()) ||
               (end->start.colour.empty() && end->start.resistance.empty()))) {
    diagnostics_.report(l.span, msg::BandProgressionUnnamed{})
        .help("give each end a colour or a resistance, as in `load band yellow -> red`");
    return std::nullopt;
  }
  if (start->kind != end->kind || what_it_is(*start) != what_it_is(*end)) {
    auto d = diagnostics_.report(l.span, msg::LoadKindsDiffer{written(l.start), what_it_is(*start), written(*l.end), what_it_is(*end)});
    d.help("write both ends alike, as in `load 2kg -> 4kg`, `load band yellow -> red` or `load light -> heavy`");
    return std::nullopt;
  }
  if (goes_down(*start, *end, l)) return std::nullopt;
  program::Load out = *start;
  out.end = end->start;
  return out;
}

bool Checker::goes_down(const program::Load& start, const program::Load& end, const ast::Load& l) {
  bool down = false;
  std::string order;
  if (!start.start.colour.empty()) {
    auto from = colour_rank(start.start.colour), to = colour_rank(end.start.colour);
    down = from && to && *to < *from;
    order = fmt::format("bands get heavier in this order: {}", fmt::join(kBandOrder, ", "));
  } else {
    down = resistance_rank(end.start.resistance) < resistance_rank(start.start.resistance);
    order = "loads get heavier in this order: extra_light, light, medium (or moderate), heavy, extra_heavy";
  }
  if (!down) return false;
  auto d = diagnostics_.report(l.span, msg::LoadGoesDown{written(l.start), written(*l.end)});
  d.help("a progression goes to a heavier load, as in `load band yellow -> red`");
  d.note(order);
  d.note("to lighten a load in later weeks, write a phase: `weeks 5-8 { ... }`");
  return true;
}

std::optional<program::Load> Checker::weight_load(const ast::Load& l) {
  // `2kg..10lb` would say "2 to 10" of one unit on the handout: one unit only.
  std::vector<const ast::Name*> units = weight_units(l);
  const ast::Name* first = nullptr;
  for (const ast::Name* unit : units) {
    auto known = find_unit(unit->text);
    if (!known || known->dimension != Dimension::Mass) continue;
    if (first == nullptr) {
      first = unit;
    } else if (find_unit(first->text)->canonical != known->canonical) {
      diagnostics_.report(unit->span, msg::LoadUnitsDiffer{first->text, unit->text})
          .help("write every weight of the load in kg, or every weight in lb");
      return std::nullopt;
    }
  }
  ast::Quantity quantity{*l.start.weight, std::nullopt, std::nullopt, l.span};
  if (l.end) quantity.end = *l.end->weight;
  auto kg = convert(quantity, Expect{"load", {Dimension::Mass}, std::nullopt}, diagnostics_);
  if (!kg) return std::nullopt;
  program::Load out;
  out.kind = program::Load::Kind::Weight;
  out.written_unit = first ? std::string(find_unit(first->text)->canonical) : "";
  out.start = program::LoadLevel{kg->quantity.start, as_written(*l.start.weight), "", ""};
  if (l.end) out.end = program::LoadLevel{kg->quantity.end, as_written(*l.end->weight), "", ""};
  return out;
}

std::optional<program::Load> Checker::load_value(const ast::LoadValue& v) {
  program::Load out;
  if (v.weight) {
    ast::Load alone{v, std::nullopt, v.span};
    return weight_load(alone);
  }
  if (v.description) {
    if (v.description->text.find_first_not_of(" \t\n") == std::string::npos) {
      diagnostics_.report(v.description->span, msg::ExpectedFound{"the load in words", "an empty string"})
          .help("describe the load, as in `load \"a shopping bag with tins\"`");
      return std::nullopt;
    }
    out.kind = program::Load::Kind::Described;
    out.description = v.description->text;
    return out;
  }
  const std::string& kind = v.kind->text;
  if (kind == "band") {
    out.kind = program::Load::Kind::Band;
    if (v.detail) {
      if (contains(kBandColours, v.detail->text)) {
        out.start.colour = v.detail->text;
      } else if (contains(kResistances, v.detail->text)) {
        out.start.resistance = v.detail->text;
      } else {
        std::vector<std::string> allowed = kBandColours;
        allowed.insert(allowed.end(), kResistances.begin(), kResistances.end());
        unknown_word(*v.detail, "band colour or resistance", allowed);
        return std::nullopt;
      }
    }
    return out;
  }
  if (contains(kResistances, kind)) {
    if (v.detail) {
      diagnostics_.report(v.detail->span, msg::UnexpectedAfterLoad{v.detail->text, std::string(kind)}).emit();
      return std::nullopt;
    }
    out.kind = program::Load::Kind::Effort;
    out.start.resistance = kind;
    return out;
  }
  std::vector<std::string> allowed = {"band"};
  allowed.insert(allowed.end(), kResistances.begin(), kResistances.end());
  unknown_word(*v.kind, "load", allowed);
  return std::nullopt;
}

}  // namespace regimen::checking
