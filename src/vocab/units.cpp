#include "vocab/units.h"

#include <array>
#include <optional>
#include <string_view>
#include <charconv>
#include <cctype>

namespace regimen {
namespace {

struct UnitWord {
  std::string_view word;
  Unit unit;
};

constexpr double kPound = 0.45359237;
constexpr double kMile = 1609.344;

constexpr std::array kUnits = {
    UnitWord{"s", {Dimension::Time, 1, "s"}},
    UnitWord{"sec", {Dimension::Time, 1, "s"}},
    UnitWord{"secs", {Dimension::Time, 1, "s"}},
    UnitWord{"second", {Dimension::Time, 1, "s"}},
    UnitWord{"seconds", {Dimension::Time, 1, "s"}},
    UnitWord{"min", {Dimension::Time, 60, "min"}},
    UnitWord{"mins", {Dimension::Time, 60, "min"}},
    UnitWord{"minute", {Dimension::Time, 60, "min"}},
    UnitWord{"minutes", {Dimension::Time, 60, "min"}},
    UnitWord{"h", {Dimension::Time, 3600, "h"}},
    UnitWord{"hour", {Dimension::Time, 3600, "h"}},
    UnitWord{"hours", {Dimension::Time, 3600, "h"}},
    UnitWord{"breath", {Dimension::Breaths, 1, "breaths"}},
    UnitWord{"breaths", {Dimension::Breaths, 1, "breaths"}},
    UnitWord{"rep", {Dimension::Count, 1, "reps"}},
    UnitWord{"reps", {Dimension::Count, 1, "reps"}},
    UnitWord{"times", {Dimension::Count, 1, "times"}},
    UnitWord{"sides", {Dimension::Count, 1, "sides"}},
    UnitWord{"kg", {Dimension::Mass, 1, "kg"}},
    UnitWord{"lb", {Dimension::Mass, kPound, "lb"}},
    UnitWord{"lbs", {Dimension::Mass, kPound, "lb"}},
    UnitWord{"m", {Dimension::Distance, 1, "m"}},
    UnitWord{"km", {Dimension::Distance, 1000, "km"}},
    UnitWord{"mi", {Dimension::Distance, kMile, "mi"}},
    UnitWord{"mile", {Dimension::Distance, kMile, "mi"}},
    UnitWord{"miles", {Dimension::Distance, kMile, "mi"}},
    UnitWord{"day", {Dimension::Days, 1, "days"}},
    UnitWord{"days", {Dimension::Days, 1, "days"}},
    UnitWord{"week", {Dimension::Weeks, 1, "weeks"}},
    UnitWord{"weeks", {Dimension::Weeks, 1, "weeks"}},
    UnitWord{"%", {Dimension::Percent, 1, "%"}},
};

}  // namespace

std::optional<Unit> find_unit(std::string_view word) {
  for (const auto& entry : kUnits) {
    if (entry.word == word) return entry.unit;
  }
  return std::nullopt;
}

std::vector<std::string> unit_words() {
  std::vector<std::string> out;
  for (const auto& entry : kUnits) out.emplace_back(entry.word);
  return out;
}

std::string_view describe(Dimension dimension) {
  switch (dimension) {
    case Dimension::Time: return "a time";
    case Dimension::Breaths: return "a number of breaths";
    case Dimension::Count: return "a count";
    case Dimension::Mass: return "a weight";
    case Dimension::Distance: return "a distance";
    case Dimension::Days: return "a number of days";
    case Dimension::Weeks: return "a number of weeks";
    case Dimension::Percent: return "a percentage";
  }
  return "an amount";
}

std::string_view example(Dimension dimension) {
  switch (dimension) {
    case Dimension::Time: return "`30s` or `2min`";
    case Dimension::Breaths: return "`3..4 breaths`";
    case Dimension::Count: return "`10` or `10..15`";
    case Dimension::Mass: return "`2kg` or `5lb`";
    case Dimension::Distance: return "`2km` or `800m`";
    case Dimension::Days: return "`10 days`";
    case Dimension::Weeks: return "`8 weeks` or `10 days`";
    case Dimension::Percent: return "`50%`";
  }
  return "`10`";
}

std::string_view to_string(TimeUnit unit) { return unit == TimeUnit::Days ? "days" : "weeks"; }

std::optional<double> parse_time_length(std::string_view text) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
  };
  text = trim(text);
  std::size_t digits = 0;
  while (digits < text.size() && (std::isdigit(static_cast<unsigned char>(text[digits])) || text[digits] == '.')) {
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + digits, value);
  if (ec != std::errc() || end != text.data() + digits || !(value > 0)) return std::nullopt;
  auto unit = find_unit(trim(text.substr(digits)));
  if (!unit || unit->dimension != Dimension::Time) return std::nullopt;
  return value * unit->factor;
}

}  // namespace regimen
