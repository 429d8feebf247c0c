// The small vocabularies shared by the library and the checked program: dosage
// kinds, sidedness, levels, variant kinds.
#pragma once

#include <optional>
#include <string_view>

namespace regimen {

// The form an exercise's dose takes. It decides which clauses it accepts.
enum class DosageKind { Reps, Hold, RepsHold, Duration };

enum class Sidedness {
  Bilateral,    // both sides at once
  PerSide,      // one side, then the other
  Alternating,  // one rep each side in turn
  Directional,  // toward named directions: right, left, centre
};

// For per-side work: whether the side changes after each set or each rep.
enum class SideSwitch { PerSet, PerRep };

enum class Level { Beginner, Intermediate, Advanced };

enum class VariantKind { Easier, Harder, Alternative };

std::string_view to_string(DosageKind kind);
std::string_view to_string(Sidedness sides);
std::string_view to_string(SideSwitch side_switch);
std::string_view to_string(Level level);
std::string_view to_string(VariantKind kind);
std::optional<Level> parse_level(std::string_view word);

}  // namespace regimen
