#include "figure/body.h"

namespace regimen::figure {

double length(Segment segment) {
  // Heights of the landmarks above the floor, standing, as fractions of
  // stature (Drillis and Contini): top of the head 1.000, chin 0.870,
  // shoulder 0.818, elbow 0.630, wrist 0.485, fingertip 0.377, hip 0.530,
  // knee 0.285, ankle 0.039; the foot is 0.152 long.
  switch (segment) {
    case Segment::Pelvis: return (0.818 - 0.530) / 2;
    case Segment::Chest: return (0.818 - 0.530) / 2;
    case Segment::Neck: return 0.870 - 0.818;
    case Segment::Head: return 1.000 - 0.870;
    case Segment::UpperArm: return 0.818 - 0.630;
    case Segment::Forearm: return 0.630 - 0.485;
    case Segment::Hand: return 0.485 - 0.377;
    case Segment::Thigh: return 0.530 - 0.285;
    case Segment::Shank: return 0.285 - 0.039;
    case Segment::Foot: return 0.152;
  }
  return 0;
}

double half_width(Segment segment, View view) {
  // Depths of the body seen from the side, for an adult of average build,
  // rounded: the drawing's thickness and the surface that rests on a support.
  // From the front the trunk is its width instead.
  if (across(view)) {
    if (segment == Segment::Pelvis) return 0.088;
    if (segment == Segment::Chest) return 0.092;
  }
  switch (segment) {
    case Segment::Pelvis: return 0.058;
    case Segment::Chest: return 0.062;
    case Segment::Neck: return 0.026;
    case Segment::Head: return 0.062;
    case Segment::UpperArm: return 0.024;
    case Segment::Forearm: return 0.019;
    case Segment::Hand: return 0.013;
    case Segment::Thigh: return 0.040;
    case Segment::Shank: return 0.028;
    case Segment::Foot: return 0.028;  // as deep as the shank at the heel, so the sole lies flat
  }
  return 0;
}

Segment moved(Joint joint) {
  switch (joint) {
    case Joint::Spine: return Segment::Chest;
    case Joint::NeckJoint: return Segment::Neck;
    case Joint::HeadNod: return Segment::Head;
    case Joint::Shoulder: return Segment::UpperArm;
    case Joint::Elbow: return Segment::Forearm;
    case Joint::Wrist: return Segment::Hand;
    case Joint::Hip: return Segment::Thigh;
    case Joint::Knee: return Segment::Shank;
    case Joint::Ankle: return Segment::Foot;
    case Joint::NeckTurn: return Segment::Head;
    case Joint::NeckSide: return Segment::Head;
    case Joint::TrunkTurn: return Segment::Chest;
    case Joint::TrunkSide: return Segment::Chest;
    case Joint::ShoulderOut: return Segment::UpperArm;
    case Joint::ShoulderTurn: return Segment::Forearm;
    case Joint::Forearm: return Segment::Hand;
    case Joint::WristSide: return Segment::Hand;
    case Joint::HipOut: return Segment::Thigh;
    case Joint::HipTurn: return Segment::Shank;
    case Joint::AnkleTurn: return Segment::Foot;
    case Joint::BladeUp:
    case Joint::BladeForward:
    case Joint::ShoulderAcross: return Segment::UpperArm;
    case Joint::Knuckles:
    case Joint::FingerJoints:
    case Joint::Fingertips:
    case Joint::FingerSpread:
    case Joint::ThumbOut:
    case Joint::ThumbKnuckle:
    case Joint::ThumbTip:
    case Joint::ThumbSide: return Segment::Hand;
    case Joint::Toes:
    case Joint::ToeJoints:
    case Joint::ToeSpread:
    case Joint::BigToe: return Segment::Foot;
  }
  return Segment::Pelvis;
}

Segment parent(Joint joint) {
  switch (joint) {
    case Joint::Spine: return Segment::Pelvis;
    case Joint::NeckJoint: return Segment::Chest;
    case Joint::HeadNod: return Segment::Neck;
    case Joint::Shoulder: return Segment::Chest;
    case Joint::Elbow: return Segment::UpperArm;
    case Joint::Wrist: return Segment::Forearm;
    case Joint::Hip: return Segment::Pelvis;
    case Joint::Knee: return Segment::Thigh;
    case Joint::Ankle: return Segment::Shank;
    case Joint::NeckTurn: return Segment::Neck;
    case Joint::NeckSide: return Segment::Neck;
    case Joint::TrunkTurn: return Segment::Pelvis;
    case Joint::TrunkSide: return Segment::Pelvis;
    case Joint::ShoulderOut: return Segment::Chest;
    case Joint::ShoulderTurn: return Segment::UpperArm;
    case Joint::Forearm: return Segment::Forearm;
    case Joint::WristSide: return Segment::Forearm;
    case Joint::HipOut: return Segment::Pelvis;
    case Joint::HipTurn: return Segment::Thigh;
    case Joint::AnkleTurn: return Segment::Shank;
    case Joint::BladeUp:
    case Joint::BladeForward:
    case Joint::ShoulderAcross: return Segment::Chest;
    case Joint::Knuckles:
    case Joint::FingerJoints:
    case Joint::Fingertips:
    case Joint::FingerSpread:
    case Joint::ThumbOut:
    case Joint::ThumbKnuckle:
    case Joint::ThumbTip:
    case Joint::ThumbSide: return Segment::Hand;
    case Joint::Toes:
    case Joint::ToeJoints:
    case Joint::ToeSpread:
    case Joint::BigToe: return Segment::Foot;
  }
  return Segment::Pelvis;
}

bool in_plane(Joint joint, View view) {
  switch (joint) {
    case Joint::Spine:
    case Joint::NeckJoint:
    case Joint::HeadNod:
    case Joint::Shoulder:
    case Joint::Elbow:
    case Joint::Wrist:
    case Joint::Hip:
    case Joint::Knee:
    case Joint::Ankle: return !across(view);
    case Joint::NeckSide:
    case Joint::TrunkSide:
    case Joint::ShoulderOut:
    case Joint::WristSide:
    case Joint::HipOut:
    case Joint::AnkleTurn: return across(view);
    // A shrug shows in every view; the shoulder coming forward only from the side.
    case Joint::BladeUp: return true;
    case Joint::BladeForward:
    case Joint::ShoulderAcross: return !across(view);
    case Joint::NeckTurn:
    case Joint::TrunkTurn:
    case Joint::ShoulderTurn:
    case Joint::Forearm:
    case Joint::HipTurn: return false;
    // The body's hand has no fingers: they move only in the close-up.
    case Joint::Knuckles:
    case Joint::FingerJoints:
    case Joint::Fingertips:
    case Joint::FingerSpread:
    case Joint::ThumbOut:
    case Joint::ThumbKnuckle:
    case Joint::ThumbTip:
    case Joint::ThumbSide:
    case Joint::Toes:
    case Joint::ToeJoints:
    case Joint::ToeSpread:
    case Joint::BigToe: return false;
  }
  return false;
}

bool of_fingers(Joint joint) { return moved(joint) == Segment::Hand && parent(joint) == Segment::Hand; }
bool of_toes(Joint joint) { return moved(joint) == Segment::Foot && parent(joint) == Segment::Foot; }

bool of_limb(Joint joint) {
  switch (joint) {
    case Joint::Spine:
    case Joint::NeckJoint:
    case Joint::HeadNod:
    case Joint::NeckTurn:
    case Joint::NeckSide:
    case Joint::TrunkTurn:
    case Joint::TrunkSide: return false;
    case Joint::Shoulder:
    case Joint::Elbow:
    case Joint::Wrist:
    case Joint::Hip:
    case Joint::Knee:
    case Joint::Ankle:
    case Joint::ShoulderOut:
    case Joint::ShoulderTurn:
    case Joint::Forearm:
    case Joint::WristSide:
    case Joint::HipOut:
    case Joint::HipTurn:
    case Joint::AnkleTurn:
    case Joint::BladeUp:
    case Joint::BladeForward:
    case Joint::ShoulderAcross:
    case Joint::Knuckles:
    case Joint::FingerJoints:
    case Joint::Fingertips:
    case Joint::FingerSpread:
    case Joint::ThumbOut:
    case Joint::ThumbKnuckle:
    case Joint::ThumbTip:
    case Joint::ThumbSide:
    case Joint::Toes:
    case Joint::ToeJoints:
    case Joint::ToeSpread:
    case Joint::BigToe: return true;
  }
  return false;
}

Range range_of_motion(Joint joint) {
  // AAOS normal values. The thoracolumbar spine's 80 degrees of flexion and
  // 25 of extension are the Spine joint's; the cervical spine's 45 and 45
  // are split between the neck and the nod of the head.
  switch (joint) {
    case Joint::Spine: return {-25, 80};
    case Joint::NeckJoint: return {-25, 25};
    case Joint::HeadNod: return {-20, 20};
    case Joint::Shoulder: return {-60, 180};
    case Joint::Elbow: return {0, 150};
    case Joint::Wrist: return {-70, 80};
    case Joint::Hip: return {-30, 120};
    case Joint::Knee: return {0, 135};
    case Joint::Ankle: return {-50, 20};
    case Joint::NeckTurn: return {-80, 80};
    case Joint::NeckSide: return {-45, 45};
    case Joint::TrunkTurn: return {-45, 45};
    case Joint::TrunkSide: return {-35, 35};
    case Joint::ShoulderOut: return {0, 180};
    case Joint::ShoulderTurn: return {-70, 90};
    case Joint::Forearm: return {-80, 80};
    case Joint::WristSide: return {-30, 20};
    case Joint::HipOut: return {-30, 45};
    case Joint::HipTurn: return {-45, 45};
    case Joint::AnkleTurn: return {-15, 35};
    // The shoulder girdle moves at the sternoclavicular joint (Neumann,
    // Kinesiology of the Musculoskeletal System, 2nd ed., 2010, ch. 5: about
    // 45 degrees of elevation, 10 of depression, 15 to 30 of protraction and
    // of retraction).
    case Joint::BladeUp: return {-10, 45};
    case Joint::BladeForward: return {-25, 25};
    // AAOS: 45 degrees of horizontal abduction and 135 of horizontal
    // adduction, from the arm out to the side.
    case Joint::ShoulderAcross: return {-45, 135};
    // AAOS, the fingers: 90 degrees of flexion at the knuckles (45 of
    // hyperextension), 100 at the middle joints, 90 at the end joints (10 of
    // hyperextension). The table gives no figure for spreading them; 20 is
    // the drawing's own bound, a modest spread. The thumb: 70 of palmar abduction,
    // 50 of flexion at its knuckle, 80 at its end joint (20 of hyperextension),
    // and at its base 20 of extension, away from the fingers in the palm's
    // plane, and 15 of flexion across the palm.
    case Joint::Knuckles: return {-45, 90};
    case Joint::FingerJoints: return {0, 100};
    case Joint::Fingertips: return {-10, 90};
    case Joint::FingerSpread: return {0, 20};
    case Joint::ThumbOut: return {0, 70};
    case Joint::ThumbKnuckle: return {0, 50};
    case Joint::ThumbTip: return {-20, 80};
    case Joint::ThumbSide: return {-15, 20};
    // AAOS, the toes: at the ball of the foot the great toe bends 45 degrees
    // and lifts 70 (the lesser toes 40 either way, and they go no further);
    // the lesser toes' middle joints bend 35. Spreading them, which the
    // table does not give, is bounded at 15 by the drawing.
    case Joint::Toes: return {-70, 45};
    case Joint::ToeJoints: return {0, 35};
    case Joint::ToeSpread: return {0, 15};
    case Joint::BigToe: return {-70, 45};
  }
  return {0, 0};
}

std::string_view name(Joint joint) {
  switch (joint) {
    case Joint::Spine: return "spine";
    case Joint::NeckJoint: return "neck";
    case Joint::HeadNod: return "head";
    case Joint::Shoulder: return "shoulder";
    case Joint::Elbow: return "elbow";
    case Joint::Wrist: return "wrist";
    case Joint::Hip: return "hip";
    case Joint::Knee: return "knee";
    case Joint::Ankle: return "ankle";
    case Joint::NeckTurn: return "neck_turn";
    case Joint::NeckSide: return "neck_side";
    case Joint::TrunkTurn: return "trunk_turn";
    case Joint::TrunkSide: return "trunk_side";
    case Joint::ShoulderOut: return "shoulder_out";
    case Joint::ShoulderTurn: return "shoulder_turn";
    case Joint::Forearm: return "forearm";
    case Joint::WristSide: return "wrist_side";
    case Joint::HipOut: return "hip_out";
    case Joint::HipTurn: return "hip_turn";
    case Joint::AnkleTurn: return "ankle_turn";
    case Joint::BladeUp: return "shoulder_blade_up";
    case Joint::BladeForward: return "shoulder_blade_forward";
    case Joint::ShoulderAcross: return "shoulder_across";
    case Joint::Knuckles: return "knuckles";
    case Joint::FingerJoints: return "finger_joints";
    case Joint::Fingertips: return "fingertips";
    case Joint::FingerSpread: return "finger_spread";
    case Joint::ThumbOut: return "thumb_out";
    case Joint::ThumbKnuckle: return "thumb_knuckle";
    case Joint::ThumbTip: return "thumb_tip";
    case Joint::ThumbSide: return "thumb_side";
    case Joint::Toes: return "toes";
    case Joint::ToeJoints: return "toe_joints";
    case Joint::ToeSpread: return "toe_spread";
    case Joint::BigToe: return "big_toe";
  }
  return "joint";
}

std::optional<Joint> joint_named(std::string_view word) {
  for (Joint joint : kAllJoints) {
    if (name(joint) == word) return joint;
  }
  return std::nullopt;
}

std::string_view name(Segment segment) {
  switch (segment) {
    case Segment::Pelvis: return "pelvis";
    case Segment::Chest: return "chest";
    case Segment::Neck: return "neck";
    case Segment::Head: return "head";
    case Segment::UpperArm: return "upper arm";
    case Segment::Forearm: return "forearm";
    case Segment::Hand: return "hand";
    case Segment::Thigh: return "thigh";
    case Segment::Shank: return "shank";
    case Segment::Foot: return "foot";
  }
  return "segment";
}

}  // namespace regimen::figure
