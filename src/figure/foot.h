// The close-up of the foot (`figure foot ...`): the near foot on the floor
// and the bottom of the shin, seen from the foot's inner side (the big toe
// and the arch toward the viewer), or from above. A whole body's foot is a
// single segment, too small at a handout's size to show a toe; the toes'
// and the arch's exercises are drawn this close instead.
//
// Lengths, as fractions of the foot's length (body.h): the toes' bones and
// the ball of the foot rounded from the usual proportions of an adult foot
// (the toes about a quarter of its length, the ball about 0.7 of the way
// from the heel); ranges: the AAOS values in body.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "figure/hand.h"
#include "figure/pose.h"
#include "figure/spec.h"

namespace regimen::figure {

struct FootAngles {
  double toes = 0;        // the lesser toes at the ball of the foot, within their own range
  double big_toe = 0;     // the big toe at the ball of the foot (`toes` sets it too)
  double toe_joints = 0;  // the toes' own joints
  double spread = 0;
  bool dome = false;      // the arch drawn up, the ball of the foot toward the heel
};

// What lies on the floor with the foot: a marble the toes pick up, or a
// towel they gather.
enum class UnderFoot { Marble, Towel };

enum class FootPart { Shin, Foot, BigToe, Toe2, Toe3, Toe4, Toe5 };
struct FootBone {
  FootPart part = FootPart::Shin;
  Point from;
  Point to;
  double radius = 0;
};
struct FootSkeleton {
  View view = View::Side;
  std::vector<FootBone> bones;       // the shin, each toe's two bones
  std::vector<Point> outline;        // the foot from the heel to the ball, a polygon
  std::array<double, 7> depth{};     // how near the viewer each part is
  std::array<Point, 5> toe_tips{};   // from the big toe to the little one
  double lowest = 0;                 // the lowest point of the foot and toes: on the floor, 0
};

struct FootPose {
  CloseUpShape shape = CloseUpShape::Open;
  FootAngles angles;
  double lift = 0;  // degrees the forefoot turns up about the heel, so that curled toes stay above the floor
  FootSkeleton skeleton;
  std::optional<Point> marble;  // where the marble is, under the curled toes
};

struct FootScene {
  View view = View::Side;
  FootPose start;
  std::optional<FootPose> end;
  std::optional<UnderFoot> under;
  bool wall = false;  // a wall ahead, the lesser toes at its foot, the big toe lifted against it
  std::vector<Point> motion;  // the path of the toe tip that moves the most
};

// A figure whose start is `foot`.
FootScene foot_scene(const Spec& spec);
// What is wrong with the close-up's geometry, each in a sentence: an angle
// beyond its range, a part of the foot below the floor, a marble the toes
// do not hold.
// Where a wall ahead of the toes stands: against the toes that reach
// farthest (the lesser toes on the floor, the big toe lifted against it).
double wall_at(const FootSkeleton& skeleton);
std::vector<std::string> problems(const FootScene& scene);
double foot_length();  // in the close-up's units
double marble_radius();

}  // namespace regimen::figure
