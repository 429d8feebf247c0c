#include "vocab/kinds.h"

namespace regimen {

std::string_view to_string(DosageKind kind) {
  switch (kind) {
    case DosageKind::Reps: return "reps";
    case DosageKind::Hold: return "hold";
    case DosageKind::RepsHold: return "reps_hold";
    case DosageKind::Duration: return "duration";
  }
  return "reps";
}

std::string_view to_string(DoseClause clause) {
  switch (clause) {
    case DoseClause::Reps: return "reps";
    case DoseClause::Hold: return "hold";
    case DoseClause::Duration: return "duration";
  }
  return "reps";
}

std::string_view to_string(Sidedness sides) {
  switch (sides) {
    case Sidedness::Bilateral: return "bilateral";
    case Sidedness::PerSide: return "per_side";
    case Sidedness::Alternating: return "alternating";
    case Sidedness::Directional: return "per_direction";
  }
  return "bilateral";
}

std::string_view to_string(SideSwitch side_switch) {
  return side_switch == SideSwitch::PerSet ? "per_set" : "per_rep";
}

std::string_view to_string(OnlySide side) {
  switch (side) {
    case OnlySide::Left: return "left";
    case OnlySide::Right: return "right";
    case OnlySide::Affected: return "affected";
    case OnlySide::Unaffected: return "unaffected";
  }
  return "left";
}

std::string_view to_string(Limb limb) {
  switch (limb) {
    case Limb::Arm: return "arm";
    case Limb::Hand: return "hand";
    case Limb::Leg: return "leg";
    case Limb::Foot: return "foot";
  }
  return "arm";
}

std::string_view to_string(Level level) {
  switch (level) {
    case Level::Beginner: return "beginner";
    case Level::Intermediate: return "intermediate";
    case Level::Advanced: return "advanced";
  }
  return "beginner";
}

std::string_view to_string(VariantKind kind) {
  switch (kind) {
    case VariantKind::Easier: return "easier";
    case VariantKind::Harder: return "harder";
    case VariantKind::Alternative: return "alternative";
  }
  return "easier";
}

std::optional<Level> parse_level(std::string_view word) { return parse_word<Level>(word); }

}  // namespace regimen
