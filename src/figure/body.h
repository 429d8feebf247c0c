// The human figure the compiler draws, seen from the side: its segments,
// their lengths and thicknesses as fractions of stature, and the joints
// between them with the ranges a pose must stay within.
//
// Lengths: Drillis and Contini's segment table (1966), as reproduced in
// D. A. Winter, Biomechanics and Motor Control of Human Movement, figure 4.1.
// Ranges of motion: the American Academy of Orthopaedic Surgeons' normal
// values (Greene and Heckman, The Clinical Measurement of Joint Motion, 1994).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace regimen::figure {

// The figure is drawn from its side (sagittal movements: bending, reaching
// forward, squatting) or from its front (movements out to the side: leg
// lifts, side bends, side planks) or from behind (the same, where the face
// would hide the legs: on all fours). From the side the near limbs are in
// front and the far ones behind, drawn lighter; the near limbs are the
// figure's right, on the left of the page from the front and on the right
// from behind. A one-sided exercise moves the near limb. A body lying on
// its back or front may be seen from above, lying on the page: its arms
// and legs move out to the side along the floor (a T raise, a wand lifted
// out, knees rolling); the page then shows it as from the front (on its
// back) or from behind (on its front), and a pose's view is never Above.
enum class View { Side, Front, Back, Above };
// Front, back and above show the body's width and its movements out to the side.
inline bool across(View view) { return view != View::Side; }

// How far the shoulder and hip joints are from the body's middle, as
// fractions of stature (Drillis and Contini: shoulders 0.259 wide, hips
// 0.191; the joints' centres lie inside those widths).
inline constexpr double kShoulderOffset = 0.108;
inline constexpr double kHipOffset = 0.052;

enum class Segment {
  Pelvis,      // from the hips up to the middle of the back (the lumbar spine)
  Chest,       // from the middle of the back up to the shoulders (the thoracic spine)
  Neck,
  Head,
  UpperArm,
  Forearm,
  Hand,
  Thigh,
  Shank,
  Foot,
};
inline constexpr std::size_t kSegments = 10;

// The joints: bending forward and back (the first nine, seen from the
// side), bending and lifting out to the side (seen from the front), and
// turning about a segment's length. A movement the view cannot show in the
// page's plane is drawn with a turning arrow around the segment.
enum class Joint {
  Spine,        // Chest against Pelvis: flexion (forward) positive
  NeckJoint,    // Neck against Chest
  HeadNod,      // Head against Neck
  Shoulder,     // UpperArm against Chest: flexion (arm forward and up) positive
  Elbow,        // Forearm against UpperArm: flexion positive
  Wrist,        // Hand against Forearm: flexion positive
  Hip,          // Thigh against Pelvis: flexion (knee forward and up) positive
  Knee,         // Shank against Thigh: flexion positive
  Ankle,        // Foot against Shank: dorsiflexion positive
  NeckTurn,     // rotation of the neck, either way
  NeckSide,     // side bending of the neck
  TrunkTurn,    // rotation of the trunk
  TrunkSide,    // side bending of the trunk
  ShoulderOut,  // abduction: the arm out to the side and up
  ShoulderTurn, // external rotation positive
  Forearm,      // supination positive, pronation negative
  WristSide,    // radial deviation positive, ulnar negative
  HipOut,       // abduction positive, adduction negative
  HipTurn,      // external rotation positive
  AnkleTurn,    // inversion positive, eversion negative
  BladeUp,      // the shoulder girdle raised (elevation) positive, lowered (depression) negative
  BladeForward, // the shoulder girdle forward round the chest (protraction) positive, squeezed back negative
  ShoulderAcross, // the raised arm turned forward across the chest (horizontal adduction) positive, back negative
  // The fingers and thumb, drawn only in the close-up of the hand (figure/hand.h):
  Knuckles,     // the four fingers' knuckles at the palm (metacarpophalangeal): flexion positive
  FingerJoints, // the fingers' middle joints (proximal interphalangeal): flexion positive
  Fingertips,   // the fingers' end joints (distal interphalangeal): flexion positive
  FingerSpread, // the fingers spread apart (abduction at the knuckles)
  ThumbOut,     // the thumb lifted away from the palm, in front of it (palmar abduction)
  ThumbKnuckle, // the thumb's middle joint (metacarpophalangeal): flexion positive
  ThumbTip,     // the thumb's end joint (interphalangeal): flexion positive
  ThumbSide,    // the thumb moved out in the palm's plane, away from the fingers (extension at its base) positive
  // The toes, drawn only in the close-up of the foot (figure/foot.h):
  Toes,         // the five toes at the ball of the foot (metatarsophalangeal): curling down positive, lifting negative
  ToeJoints,    // the toes' own joints (interphalangeal): curling positive
  ToeSpread,    // the toes spread apart
  BigToe,       // the big toe alone at the ball of the foot: curling down positive, lifting negative
};
inline constexpr std::size_t kJoints = 35;

inline constexpr std::array<Joint, kJoints> kAllJoints{
    Joint::Spine,     Joint::NeckJoint, Joint::HeadNod,   Joint::Shoulder,    Joint::Elbow,
    Joint::Wrist,     Joint::Hip,       Joint::Knee,      Joint::Ankle,       Joint::NeckTurn,
    Joint::NeckSide,  Joint::TrunkTurn, Joint::TrunkSide, Joint::ShoulderOut, Joint::ShoulderTurn,
    Joint::Forearm,   Joint::WristSide, Joint::HipOut,    Joint::HipTurn,     Joint::AnkleTurn,
    Joint::BladeUp,   Joint::BladeForward, Joint::ShoulderAcross, Joint::Knuckles, Joint::FingerJoints,
    Joint::Fingertips, Joint::FingerSpread, Joint::ThumbOut, Joint::ThumbKnuckle, Joint::ThumbTip, Joint::ThumbSide, Joint::Toes, Joint::ToeJoints,
    Joint::ToeSpread, Joint::BigToe};

// A joint of the fingers or thumb: drawn in the close-up of the hand only.
bool of_fingers(Joint joint);
// A joint of the toes: drawn in the close-up of the foot only.
bool of_toes(Joint joint);

struct Range {
  double least;  // degrees; negative: extension (or plantarflexion, the other way)
  double most;   // degrees; flexion (or dorsiflexion)
  bool contains(double degrees, double tolerance = 0.5) const {
    return degrees >= least - tolerance && degrees <= most + tolerance;
  }
};

// The segment's length, as a fraction of stature.
double length(Segment segment);
// Half the segment's thickness seen from the view, as a fraction of stature:
// the body's surface is this far from the line between its joints.
double half_width(Segment segment, View view = View::Side);
// The segment a joint moves, and the one it hangs from.
Segment moved(Joint joint);
Segment parent(Joint joint);
// Whether the joint turns a limb or the trunk within the page's plane when
// seen from `view`: flexion from the side, abduction and side bending from
// the front, turning about a segment's length from neither.
bool in_plane(Joint joint, View view);
// A limb's joint, which the near and far sides each have; the others belong
// to the head and trunk.
bool of_limb(Joint joint);
// The normal range of motion.
Range range_of_motion(Joint joint);
// The joint's word in the `figure` notation ("hip", "neck_turn").
std::string_view name(Joint joint);
std::optional<Joint> joint_named(std::string_view word);
std::string_view name(Segment segment);

}  // namespace regimen::figure
