// The human figure the compiler draws, seen from the side: its segments,
// their lengths as fractions of stature, and the joints between them with
// the ranges a pose must stay within.
//
// Lengths: Drillis and Contini's segment table (1966), as reproduced in
// D. A. Winter, Biomechanics and Motor Control of Human Movement, figure 4.1.
// Ranges of motion: the American Academy of Orthopaedic Surgeons' normal
// values (Greene and Heckman, The Clinical Measurement of Joint Motion, 1994).
#pragma once

#include <array>
#include <string_view>

namespace regimen::figure {

// A side view shows one arm and one leg: the near ones. The far limbs of a
// one-sided exercise are the same segments drawn behind, in a lighter line.
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

enum class Joint {
  Spine,       // Chest against Pelvis: flexion (forward) positive
  NeckJoint,   // Neck against Chest
  HeadNod,     // Head against Neck
  Shoulder,    // UpperArm against Chest: flexion (arm forward and up) positive
  Elbow,       // Forearm against UpperArm: flexion positive
  Wrist,       // Hand against Forearm: flexion positive
  Hip,         // Thigh against Pelvis: flexion (knee forward and up) positive
  Knee,        // Shank against Thigh: flexion positive
  Ankle,       // Foot against Shank: dorsiflexion positive
};
inline constexpr std::size_t kJoints = 9;

struct Range {
  double least;  // degrees; negative: extension (or plantarflexion)
  double most;   // degrees; flexion (or dorsiflexion)
  bool contains(double degrees, double tolerance = 0.5) const {
    return degrees >= least - tolerance && degrees <= most + tolerance;
  }
};

// The segment's length, as a fraction of stature.
double length(Segment segment);
// The segment a joint moves, and the one it hangs from.
Segment moved(Joint joint);
Segment parent(Joint joint);
// The normal range of motion in the side view.
Range range_of_motion(Joint joint);
std::string_view name(Joint joint);
std::string_view name(Segment segment);

inline constexpr std::array<Joint, kJoints> kAllJoints{Joint::Spine,    Joint::NeckJoint, Joint::HeadNod,
                                                        Joint::Shoulder, Joint::Elbow,     Joint::Wrist,
                                                        Joint::Hip,      Joint::Knee,      Joint::Ankle};

}  // namespace regimen::figure
