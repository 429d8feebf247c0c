#include "figure/spec.h"

#include <string>

namespace regimen::figure {

std::string_view name(Position position) {
  switch (position) {
    case Position::Standing: return "standing";
    case Position::Seated: return "seated";
    case Position::Quadruped: return "quadruped";
    case Position::Supine: return "supine";
    case Position::Prone: return "prone";
    case Position::SideLying: return "side_lying";
    case Position::Kneeling: return "kneeling";
    case Position::HalfKneeling: return "half_kneeling";
    case Position::Plank: return "plank";
    case Position::LongSitting: return "long_sitting";
    case Position::Hand: return "hand";
    case Position::Foot: return "foot";
  }
  return "position";
}

std::string_view name(Prop prop) {
  switch (prop) {
    case Prop::Wall: return "wall";
    case Prop::Chair: return "chair";
    case Prop::Step: return "step";
    case Prop::Bed: return "bed";
    case Prop::Table: return "table";
    case Prop::Band: return "band";
    case Prop::Ball: return "ball";
    case Prop::FoamRoller: return "foam_roller";
    case Prop::Towel: return "towel";
    case Prop::Doorway: return "doorway";
    case Prop::Dumbbell: return "dumbbell";
    case Prop::SwissBall: return "swiss_ball";
    case Prop::Stick: return "stick";
    case Prop::Pillow: return "pillow";
  }
  return "prop";
}

std::string_view name(Placement placement) {
  switch (placement) {
    case Placement::Default: return "";
    case Placement::Behind: return "behind";
    case Placement::Ahead: return "ahead";
    case Placement::Near: return "near";
    case Placement::Far: return "far";
    case Placement::NearToes: return "near_toes";
    case Placement::FarToes: return "far_toes";
    case Placement::UnderNeck: return "under_neck";
    case Placement::UnderBack: return "under_back";
    case Placement::UnderKnee: return "under_knee";
    case Placement::UnderHeel: return "under_heel";
    case Placement::RoundFoot: return "round_foot";
    case Placement::RoundKnees: return "round_knees";
    case Placement::FromFoot: return "from_foot";
    case Placement::BetweenKnees: return "between_knees";
    case Placement::RoundFingers: return "round_fingers";
    case Placement::UnderHips: return "under_hips";
  }
  return "";
}

std::string_view name(View view) {
  switch (view) {
    case View::Side: return "side";
    case View::Front: return "front";
    case View::Back: return "back";
    case View::Above: return "above";
  }
  return "side";
}

std::string_view name(Stance stance) {
  switch (stance) {
    case Stance::Flat: return "flat";
    case Stance::OnHeels: return "on_heels";
  }
  return "flat";
}

std::optional<Stance> stance_named(std::string_view word) {
  if (word == "on_heels") return Stance::OnHeels;
  return std::nullopt;
}

std::string_view name(CloseUpShape shape) {
  switch (shape) {
    case CloseUpShape::Open: return "open";
    case CloseUpShape::Fist: return "fist";
    case CloseUpShape::Hook: return "hook";
    case CloseUpShape::Tabletop: return "tabletop";
    case CloseUpShape::StraightFist: return "straight_fist";
    case CloseUpShape::Spread: return "spread";
    case CloseUpShape::Grip: return "grip";
    case CloseUpShape::Pinch: return "pinch";
    case CloseUpShape::Curl: return "curl";
    case CloseUpShape::Dome: return "dome";
  }
  return "open";
}

bool shape_drawn_in(CloseUpShape shape, Position position) {
  switch (shape) {
    case CloseUpShape::Open:
    case CloseUpShape::Spread: return close_up(position);
    case CloseUpShape::Fist:
    case CloseUpShape::Hook:
    case CloseUpShape::Tabletop:
    case CloseUpShape::StraightFist:
    case CloseUpShape::Grip:
    case CloseUpShape::Pinch: return position == Position::Hand;
    case CloseUpShape::Curl:
    case CloseUpShape::Dome: return position == Position::Foot;
  }
  return false;
}

bool joint_drawn_in(Joint joint, Position position) {
  if (position == Position::Hand) {
    return of_fingers(joint) || joint == Joint::Wrist || joint == Joint::WristSide || joint == Joint::Forearm;
  }
  if (position == Position::Foot) return of_toes(joint);
  return !of_fingers(joint) && !of_toes(joint);
}

std::optional<CloseUpShape> shape_named(std::string_view word) {
  for (CloseUpShape shape : kAllCloseUpShapes) {
    if (name(shape) == word) return shape;
  }
  return std::nullopt;
}

std::vector<std::string> shape_words() {
  std::vector<std::string> out;
  for (CloseUpShape shape : kAllCloseUpShapes) out.emplace_back(name(shape));
  return out;
}

std::optional<View> view_named(std::string_view word) {
  if (word == "side") return View::Side;
  if (word == "front") return View::Front;
  if (word == "back") return View::Back;
  if (word == "above") return View::Above;
  return std::nullopt;
}

std::optional<Position> position_named(std::string_view word) {
  for (Position p : kAllPositions) {
    if (name(p) == word) return p;
  }
  return std::nullopt;
}

std::optional<Prop> prop_named(std::string_view word) {
  for (Prop p : kAllProps) {
    if (name(p) == word) return p;
  }
  return std::nullopt;
}

std::optional<Placement> placement_named(std::string_view word) {
  for (Placement p : kAllPlacements) {
    if (p != Placement::Default && name(p) == word) return p;
  }
  return std::nullopt;
}

std::vector<Placement> placements(Prop prop) {
  switch (prop) {
    case Prop::Wall: return {Placement::Behind, Placement::Ahead};
    case Prop::Table: return {Placement::Ahead};  // where it always stands; saying so is allowed
    case Prop::Step: return {Placement::Near, Placement::Far, Placement::NearToes, Placement::FarToes};
    case Prop::Towel: return {Placement::UnderNeck, Placement::UnderKnee, Placement::UnderHeel};
    case Prop::FoamRoller: return {Placement::UnderBack, Placement::UnderKnee};
    case Prop::Ball: return {Placement::UnderBack};  // a tennis ball under the upper back
    case Prop::Band: return {Placement::RoundFoot, Placement::RoundKnees, Placement::FromFoot, Placement::RoundFingers};
    case Prop::Dumbbell: return {Placement::Near, Placement::Far};  // in that hand only
    case Prop::Pillow: return {Placement::BetweenKnees, Placement::UnderKnee, Placement::UnderHips};
    case Prop::Doorway: return {Placement::Behind};  // the body leaning through it, past the near forearm
    case Prop::Chair:
    case Prop::Bed:
    case Prop::SwissBall:
    case Prop::Stick: return {};
  }
  return {};
}

bool seen_from_above(Position position) {
  return position == Position::Supine || position == Position::Prone || close_up(position);
}

bool lying(Position position) {
  switch (position) {
    case Position::Supine:
    case Position::Prone:
    case Position::SideLying: return true;
    case Position::Standing:
    case Position::Seated:
    case Position::Quadruped:
    case Position::Kneeling:
    case Position::HalfKneeling:
    case Position::Plank:
    case Position::LongSitting:
    case Position::Hand:
    case Position::Foot: return false;
  }
  return false;
}

bool drawn_in(Prop prop, Placement placement, Position position, View view) {
  // The close-up shows the forearm on a table and what the hand holds or
  // wears; a band elsewhere on the body is not in it, nor one round the
  // fingers elsewhere.
  if (position == Position::Hand) {
    return prop == Prop::Table || prop == Prop::Dumbbell || (prop == Prop::Ball && placement == Placement::Default) ||
           (prop == Prop::Band && placement == Placement::RoundFingers);
  }
  // The foot's: a marble under the toes, a towel under the foot, a wall
  // ahead of the toes (seen from the side).
  if (position == Position::Foot) {
    return ((prop == Prop::Ball || prop == Prop::Towel) && placement == Placement::Default) ||
           (prop == Prop::Wall && placement != Placement::Behind && view == View::Side);
  }
  if (placement == Placement::RoundFingers) return false;
  // From above, the floor or bed is the page's background: only what the
  // hands hold shows on it.
  if (view == View::Above) {
    return prop == Prop::Bed || prop == Prop::Stick || prop == Prop::Dumbbell ||
           (prop == Prop::Ball && placement == Placement::Default);
  }
  if (prop == Prop::Step) return position == Position::Standing;
  // Under the top knee, in front of a body lying on its side: seen across it.
  if (prop == Prop::Pillow && placement == Placement::UnderKnee) {
    return position == Position::SideLying && (view == View::Front || view == View::Back);
  }
  // Under the hips of a body lying on its back or front, seen from the side.
  if (placement == Placement::UnderHips) {
    return (position == Position::Prone || position == Position::Supine) && view == View::Side;
  }
  if (prop == Prop::SwissBall) return lying(position);
  switch (placement) {
    case Placement::UnderNeck:
    case Placement::UnderBack:
    case Placement::UnderKnee:
    case Placement::UnderHeel: return lying(position) || position == Position::LongSitting;
    case Placement::Default:
    case Placement::Behind:
    case Placement::Ahead:
    case Placement::Near:
    case Placement::Far:
    case Placement::NearToes:
    case Placement::FarToes:
    case Placement::RoundFoot:
    case Placement::RoundKnees:
    case Placement::FromFoot:
    case Placement::BetweenKnees:
    case Placement::RoundFingers:
    case Placement::UnderHips: return true;
  }
  return true;
}

std::optional<JointWord> joint_word(std::string_view word) {
  Limbs limbs = Limbs::Both;
  for (auto [prefix, side] : {std::pair{std::string_view("near_"), Limbs::Near}, std::pair{std::string_view("far_"), Limbs::Far}}) {
    if (word.starts_with(prefix)) {
      word.remove_prefix(prefix.size());
      limbs = side;
      break;
    }
  }
  auto joint = joint_named(word);
  if (!joint) return std::nullopt;
  if (limbs != Limbs::Both && !of_limb(*joint)) return std::nullopt;
  return JointWord{*joint, limbs};
}

std::vector<std::string> joint_words() {
  std::vector<std::string> out;
  for (Joint joint : kAllJoints) {
    out.emplace_back(name(joint));
    if (of_limb(joint)) {
      out.push_back("near_" + std::string(name(joint)));
      out.push_back("far_" + std::string(name(joint)));
    }
  }
  return out;
}

std::vector<std::string> position_words() {
  std::vector<std::string> out;
  for (Position p : kAllPositions) out.emplace_back(name(p));
  return out;
}

std::vector<std::string> placement_words() {
  std::vector<std::string> out;
  for (Placement p : kAllPlacements) {
    if (p != Placement::Default) out.emplace_back(name(p));
  }
  return out;
}

std::vector<std::string> prop_words() {
  std::vector<std::string> out;
  for (Prop p : kAllProps) out.emplace_back(name(p));
  return out;
}

}  // namespace regimen::figure
