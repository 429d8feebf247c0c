#include "figure/hand.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "figure/body.h"
#include "figure/geometry.h"
#include "figure/vec3.h"

namespace regimen::figure {
namespace {

// The hand's length, in the close-up's units; every length below is a
// fraction of it.
const double kHand = length(Segment::Hand) * kCloseUp;

// Buchholz, Armstrong and Goldstein (1992), table 1: each finger's three
// bones; the knuckles' places on the palm (along from the wrist, across
// toward the thumb) and the fingers' radii are rounded from a hand's usual
// breadth (about 0.45 of its length) and finger widths.
struct DigitShape {
  double along, across;           // the knuckle
  std::array<double, 3> bones;    // proximal, middle, distal phalanx
  double radius;
};
constexpr std::array<DigitShape, 4> kDigits{{
    {0.42, 0.15, {0.265, 0.143, 0.097}, 0.046},
    {0.43, 0.05, {0.277, 0.170, 0.108}, 0.047},
    {0.41, -0.05, {0.259, 0.165, 0.107}, 0.044},
    {0.37, -0.15, {0.206, 0.117, 0.093}, 0.038},
}};
// The thumb: its metacarpal from the base of the palm, then its two bones.
constexpr std::array<double, 3> kThumbBones{0.251, 0.196, 0.158};
constexpr double kThumbRadius = 0.055;
constexpr double kThenarRadius = 0.075;  // the ball of the thumb, round its metacarpal
constexpr double kThumbBaseAlong = 0.08, kThumbBaseAcross = 0.15, kThumbBaseDepth = 0.03;
constexpr double kThumbSplay = 40;  // degrees from the fingers' line, in the palm's plane, at rest
constexpr double kPalmHalfThickness = 0.075;
constexpr double kForearmLength = 0.6;
constexpr double kForearmHalfWidth = 0.15, kForearmHalfDepth = 0.10;  // at the wrist
constexpr double kTableEdge = -0.2;  // a little short of the wrist, so the hand and what it holds bend past it
// A soft ball about 7 cm across; a light dumbbell's handle 3 cm thick, its end 7.5 cm across.
constexpr double kBallRadius = 0.185, kHandleRadius = 0.08, kPlateRadius = 0.2;
constexpr double kTouch = 0.02;  // of the hand's length: about 4 mm

// `a` turned by `degrees` toward `b` (both unit and at right angles).
Vec toward(Vec a, Vec b, double degrees) {
  return a * std::cos(radians(degrees)) + b * std::sin(radians(degrees));
}
double segment_distance(Vec p, Vec a, Vec b) {
  const Vec d = b - a;
  const double len2 = dot(d, d);
  double t = len2 == 0 ? 0 : dot(p - a, d) / len2;
  t = std::clamp(t, 0.0, 1.0);
  return norm(p - (a + d * t));
}

// The hand in the world: x forward along the forearm, y up, z toward the
// viewer on the near side. The near (right) hand in mid-position has its
// thumb up and its palm toward the body's middle, away from the viewer.
struct Frame {
  Vec along, across, palm;  // toward the fingertips, toward the thumb, out of the palm
  Vec at(double u, double v, double w) const { return (along * u + across * v + palm * w) * kHand; }
};

Frame forearm_frame(double forearm) {
  // Supination turns the palm up, the thumb toward the viewer.
  const double c = std::cos(radians(forearm)), s = std::sin(radians(forearm));
  return {{1, 0, 0}, {0, c, s}, {0, s, -c}};
}

Frame hand_frame(const HandAngles& a) {
  const Frame f = forearm_frame(a.forearm);
  // Flexion bends the hand toward its palm; radial deviation toward the thumb.
  const Vec along = toward(f.along, f.palm, a.wrist);
  const Vec palm = toward(f.palm, f.along * -1, a.wrist);
  return {toward(along, f.across, a.wrist_side), toward(f.across, along * -1, a.wrist_side), palm};
}

// The three bones of a finger, from its knuckle, each as its two ends.
std::array<std::pair<Vec, Vec>, 3> finger_bones(const Frame& h, Digit digit, const FingerAngles& f, double spread) {
  const DigitShape& d = kDigits[static_cast<std::size_t>(digit)];
  // Spreading fans the fingers about the middle one.
  const double fan = digit == Digit::Index ? spread : digit == Digit::Ring ? -spread / 2 : digit == Digit::Little ? -spread : 0;
  const Vec straight = toward(h.along, h.across, fan);
  Vec at = h.at(d.along, d.across, 0);
  std::array<std::pair<Vec, Vec>, 3> out;
  double bend = 0;
  const std::array<double, 3> joints{f.knuckle, f.middle, f.end};
  for (std::size_t i = 0; i < 3; ++i) {
    bend += joints[i];
    const Vec next = at + toward(straight, h.palm, bend) * (d.bones[i] * kHand);
    out[i] = {at, next};
    at = next;
  }
  return out;
}

std::array<std::pair<Vec, Vec>, 3> thumb_bones(const Frame& h, const ThumbAngles& t) {
  // At rest the thumb lies in the palm's plane, splayed from the fingers;
  // lifting it out swings it in front of the palm. It bends toward the
  // palm and across it, toward the little finger.
  const Vec rest = toward(h.along, h.across, kThumbSplay + t.side);
  const Vec dir = unit(toward(rest, h.palm, t.out));
  const Vec across_palm = (h.palm - h.across) * std::sqrt(0.5);
  const Vec bend = unit(across_palm - dir * dot(across_palm, dir));
  Vec at = h.at(kThumbBaseAlong, kThumbBaseAcross, kThumbBaseDepth);
  std::array<std::pair<Vec, Vec>, 3> out;
  const std::array<double, 3> joints{0, t.knuckle, t.knuckle + t.tip};
  for (std::size_t i = 0; i < 3; ++i) {
    const Vec next = at + toward(dir, bend, joints[i]) * (kThumbBones[i] * kHand);
    out[i] = {at, next};
    at = next;
  }
  return out;
}

// What the hand holds, in the world: the ball's centre, or the handle's
// axis (across the palm).
struct HeldShape {
  Vec centre;
  Vec axis;  // zero for a ball
  double radius;
};
HeldShape held_shape(const Frame& h, Held held) {
  switch (held) {
    case Held::Ball: return {h.at(0.36, 0.0, kPalmHalfThickness + kBallRadius), {}, kBallRadius * kHand};
    case Held::Handle: return {h.at(0.40, 0.0, kPalmHalfThickness + kHandleRadius), h.across, kHandleRadius * kHand};
  }
  return {};
}
// How far the bone from `a` to `b`, of radius `r`, is from the held shape's
// surface (negative: inside it).
double gap(const HeldShape& held, Vec a, Vec b, double r) {
  auto flatten = [&](Vec p) { return p - held.axis * dot(p - held.centre, held.axis); };
  return segment_distance(held.centre, flatten(a), flatten(b)) - held.radius - r;
}

// The least of `closure`'s values in [0, 1] at which `gap_at` reaches 0, or
// 1 when it never does: a finger or thumb closing until it touches.
template <class Gap>
double close_until(Gap gap_at) {
  double open = 0, shut = 1;
  if (gap_at(1.0) > 0) return 1;
  if (gap_at(0.0) <= 0) return 0;
  for (int i = 0; i < 40; ++i) {
    const double mid = (open + shut) / 2;
    (gap_at(mid) > 0 ? open : shut) = mid;
  }
  return open;
}

FingerAngles curled(double closure) { return {90 * closure, 100 * closure, 80 * closure}; }

double min_gap(const HeldShape& held, const std::array<std::pair<Vec, Vec>, 3>& bones, double radius) {
  double least = std::numeric_limits<double>::infinity();
  for (const auto& [a, b] : bones) least = std::min(least, gap(held, a, b, radius));
  return least;
}

ThumbAngles reach(const Frame& h, Vec target, double radius);

// Each finger closed round what the hand holds until it touches it, and the
// thumb's tip on its far side, toward the index finger: round a ball, over
// a handle.
void grip(HandAngles& a, Held held) {
  const Frame h = hand_frame(a);
  const HeldShape shape = held_shape(h, held);
  for (Digit digit : kAllDigits) {
    const double r = kDigits[static_cast<std::size_t>(digit)].radius * kHand;
    const double c = close_until([&](double k) { return min_gap(shape, finger_bones(h, digit, curled(k), a.spread), r); });
    a.fingers[static_cast<std::size_t>(digit)] = curled(c);
  }
  const Vec far_side = held == Held::Ball ? unit(h.palm * 0.6 + h.across * 0.8) : h.palm;
  a.thumb = reach(h, shape.centre + far_side * shape.radius + h.across * (held == Held::Handle ? 0.06 * kHand : 0), 0);
}

Vec thumb_tip(const Frame& h, const ThumbAngles& t) { return thumb_bones(h, t)[2].second; }
Vec finger_tip(const Frame& h, Digit digit, const FingerAngles& f, double spread) {
  return finger_bones(h, digit, f, spread)[2].second;
}

// The thumb's angles that bring its tip to touch `target` (a point inside a
// finger, `radius` under its surface): the best of a grid over the thumb's
// ranges, then of a finer one around it.
ThumbAngles reach(const Frame& h, Vec target, double radius) {
  const double touching = kThumbRadius * kHand + radius;
  auto miss = [&](const ThumbAngles& t) { return std::abs(norm(thumb_tip(h, t) - target) - touching); };
  ThumbAngles best;
  double best_gap = std::numeric_limits<double>::infinity();
  auto search = [&](const ThumbAngles& low, const ThumbAngles& high, double step) {
    for (double out = low.out; out <= high.out + 1e-9; out += step) {
      for (double knuckle = low.knuckle; knuckle <= high.knuckle + 1e-9; knuckle += step) {
        for (double tip = low.tip; tip <= high.tip + 1e-9; tip += step) {
          const ThumbAngles t{0, out, knuckle, tip};
          const double g = miss(t);
          if (g < best_gap - 1e-12) {
            best_gap = g;
            best = t;
          }
        }
      }
    }
  };
  const Range out = range_of_motion(Joint::ThumbOut), knuckle = range_of_motion(Joint::ThumbKnuckle),
              tip = range_of_motion(Joint::ThumbTip);
  search({0, out.least, knuckle.least, tip.least}, {0, out.most, knuckle.most, tip.most}, 2);
  const ThumbAngles coarse = best;
  auto clamp = [](double v, Range r) { return std::clamp(v, r.least, r.most); };
  search({0, clamp(coarse.out - 2, out), clamp(coarse.knuckle - 2, knuckle), clamp(coarse.tip - 2, tip)},
         {0, clamp(coarse.out + 2, out), clamp(coarse.knuckle + 2, knuckle), clamp(coarse.tip + 2, tip)}, 0.25);
  return best;
}

// Pinching: the thumb's tip to the index finger's.
void pinch(HandAngles& a) {
  const Frame h = hand_frame(a);
  a.thumb = reach(h, finger_tip(h, Digit::Index, a.fingers[0], a.spread), kDigits[0].radius * kHand);
}

// In a fist the thumb lies over the index and middle fingers' middle bones.
void thumb_over_fingers(HandAngles& a) {
  const Frame h = hand_frame(a);
  const auto index = finger_bones(h, Digit::Index, a.fingers[0], a.spread)[1];
  const auto middle = finger_bones(h, Digit::Middle, a.fingers[1], a.spread)[1];
  const Vec between = (index.first + index.second + middle.first + middle.second) * 0.25;
  a.thumb = reach(h, between, kDigits[1].radius * kHand);
}

// The fixed shapes: the finger joints of each, and the thumb's.
void set_shape(HandAngles& a, CloseUpShape shape) {
  auto fingers = [&](FingerAngles f) { a.fingers.fill(f); };
  a.spread = 0;
  switch (shape) {
    case CloseUpShape::Open:
      fingers({});
      a.thumb = {};
      return;
    case CloseUpShape::Spread:
      fingers({});
      a.spread = range_of_motion(Joint::FingerSpread).most;
      a.thumb = {range_of_motion(Joint::ThumbSide).most, 0, 0, 0};
      return;
    // The tendon glides' positions (Wehbé): the thumb rests beside the
    // index finger but in the full fist, where it lies over the fingers.
    case CloseUpShape::Hook: fingers({0, 100, 80}); a.thumb = {}; return;
    case CloseUpShape::Tabletop: fingers({90, 0, 0}); a.thumb = {}; return;
    case CloseUpShape::StraightFist: fingers({90, 100, 0}); a.thumb = {}; return;
    case CloseUpShape::Fist: fingers({90, 100, 70}); return;  // the thumb over the fingers (thumb_over_fingers)
    case CloseUpShape::Grip: return;  // closed round what the hand holds (grip)
    case CloseUpShape::Pinch:
      // The fingers gently curved, as in making an O with thumb and index.
      fingers({45, 75, 40});
      return;
    case CloseUpShape::Curl:
    case CloseUpShape::Dome: return;  // the foot's (foot.h); the checker refuses them for a hand
  }
}

// The angles a pose of the close-up sets: its shape's, then its own changes.
// An end pose starts from the start's angles; naming no shape, it keeps them.
HandAngles resolve(const PoseSpec& spec, const HandAngles* from, CloseUpShape shape, bool reshape, std::optional<Held> held) {
  HandAngles a = from ? *from : HandAngles{};
  auto apply = [&](Joint joint, double degrees) {
    switch (joint) {
      case Joint::Wrist: a.wrist = degrees; break;
      case Joint::WristSide: a.wrist_side = degrees; break;
      case Joint::Forearm: a.forearm = degrees; break;
      case Joint::FingerSpread: a.spread = degrees; break;
      case Joint::Knuckles: for (auto& f : a.fingers) f.knuckle = degrees; break;
      case Joint::FingerJoints: for (auto& f : a.fingers) f.middle = degrees; break;
      case Joint::Fingertips: for (auto& f : a.fingers) f.end = degrees; break;
      case Joint::ThumbOut: a.thumb.out = degrees; break;
      case Joint::ThumbKnuckle: a.thumb.knuckle = degrees; break;
      case Joint::ThumbTip: a.thumb.tip = degrees; break;
      case Joint::ThumbSide: a.thumb.side = degrees; break;
      default: break;  // the checker allows no other joint in the close-up
    }
  };
  // The wrist and forearm first: a grip closes round what the hand holds
  // wherever the hand is turned.
  for (const JointChange& c : spec.changes) {
    if (!of_fingers(c.joint)) apply(c.joint, c.degrees);
  }
  if (reshape) {
    set_shape(a, shape);
    if (shape == CloseUpShape::Grip && held) grip(a, *held);
    if (shape == CloseUpShape::Pinch) pinch(a);
    if (shape == CloseUpShape::Fist) thumb_over_fingers(a);
  }
  for (const JointChange& c : spec.changes) {
    if (of_fingers(c.joint)) apply(c.joint, c.degrees);
  }
  return a;
}

}  // namespace

HandSkeleton hand_skeleton(const HandAngles& a, View view, std::optional<Held> held) {
  HandSkeleton out;
  out.view = view;
  auto page = [&](Vec v) { return view == View::Above ? Point{v.x, -v.z} : Point{v.x, v.y}; };
  auto depth = [&](Vec v) { return view == View::Above ? v.y : v.z; };
  // Across the page, the direction the view shows a part's thickness in.
  const Vec thickness = view == View::Above ? Vec{0, 0, 1} : Vec{0, 1, 0};
  const Frame arm = forearm_frame(a.forearm);
  const double forearm_radius = kHand * std::hypot(kForearmHalfWidth * dot(arm.across, thickness),
                                                   kForearmHalfDepth * dot(arm.palm, thickness));
  out.bones.push_back({HandPart::Forearm, page({-kForearmLength * kHand, 0, 0}), page({}), forearm_radius});
  out.table_top = -forearm_radius;

  const Frame h = hand_frame(a);
  // The palm: its outline from the wrist to the knuckles, both faces.
  const std::array<std::pair<double, double>, 6> rim{{{0.0, 0.16}, {kDigits[0].along, 0.19}, {kDigits[1].along, 0.05},
                                                       {kDigits[2].along, -0.05}, {kDigits[3].along, -0.19}, {0.0, -0.16}}};
  std::vector<Point> corners;
  double palm_depth = 0;
  for (auto [u, v] : rim) {
    for (double w : {-kPalmHalfThickness, kPalmHalfThickness}) corners.push_back(page(h.at(u, v, w)));
    palm_depth += depth(h.at(u, v, 0)) / rim.size();
  }
  out.palm = convex_hull(corners);
  out.depth[static_cast<std::size_t>(HandPart::Forearm)] = 0;
  out.depth[static_cast<std::size_t>(HandPart::Palm)] = palm_depth;

  const auto thumb = thumb_bones(h, a.thumb);
  double thumb_depth = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    out.bones.push_back({i == 0 ? HandPart::Palm : HandPart::Thumb, page(thumb[i].first), page(thumb[i].second),
                         (i == 0 ? kThenarRadius : kThumbRadius) * kHand});
    if (i > 0) thumb_depth += depth((thumb[i].first + thumb[i].second) * 0.5) / 2;
  }
  out.thumb_tip = page(thumb[2].second);
  out.thumb_near_tip = page(thumb[2].first * 0.4 + thumb[2].second * 0.6);
  out.depth[static_cast<std::size_t>(HandPart::Thumb)] = thumb_depth;

  for (Digit digit : kAllDigits) {
    const auto i = static_cast<std::size_t>(digit);
    const auto part = static_cast<HandPart>(static_cast<int>(HandPart::Index) + static_cast<int>(i));
    const auto bones = finger_bones(h, digit, a.fingers[i], a.spread);
    double d = 0;
    for (const auto& [from, to] : bones) {
      out.bones.push_back({part, page(from), page(to), kDigits[i].radius * kHand});
      d += depth((from + to) * 0.5) / 3;
    }
    out.fingertips[i] = page(bones[2].second);
    // On the back of the finger, away from the palm.
    out.near_tips[i] = page(bones[2].first * 0.4 + bones[2].second * 0.6 - h.palm * (kDigits[i].radius * kHand));
    out.depth[static_cast<std::size_t>(part)] = d;
  }
  if (held) {
    const HeldShape shape = held_shape(h, *held);
    out.held_centre = page(shape.centre);
    out.held_radius = *held == Held::Handle ? kPlateRadius * kHand : shape.radius;
  }
  return out;
}

namespace {

std::optional<Held> held_in(const Spec& spec) {
  for (const PropSpec& p : spec.props) {
    if (p.prop == Prop::Dumbbell) return Held::Handle;
    if (p.prop == Prop::Ball) return Held::Ball;
  }
  return std::nullopt;
}

bool has(const Spec& spec, Prop prop) {
  return std::any_of(spec.props.begin(), spec.props.end(), [&](const PropSpec& p) { return p.prop == prop; });
}

HandAngles mix(const HandAngles& a, const HandAngles& b, double t) {
  auto m = [&](double x, double y) { return x + (y - x) * t; };
  HandAngles out;
  out.wrist = m(a.wrist, b.wrist);
  out.wrist_side = m(a.wrist_side, b.wrist_side);
  out.forearm = m(a.forearm, b.forearm);
  out.spread = m(a.spread, b.spread);
  for (std::size_t i = 0; i < 4; ++i) {
    out.fingers[i] = {m(a.fingers[i].knuckle, b.fingers[i].knuckle), m(a.fingers[i].middle, b.fingers[i].middle),
                      m(a.fingers[i].end, b.fingers[i].end)};
  }
  out.thumb = {m(a.thumb.side, b.thumb.side), m(a.thumb.out, b.thumb.out), m(a.thumb.knuckle, b.thumb.knuckle), m(a.thumb.tip, b.thumb.tip)};
  return out;
}

// The tips the arrow may follow: the four fingers' and the thumb's.
std::vector<Point> tips(const HandSkeleton& s) {
  std::vector<Point> out(s.fingertips.begin(), s.fingertips.end());
  out.push_back(s.thumb_tip);
  return out;
}

}  // namespace

HandScene hand_scene(const Spec& spec) {
  HandScene out;
  out.view = spec.view;
  out.held = held_in(spec);
  out.table = has(spec, Prop::Table);
  out.band = has(spec, Prop::Band);
  // A hand holding something grips it unless its pose says otherwise.
  const CloseUpShape start_shape = spec.start.shape.value_or(out.held ? CloseUpShape::Grip : CloseUpShape::Open);
  out.start.shape = start_shape;
  out.start.angles = resolve(spec.start, nullptr, start_shape, true, out.held);
  out.start.skeleton = hand_skeleton(out.start.angles, spec.view, out.held);
  if (!spec.end) return out;
  HandPose end;
  end.shape = spec.end->shape.value_or(start_shape);
  end.angles = resolve(*spec.end, &out.start.angles, end.shape, spec.end->shape.has_value(), out.held);
  end.skeleton = hand_skeleton(end.angles, spec.view, out.held);
  // The arrow follows the tip that moves the most, through the poses between.
  const std::vector<Point> from = tips(out.start.skeleton), to = tips(end.skeleton);
  std::size_t most = 0;
  double moved = 0;
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (distance(from[i], to[i]) > moved + 1e-9) {
      moved = distance(from[i], to[i]);
      most = i;
    }
  }
  if (moved > kTouch * kHand) {
    for (int k = 0; k <= 16; ++k) {
      out.motion.push_back(tips(hand_skeleton(mix(out.start.angles, end.angles, k / 16.0), spec.view, out.held))[most]);
    }
  }
  out.end = std::move(end);
  return out;
}

std::vector<std::string> problems(const HandScene& scene) {
  std::vector<std::string> out;
  auto check = [&](const HandPose& pose, std::string_view which) {
    const HandAngles& a = pose.angles;
    auto within = [&](Joint joint, double degrees, std::string_view what) {
      const Range r = range_of_motion(joint);
      if (!r.contains(degrees)) {
        out.push_back(fmt::format("{} pose: {}{} at {:g} degrees, beyond {:g} to {:g}", which, what, name(joint), degrees,
                                  r.least, r.most));
      }
    };
    within(Joint::Wrist, a.wrist, "");
    within(Joint::WristSide, a.wrist_side, "");
    within(Joint::Forearm, a.forearm, "");
    within(Joint::FingerSpread, a.spread, "");
    for (Digit digit : kAllDigits) {
      const FingerAngles& f = a.fingers[static_cast<std::size_t>(digit)];
      const std::string_view finger = std::array{"index finger's ", "middle finger's ", "ring finger's ", "little finger's "}
          [static_cast<std::size_t>(digit)];
      within(Joint::Knuckles, f.knuckle, finger);
      within(Joint::FingerJoints, f.middle, finger);
      within(Joint::Fingertips, f.end, finger);
    }
    within(Joint::ThumbSide, a.thumb.side, "");
    within(Joint::ThumbOut, a.thumb.out, "");
    within(Joint::ThumbKnuckle, a.thumb.knuckle, "");
    within(Joint::ThumbTip, a.thumb.tip, "");

    const HandSkeleton& s = pose.skeleton;
    const double tolerance = kTouch * kHand;
    if (pose.shape == CloseUpShape::Pinch) {
      const double apart = distance(s.thumb_tip, s.fingertips[0]);
      // Seen from any side, tips that touch are no farther apart than their radii.
      if (apart > (kThumbRadius + kDigits[0].radius) * kHand + tolerance) {
        out.push_back(fmt::format("{} pose: the thumb's tip does not reach the index finger's", which));
      }
    }
    if (scene.held && pose.shape == CloseUpShape::Grip) {
      const Frame h = hand_frame(a);
      const HeldShape held = held_shape(h, *scene.held);
      for (Digit digit : kAllDigits) {
        const auto i = static_cast<std::size_t>(digit);
        const double g = min_gap(held, finger_bones(h, digit, a.fingers[i], a.spread), kDigits[i].radius * kHand);
        if (g < -tolerance) out.push_back(fmt::format("{} pose: a finger passes into what the hand holds", which));
        if (g > tolerance) out.push_back(fmt::format("{} pose: a finger does not touch what the hand holds", which));
      }
    }
    if (scene.table && scene.view == View::Side && s.held_centre) {
      const Point c = *s.held_centre;
      const double inside_x = kTableEdge * kHand - (c.x - s.held_radius), inside_y = s.table_top - (c.y - s.held_radius);
      if (inside_x > tolerance && inside_y > tolerance) {
        out.push_back(fmt::format("{} pose: what the hand holds passes into the table", which));
      }
    }
    if (scene.table && scene.view == View::Side) {
      // The hand bends past the table's edge, never into its top.
      for (const Bone& b : s.bones) {
        if (b.part == HandPart::Forearm) continue;
        for (int k = 0; k <= 8; ++k) {
          const Point p = partway(b.from, b.to, k / 8.0);
          if (p.x < kTableEdge * kHand && p.y - b.radius < s.table_top - tolerance) {
            out.push_back(fmt::format("{} pose: the hand passes into the table", which));
            return;
          }
        }
      }
    }
  };
  check(scene.start, "start");
  if (scene.end) check(*scene.end, "end");
  return out;
}

double table_edge() { return kTableEdge * kHand; }
double hand_length() { return kHand; }

}  // namespace regimen::figure
