// A figure's scene: its poses put on their support, the props beside them,
// and the movement between the poses. Geometry only; figure/drawing.h turns
// it into lines and shapes.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "figure/place.h"
#include "figure/spec.h"

namespace regimen::figure {

// A prop as the scene places it, in statures.
struct Box {     // a step, a bed, a table top, a chair seat: an axis-aligned block
  Point low;     // lower left
  Point high;    // upper right
};
struct Post {    // a wall, a door frame, a chair's back or a table's leg: a vertical line
  Point foot;
  double height = 0;
};
struct Roll {    // a foam roller, a rolled towel, a ball: a circle
  Point centre;
  double radius = 0;
};
struct Strap {   // a band or a towel held: a line between two points
  Point from;
  Point to;
};
struct Weight {  // a dumbbell in a hand
  Point centre;
  double direction = 0;  // of the hand holding it
};
using PropShape = std::variant<Box, Post, Roll, Strap, Weight>;

struct PlacedProp {
  Prop prop;
  std::vector<PropShape> shapes;
  bool solid = false;  // the body may not pass through it (steps, beds, walls, rollers...)
  // A towel or roller under the near leg: the far leg lies beside it, not
  // on it, so it is drawn over the far leg and may overlap it.
  bool under_near_limb = false;
  // Drawn over the trunk and under the near arm: the edge of a door frame
  // in front of the body, the near hand pressing in on it.
  bool under_near_arm = false;
};

// A movement that leaves the page's plane, or a held pose's turn away from
// its position's own, shown as a turning arrow around the segment it turns.
struct Turn {
  Joint joint;
  Side side;
  Point centre;
  double radius = 0;
  bool positive = true;  // the joint's angle grows
};

// The path of the point that moves the most, from the start to the end.
struct Motion {
  std::vector<Point> path;
  Segment segment = Segment::Head;  // the part whose end moves so
  Side side = Side::Near;
};

struct Scene {
  View view = View::Side;
  Position position;      // the start's
  Position end_position;  // the end's: the start's unless the end names another
  Placed start;
  std::optional<Placed> end;
  Ground ground;  // what the start rests on: its height (the floor is 0) and any roller or towel under it
  std::vector<PlacedProp> props;
  std::vector<Turn> turns;
  std::optional<Motion> motion;
};

// The pose a PoseSpec describes, on top of `from` (the start's pose, for an
// end that names no position).
Pose pose_of(const PoseSpec& spec, View view, const Pose* from);

Scene scene(const Spec& spec);

// What is wrong with the scene's geometry, each said in a sentence: joints
// beyond their range, required contacts that do not touch, the body or the
// movement's arrow below the floor, the body inside a solid prop. Empty for
// a good figure.
std::vector<std::string> problems(const Scene& scene);

}  // namespace regimen::figure
