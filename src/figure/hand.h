// The close-up of the hand (`figure hand ...`): the near forearm lying
// along the page, pointing right, and the hand past the wrist with its four
// fingers and thumb. The whole-body figure's hand is one segment, too small
// at a handout's size to show a finger; wrist, finger and thumb exercises
// are drawn this close instead, as hand therapy leaflets draw them.
//
// Lengths: each finger bone, and the palm to each knuckle, as fractions of
// the hand's length (wrist crease to the middle fingertip) from Buchholz,
// Armstrong and Goldstein, "Anthropometric data for describing the
// kinematics of the human hand", Ergonomics 35(3), 1992; the hand's length
// is the body's (body.h). Ranges: the AAOS values in body.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "figure/pose.h"
#include "figure/spec.h"

namespace regimen::figure {

// The close-up is drawn this many times larger than the whole body, so that
// it fills a handout's figure as a body does, with the same lines.
inline constexpr double kCloseUp = 4.0;

enum class Digit { Index, Middle, Ring, Little };
inline constexpr std::array<Digit, 4> kAllDigits{Digit::Index, Digit::Middle, Digit::Ring, Digit::Little};

struct FingerAngles {
  double knuckle = 0;  // degrees of flexion, as the joints of body.h
  double middle = 0;
  double end = 0;
};
struct ThumbAngles {
  double side = 0;
  double out = 0;
  double knuckle = 0;
  double tip = 0;
};
// Every angle of the close-up, each finger on its own: a grip closes each
// finger until it touches what the hand holds, and the fingers meet a ball
// at different angles.
struct HandAngles {
  double wrist = 0;
  double wrist_side = 0;
  double forearm = 0;  // supination positive: 80 is palm up, -80 palm down
  double spread = 0;
  std::array<FingerAngles, 4> fingers{};
  ThumbAngles thumb;
};

// What the hand holds, in the hand's own frame: a ball in the palm, or a
// dumbbell's handle across it (seen from the side, end on).
enum class Held { Ball, Handle };

// A part of the close-up as the page shows it: a capsule from `from` to
// `to` (round at both ends), `depth` toward the viewer.
enum class HandPart { Forearm, Palm, Thumb, Index, Middle, Ring, Little };
struct Bone {
  HandPart part = HandPart::Forearm;
  Point from;
  Point to;
  double radius = 0;
};
struct HandSkeleton {
  View view = View::Side;
  std::vector<Bone> bones;  // the forearm, each finger's three bones, the thumb's three
  std::vector<Point> palm;  // the palm's outline, a convex polygon
  // How near the viewer each part is, for drawing the nearer over the farther.
  std::array<double, 7> depth{};
  std::array<Point, 4> fingertips{};  // the ends of the fingers' last bones
  Point thumb_tip;
  // Just short of the tips, on the back of each finger and the thumb: where a
  // rubber band round them lies.
  std::array<Point, 4> near_tips{};
  Point thumb_near_tip;
  std::optional<Point> held_centre;  // the ball's centre, or the handle's end on
  double held_radius = 0;
  double table_top = 0;  // where the forearm's underside is: a table's top
};

HandSkeleton hand_skeleton(const HandAngles& angles, View view, std::optional<Held> held);

struct HandPose {
  CloseUpShape shape = CloseUpShape::Open;
  HandAngles angles;
  HandSkeleton skeleton;
};

struct HandScene {
  View view = View::Side;
  HandPose start;
  std::optional<HandPose> end;
  std::optional<Held> held;
  bool table = false;  // the forearm rests on a table, the hand past its edge
  bool band = false;   // a rubber band round the fingers and thumb
  std::vector<Point> motion;  // the path of the tip that moves the most
};

// A figure whose start is `hand`.
HandScene hand_scene(const Spec& spec);
// What is wrong with the close-up's geometry, each in a sentence: an angle
// beyond its range, a pinch whose tips do not meet, a grip that does not
// touch what it holds or passes into it, the hand inside the table.
std::vector<std::string> problems(const HandScene& scene);

// Where a table's edge is, short of the wrist; and the hand's length, in
// the close-up's units.
double table_edge();
double hand_length();

}  // namespace regimen::figure
