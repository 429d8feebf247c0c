// Putting a pose on its support: turning and moving the whole body until the
// parts its position rests on touch the floor, the seat or the step, with
// its weight above what holds it.
#pragma once

#include <optional>
#include <vector>

#include "figure/outline.h"
#include "figure/position.h"

namespace regimen::figure {

// What the body rests on besides the surface under it: a roller, towel or
// ball under a part of the body lifts that part.
struct Cushion {
  Prop prop;            // a foam roller, a rolled towel or a ball
  Segment segment;      // the cushion is under this segment (of the near limb)
  double at = 0.5;      // this far along it, from its start (0) to its end (1)
  double thickness = 0; // how far it lifts the body's surface there
  // A Swiss ball: the feet on the floor brace the body on it wherever its
  // weight is (the ball rolls, the legs hold it).
  bool braced = false;
};

// A step under one foot, the other on the floor: the whole foot on it, or
// only its ball, the heel off the step's edge.
enum class Footing { Whole, Ball };
struct Block {
  Side side = Side::Near;
  Footing footing = Footing::Whole;
  double height = 0;
};

struct Ground {
  double height = 0;            // the surface the body rests or stands on: floor, step, bed
  bool steadied = false;        // standing with a hand on a support or the back to a wall: no balance needed
  std::vector<Cushion> cushions;
  std::optional<Block> block;
  // Lying on a bed seen from the side: the near arm is free to hang off the
  // bed's near edge, in front of it (a row lying face down), so it does not
  // hold the body up.
  bool arm_off_edge = false;
  // The near leg holds nothing up either: the model lays the rest of the
  // body down so, to find how far the leg must bend to lie on a roll.
  bool near_leg_free = false;
  // Both legs hold nothing up: the body lies on a pillow under its hips and
  // its chest, and the model bends the hips to bring the legs down.
  bool legs_free = false;
};

// How far along a foot, from the ankle to the toes, its ball begins: the
// part of the sole that stands on a step's edge.
inline constexpr double kBallOfFoot = 0.55;

// Where a cushion's centre lies: beside its point on the segment, on the
// side facing the ground, touching the segment's outline.
Point cushion_centre(const Skeleton& skeleton, const Cushion& cushion);
// The cushion's point that rests on the ground, opposite the body.
Point cushion_bottom(const Skeleton& skeleton, const Cushion& cushion);

// The body's surface as it meets the ground: its points, with one under
// each cushion and the sole of a foot on a block copied down by its height,
// so that resting on the lowest of them rests each part on what is under it.
std::vector<SurfacePoint> resting_surface(const Skeleton& skeleton, const Ground& ground);

struct Placed {
  Pose pose;  // with the hip and pelvis the model chose
  Skeleton skeleton;
};

// `pose`'s joints as given, its hip and pelvis set by the model. `anchor`,
// when given, is the placement of the pose this one moves from: the parts
// resting on the support in both stay where they were.
Placed place(const Pose& pose, Support support, const Ground& ground, const Placed* anchor = nullptr);

// The seat height that puts the feet of the base seated position flat on
// the floor; and where the pelvis's drawn edge meets the seat in `view` (the
// pelvis is wider from the front than deep from the side).
double seat_height();
double seat_top(View view);

}  // namespace regimen::figure
