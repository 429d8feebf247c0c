// The small vocabularies shared by the library and the checked program: dosage
// kinds, sidedness, levels, variant kinds. Each enum has one spelling per
// value (`to_string`), and `all_values`, `parse_word` and `spellings` derive
// from them, so a word list and its enum can never drift apart. The other
// vocabularies (calendar.h, direction.h) follow the same pattern.
#pragma once

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regimen {

// The form an exercise's dose takes. It decides which clauses it accepts.
enum class DosageKind { Reps, Hold, RepsHold, Duration };

// The clauses a dose is written with. `duration` stands for both `for` and
// `distance`: an activity is timed or measured.
enum class DoseClause { Reps, Hold, Duration };

// A set of dose clauses: what an exercise accepts.
class DoseClauses {
 public:
  constexpr DoseClauses() = default;
  constexpr DoseClauses(std::initializer_list<DoseClause> clauses) {
    for (DoseClause c : clauses) add(c);
  }
  constexpr void add(DoseClause clause) { bits_ |= bit(clause); }
  constexpr bool has(DoseClause clause) const { return (bits_ & bit(clause)) != 0; }
  constexpr bool operator==(const DoseClauses&) const = default;

 private:
  static constexpr unsigned bit(DoseClause clause) { return 1U << static_cast<unsigned>(clause); }
  unsigned bits_ = 0;
};

// The one table of what each kind of exercise accepts, for routine lines and
// library defaults alike. An exercise's `accepts` property may widen it.
constexpr DoseClauses accepted_by(DosageKind kind) {
  switch (kind) {
    case DosageKind::Reps: return {DoseClause::Reps};
    case DosageKind::Hold: return {DoseClause::Hold};
    case DosageKind::RepsHold: return {DoseClause::Reps, DoseClause::Hold};
    case DosageKind::Duration: return {DoseClause::Duration};
  }
  return {};
}

enum class Sidedness {
  Bilateral,    // both sides at once
  PerSide,      // one side, then the other
  Alternating,  // one rep each side in turn
  Directional,  // toward the directions the library defines: right, left, centre...
};

// For per-side work: whether the side changes after each set or each rep.
enum class SideSwitch { PerSet, PerRep };

// The one side a line works (`left only`, `affected side only`): named, or
// the patient's affected or unaffected side, which a build may name.
enum class OnlySide { Left, Right, Affected, Unaffected };

// The limb a one-sided exercise works, so that a handout can say "your left
// leg only"; an exercise without one says "your left side only".
enum class Limb { Arm, Hand, Leg, Foot };

enum class Level { Beginner, Intermediate, Advanced };

enum class VariantKind { Easier, Harder, Alternative };

// Seconds used when a routine does not say; docs/library.md gives the reasons.
struct Timing {
  double seconds_per_rep = 3;
  double seconds_per_breath = 5;
  double rest_seconds = 30;
  bool rest_written = false;  // the routine's or the line's `timing rest`, not the library's or the default
  double open_hold_bound_seconds = 120;  // the schedule's end for "hold until ..."
  double short_hold_seconds = 3;         // "hold for a few seconds"
  bool operator==(const Timing&) const = default;
};

// Seconds between and around exercises, for the whole session. A routine's
// `timing` fact sets them; docs/schedule.md gives the reasons for each default.
struct SessionTiming {
  double side_switch_seconds = 5;   // changing sides, or direction
  double transition_seconds = 15;   // from one exercise to the next
  double get_ready_seconds = 10;    // before the first exercise
  double round_rest_seconds = 60;   // between rounds of a circuit that gives no rest
  bool round_rest_written = false;  // the routine's `timing round_rest`, not the default
  double metres_per_minute = 80;    // walking pace, to time a distance
};

std::string_view to_string(DosageKind kind);
std::string_view to_string(DoseClause clause);  // the word `accepts` takes: reps, hold, duration
std::string_view to_string(Sidedness sides);
std::string_view to_string(SideSwitch side_switch);
std::string_view to_string(OnlySide side);  // left, right, affected, unaffected
std::string_view to_string(Limb limb);      // arm, hand, leg, foot
std::string_view to_string(Level level);
std::string_view to_string(VariantKind kind);
std::optional<Level> parse_level(std::string_view word);

// Every value of a vocabulary enum, in order.
template <typename Enum>
struct AllValues;
template <>
struct AllValues<DosageKind> {
  static constexpr std::array values{DosageKind::Reps, DosageKind::Hold, DosageKind::RepsHold, DosageKind::Duration};
};
template <>
struct AllValues<DoseClause> {
  static constexpr std::array values{DoseClause::Reps, DoseClause::Hold, DoseClause::Duration};
};
template <>
struct AllValues<Sidedness> {
  static constexpr std::array values{Sidedness::Bilateral, Sidedness::PerSide, Sidedness::Alternating,
                                     Sidedness::Directional};
};
template <>
struct AllValues<SideSwitch> {
  static constexpr std::array values{SideSwitch::PerSet, SideSwitch::PerRep};
};
template <>
struct AllValues<OnlySide> {
  static constexpr std::array values{OnlySide::Left, OnlySide::Right, OnlySide::Affected, OnlySide::Unaffected};
};
template <>
struct AllValues<Limb> {
  static constexpr std::array values{Limb::Arm, Limb::Hand, Limb::Leg, Limb::Foot};
};
template <>
struct AllValues<Level> {
  static constexpr std::array values{Level::Beginner, Level::Intermediate, Level::Advanced};
};
template <>
struct AllValues<VariantKind> {
  static constexpr std::array values{VariantKind::Easier, VariantKind::Harder, VariantKind::Alternative};
};

template <typename Enum>
constexpr const auto& all_values() {
  return AllValues<Enum>::values;
}

// Other words a reader accepts for a value besides its one spelling, which is
// what every writer prints: `monday` for `mon`. None unless a vocabulary
// says so.
template <typename Enum>
struct OtherSpellings {
  static constexpr std::array<std::pair<std::string_view, Enum>, 0> words{};
};

// The value spelt `word`, if any: `parse_word<Level>("beginner")`. Other
// spellings are accepted too: `parse_word<Weekday>("monday")`.
template <typename Enum>
std::optional<Enum> parse_word(std::string_view word) {
  for (Enum value : all_values<Enum>()) {
    if (to_string(value) == word) return value;
  }
  for (const auto& [other, value] : OtherSpellings<Enum>::words) {
    if (other == word) return value;
  }
  return std::nullopt;
}

// The spelling of every value, in order: the words a message lists.
template <typename Enum>
std::vector<std::string> spellings() {
  std::vector<std::string> out;
  for (Enum value : all_values<Enum>()) out.emplace_back(to_string(value));
  return out;
}

// Every word `parse_word` accepts: each value's spelling, then its other
// spellings (`mon, monday, tue, tuesday, ...`).
template <typename Enum>
std::vector<std::string> accepted_words() {
  std::vector<std::string> out;
  for (Enum value : all_values<Enum>()) {
    out.emplace_back(to_string(value));
    for (const auto& [other, of] : OtherSpellings<Enum>::words) {
      if (of == value) out.emplace_back(other);
    }
  }
  return out;
}

// The spellings of `values`, in their order: what writers print for a list.
template <typename Value>
std::vector<std::string> to_strings(const std::vector<Value>& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const Value& value : values) out.emplace_back(to_string(value));
  return out;
}

}  // namespace regimen
