// What a library exercise's `figure` says, checked: the position it starts
// from, the joints it changes, where it ends, and the props beside it. The
// model (figure/scene.h) turns this into geometry.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "figure/body.h"
#include "figure/pose.h"

namespace regimen::figure {

// The named base positions. Each puts the body on its support in its own way
// (figure/position.h): feet on the floor, pelvis on a seat, hands and knees
// on the floor, the back on the floor...
enum class Position {
  Standing,
  Seated,
  Quadruped,
  Supine,
  Prone,
  SideLying,
  Kneeling,
  HalfKneeling,
  Plank,
  LongSitting,  // sitting on the floor, legs out in front
  Hand,         // a close-up of the near forearm and hand (figure/hand.h), for the wrist, fingers and thumb
  Foot,         // a close-up of the near foot on the floor (figure/foot.h), for the toes and the arch
};
inline constexpr std::array<Position, 12> kAllPositions{
    Position::Standing,  Position::Seated,   Position::Quadruped,    Position::Supine, Position::Prone,
    Position::SideLying, Position::Kneeling, Position::HalfKneeling, Position::Plank,  Position::LongSitting,
    Position::Hand,      Position::Foot};

// Whether the position is a close-up of the hand or the foot rather than
// the whole body.
inline bool close_up(Position position) { return position == Position::Hand || position == Position::Foot; }

// The named shapes of the hand or foot in a close-up: a pose word sets the
// fingers' and thumb's joints, or the toes', and the pose's own joint
// changes come after it. `Grip` closes the fingers round what the hand
// holds (a ball, a dumbbell's handle) until they touch it; `Pinch` brings
// the thumb's tip to the index finger's. The model finds those angles; the
// others are fixed (hand.h, foot.h). `Open` and `Spread` are the hand's and
// the foot's; `Curl` and `Dome` the foot's only, the rest the hand's.
enum class CloseUpShape { Open, Fist, Hook, Tabletop, StraightFist, Spread, Grip, Pinch, Curl, Dome };
inline constexpr std::array<CloseUpShape, 10> kAllCloseUpShapes{CloseUpShape::Open,     CloseUpShape::Fist,         CloseUpShape::Hook,   CloseUpShape::Tabletop,
                                                  CloseUpShape::StraightFist, CloseUpShape::Spread, CloseUpShape::Grip,   CloseUpShape::Pinch,
                                                  CloseUpShape::Curl,     CloseUpShape::Dome};
// Whether a close-up in `position` takes the shape.
bool shape_drawn_in(CloseUpShape shape, Position position);
// Whether a close-up in `position` shows the joint: the hand's the wrist,
// the forearm's turn and the fingers; the foot's the toes. A whole body
// shows every joint but the fingers' and the toes'.
bool joint_drawn_in(Joint joint, Position position);

enum class Prop {
  Wall,
  Chair,
  Step,
  Bed,       // lying or sitting on a bed or treatment table instead of the floor
  Table,     // a table or counter held for support, in front
  Band,      // an elastic band from the near hand to an anchor in front
  Ball,      // a ball held in the hands
  FoamRoller,// under the upper back, or under the body where it lies
  Towel,     // rolled under the neck, or held between the hands
  Doorway,   // a door frame in front, hands on it
  Dumbbell,  // in each hand, or in one
  SwissBall, // a large exercise ball under the belly and hips of a body lying over it
  Stick,     // a stick or pole held in both hands
  Pillow,    // a pillow or folded cushion between the knees
};
inline constexpr std::array<Prop, 14> kAllProps{Prop::Wall,    Prop::Chair,     Prop::Step,       Prop::Bed,
                                                Prop::Table,   Prop::Band,      Prop::Ball,       Prop::FoamRoller,
                                                Prop::Towel,   Prop::Doorway,   Prop::Dumbbell,   Prop::SwissBall,
                                                Prop::Stick,   Prop::Pillow};

// Where a prop stands. A wall stands behind (the default) or ahead; a
// step is under both feet unless it names the one foot on it: the whole
// foot (`near`, `far`), or only its ball, the heel off the edge
// (`near_toes`, `far_toes`), for heel drops and calf stretches. A towel,
// roller or ball may lie under the body where it rests: under the neck,
// the upper back, the knee or the heel (of the near leg).
// A band runs from the near hand to an anchor ahead, unless it is looped
// round the ball of the near foot, its ends in the hands (`round_foot`), or
// round both legs above the knees (`round_knees`: seen from the side, it
// runs from behind the knees to a post ahead), or runs from the top of the
// near foot to an anchor ahead at floor level (`from_foot`: a table leg). A dumbbell is in each hand,
// or in the `near` or `far` one only. A pillow is between the knees
// (saying so, `between_knees`, is allowed), or under the top knee of a body
// lying on its side, in front of it (`under_knee`), or under the hips of a
// body lying on its back or front (`under_hips`). In the close-up of
// the hand, a band may be a rubber band round the fingers and thumb, near
// their tips (`round_fingers`).
enum class Placement {
  Default, Behind, Ahead, Near, Far, NearToes, FarToes, UnderNeck, UnderBack, UnderKnee, UnderHeel, RoundFoot, RoundKnees,
  FromFoot, BetweenKnees, RoundFingers, UnderHips
};
inline constexpr std::array<Placement, 17> kAllPlacements{
    Placement::Default,   Placement::Behind,    Placement::Ahead,      Placement::Near,     Placement::Far,
    Placement::NearToes,  Placement::FarToes,   Placement::UnderNeck,  Placement::UnderBack, Placement::UnderKnee,
    Placement::UnderHeel, Placement::RoundFoot, Placement::RoundKnees, Placement::FromFoot,  Placement::BetweenKnees,
    Placement::RoundFingers, Placement::UnderHips};

// Which limb a joint change moves: both, or the near or the far one
// (`near_hip 90`). Joints of the head and trunk are always Both.
enum class Limbs { Both, Near, Far };

struct JointChange {
  Joint joint = Joint::Hip;
  Limbs limbs = Limbs::Both;
  double degrees = 0;
  bool operator==(const JointChange&) const = default;
};

struct PoseSpec {
  std::optional<Position> position;  // the start always has one; an end without one keeps the start's
  std::vector<JointChange> changes;   // applied in order, each setting an angle
  std::optional<Stance> stance;       // `on_heels`; an end pose without one keeps the start's
  std::optional<CloseUpShape> shape;     // `fist`, `pinch`...: the close-up's hand; an end pose without one keeps the start's
  bool operator==(const PoseSpec&) const = default;
};

struct PropSpec {
  Prop prop = Prop::Wall;
  Placement placement = Placement::Default;
  bool operator==(const PropSpec&) const = default;
};

struct Spec {
  View view = View::Side;  // `front`, `back`, `above`: seen from the front, from behind, from above
  PoseSpec start;
  std::optional<PoseSpec> end;  // none: one held position
  std::vector<PropSpec> props;
  bool operator==(const Spec&) const = default;
};

std::string_view name(Position position);
std::string_view name(Prop prop);
std::string_view name(Placement placement);
std::string_view name(View view);
std::string_view name(Stance stance);  // "flat", "on_heels"
std::optional<Stance> stance_named(std::string_view word);  // "on_heels": the word a pose may carry
std::string_view name(CloseUpShape shape);                      // "fist", "straight_fist"
std::optional<CloseUpShape> shape_named(std::string_view word);
std::vector<std::string> shape_words();
std::optional<View> view_named(std::string_view word);  // "side", "front", "back"
std::optional<Position> position_named(std::string_view word);
std::optional<Prop> prop_named(std::string_view word);
std::optional<Placement> placement_named(std::string_view word);  // "behind", "near_toes"...
// The placements a prop may name (Default aside), for the check and its
// "did you mean": a placement the drawing would ignore is refused.
std::vector<Placement> placements(Prop prop);

// Lying on the back, front or side.
bool lying(Position position);
// Whether the figure draws `prop`, placed so, with the body in `position`:
// a step is under the feet of a standing figure only, a Swiss ball under a
// body lying over it, and a towel, roller or ball placed under a part of
// the body is there only when it lies, or sits with the legs out. Seen
// from above, only a bed and what the hands hold are drawn. The check
// refuses a prop a figure would leave out.
bool drawn_in(Prop prop, Placement placement, Position position, View view);
// Whether a figure seen from above may start or end in `position`: lying
// on the back or front.
bool seen_from_above(Position position);

// A joint word of the notation: "hip", "near_hip", "far_knee", "spine". A
// `near_` or `far_` prefix on a joint of the head or trunk is not a word.
struct JointWord {
  Joint joint;
  Limbs limbs;
};
std::optional<JointWord> joint_word(std::string_view word);
// Every joint word, for "did you mean" and the docs.
std::vector<std::string> joint_words();
std::vector<std::string> position_words();
std::vector<std::string> prop_words();
std::vector<std::string> placement_words();

}  // namespace regimen::figure
