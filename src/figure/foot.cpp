#include "figure/foot.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "figure/body.h"
#include "figure/geometry.h"
#include "figure/vec3.h"

namespace regimen::figure {
namespace {

// The foot's length, in the close-up's units; every length below is a
// fraction of it.
const double kFoot = length(Segment::Foot) * kCloseUp;

struct ToeShape {
  double back;                  // the toe's knuckle, this far behind the ball of the foot
  double across;                // toward the inner side of the foot
  std::array<double, 2> bones;  // to its middle, to its tip
  double radius;
};
// From the big toe to the little one.
constexpr std::array<ToeShape, 5> kToes{{
    {0.00, 0.10, {0.16, 0.12}, 0.050},
    {0.01, 0.01, {0.11, 0.09}, 0.032},
    {0.04, -0.06, {0.10, 0.08}, 0.030},
    {0.08, -0.12, {0.09, 0.07}, 0.028},
    {0.13, -0.17, {0.07, 0.06}, 0.026},
}};
constexpr double kBall = 0.72;         // the ball of the foot, from the back of the heel
constexpr double kDomedBall = 0.69;    // drawn toward the heel as the arch domes
constexpr double kArch = 0.04, kDomedArch = 0.08;  // the arch's height on the inner side
constexpr double kLesserToes = 40;     // AAOS: the lesser toes bend and lift 40 degrees at the ball of the foot
constexpr double kHeel = 0.06;         // the heel's point on the floor, about which the forefoot lifts
constexpr double kAnkle = 0.26;        // the ankle, along the foot
constexpr double kShin = 0.11;         // the shin's half thickness above the ankle
constexpr double kShinShown = 0.4;     // how much of the shin the close-up shows
constexpr double kMarble = 0.053;      // a marble 1.6 cm across
constexpr double kTouch = 0.03;        // about 8 mm

// The foot's points (Vec, vec3.h): x forward, y up, z toward the foot's
// inner side (the viewer).

// A pose's points in the foot's own frame, before the forefoot lifts.
struct Shape3 {
  std::vector<Vec> profile;    // the side's outline, in order
  std::vector<Vec> footprint;  // the sole's corners
  std::array<std::array<Vec, 3>, 5> toes;  // knuckle, middle, tip
  Vec ankle;
  std::optional<Vec> marble;
};

Shape3 shape3(const FootAngles& a, bool marble) {
  Shape3 out;
  const double ball = a.dome ? kDomedBall : kBall;
  const double arch = a.dome ? kDomedArch : kArch;
  auto p = [](double u, double v, double w = 0) { return Vec{u * kFoot, v * kFoot, w * kFoot}; };
  out.profile = {p(kHeel, 0),          p(0.22, 0),           p(0.32, arch),        p(0.45, arch + 0.01),
                 p(0.58, arch * 0.6),  p(ball - 0.05, 0),    p(ball, 0.01),        p(ball + 0.01, 0.075),
                 p(0.5, 0.17),         p(0.36, 0.26),        p(0.16, 0.26),        p(0.02, 0.14),
                 p(0.0, 0.06)};
  out.footprint = {p(0.0, 0, 0),       p(0.05, 0, 0.11),    p(0.05, 0, -0.11),     p(0.3, 0, 0.1),
                   p(0.3, 0, -0.12),   p(0.55, 0, 0.12),    p(0.55, 0, -0.16),     p(ball, 0, 0.16),
                   p(ball - 0.08, 0, -0.19)};
  out.ankle = p(kAnkle, 0.21);
  const std::array<double, 5> fan{a.spread, 0, -a.spread / 3, -2 * a.spread / 3, -a.spread};
  for (std::size_t i = 0; i < 5; ++i) {
    const ToeShape& t = kToes[i];
    const double bend = i == 0 ? a.big_toe : std::clamp(a.toes, -kLesserToes, kLesserToes);
    const Vec flat{std::cos(radians(fan[i])), 0, std::sin(radians(fan[i]))};
    auto toward = [&](double degrees) { return flat * std::cos(radians(degrees)) + Vec{0, -1, 0} * std::sin(radians(degrees)); };
    const Vec knuckle = p(ball - t.back, t.radius, t.across);
    const Vec middle = knuckle + toward(bend) * (t.bones[0] * kFoot);
    const Vec tip = middle + toward(bend + a.toe_joints) * (t.bones[1] * kFoot);
    out.toes[i] = {knuckle, middle, tip};
  }
  if (marble) {
    // Under the big toe's last bone, touching it: the marble it holds.
    const auto& big = out.toes[0];
    const Vec along = big[2] - big[1];
    const double len = std::hypot(along.x, along.y);
    // The bone's underside, in the side's plane: its direction turned down.
    const Vec under = len == 0 ? Vec{0, -1, 0} : Vec{along.y / len, -along.x / len, 0};
    out.marble = (big[1] + big[2]) * 0.5 + under * ((kToes[0].radius + kMarble) * kFoot);
  }
  return out;
}

// The forefoot turned up about the heel's point on the floor.
Vec lifted(Vec v, double degrees) {
  const Vec pivot{kHeel * kFoot, 0, 0};
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  const Vec d = v - pivot;
  return pivot + Vec{d.x * c - d.y * s, d.x * s + d.y * c, d.z};
}

// The lowest point of the toes past their knuckles (which rest on the
// floor whatever the toes do).
double lowest_toe(const Shape3& f, double lift) {
  double low = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < 5; ++i) {
    for (std::size_t k = 1; k < 3; ++k) low = std::min(low, lifted(f.toes[i][k], lift).y - kToes[i].radius * kFoot);
  }
  return low;
}

// The lowest point of the foot, its toes and a marble, lifted so.
double lowest(const Shape3& f, double lift) {
  double low = lowest_toe(f, lift);
  for (std::size_t i = 0; i < 5; ++i) low = std::min(low, lifted(f.toes[i][0], lift).y - kToes[i].radius * kFoot);
  for (const Vec& v : f.profile) low = std::min(low, lifted(v, lift).y);
  if (f.marble) low = std::min(low, lifted(*f.marble, lift).y - kMarble * kFoot);
  return low;
}

// As little lift as keeps everything on or above the floor.
double lift_for(const Shape3& f) {
  if (lowest(f, 0) >= -1e-9) return 0;
  double low = 0, high = 60;
  for (int i = 0; i < 40; ++i) {
    const double mid = (low + high) / 2;
    (lowest(f, mid) < 0 ? low : high) = mid;
  }
  return high;
}

FootAngles shaped(FootAngles a, CloseUpShape shape) {
  switch (shape) {
    case CloseUpShape::Open: return {};
    case CloseUpShape::Spread: return {0, 0, 0, range_of_motion(Joint::ToeSpread).most, false};
    case CloseUpShape::Curl: return {0, 0, range_of_motion(Joint::ToeJoints).most, 0, false};  // the knuckles: rest_tips
    case CloseUpShape::Dome: return {0, 0, 0, 0, true};
    case CloseUpShape::Fist:
    case CloseUpShape::Hook:
    case CloseUpShape::Tabletop:
    case CloseUpShape::StraightFist:
    case CloseUpShape::Grip:
    case CloseUpShape::Pinch: return a;  // the hand's (hand.h); the checker refuses them for a foot
  }
  return a;
}

// Curled toes grip the floor: the model bends them at the ball of the foot
// just so far that their tips rest on it, the foot flat.
void rest_tips(FootAngles& a) {
  const Range range = range_of_motion(Joint::Toes);
  auto low = [&](double toes) {
    FootAngles b = a;
    b.toes = b.big_toe = toes;
    return lowest_toe(shape3(b, false), 0);
  };
  double up = -kLesserToes, down = range.most;
  if (low(up) < 0 || low(down) > 0) return;
  for (int i = 0; i < 40; ++i) {
    const double mid = (up + down) / 2;
    (low(mid) > 0 ? up : down) = mid;
  }
  a.toes = a.big_toe = up;
}

// How far ahead the toes reach: the big toe's, or the lesser toes'.
double reach(const Shape3& f, bool big) {
  double x = -std::numeric_limits<double>::infinity();
  for (std::size_t i = big ? 0 : 1; i < (big ? 1u : 5u); ++i) {
    for (const Vec& v : f.toes[i]) x = std::max(x, v.x + kToes[i].radius * kFoot);
  }
  return x;
}

// A wall ahead stands against the lesser toes lying on the floor; the big
// toe, lifted, rests its pad against it: the model lifts it just so far.
void lift_to_wall(FootAngles& a) {
  auto over = [&](double big) {
    FootAngles b = a;
    b.big_toe = big;
    const Shape3 f = shape3(b, false);
    return reach(f, true) - reach(f, false);
  };
  double up = range_of_motion(Joint::BigToe).least, flat = 0;
  if (over(flat) <= 0 || over(up) > 0) return;
  for (int i = 0; i < 40; ++i) {
    const double mid = (up + flat) / 2;
    (over(mid) > 0 ? flat : up) = mid;
  }
  a.big_toe = up;
}

FootAngles resolve(const PoseSpec& spec, const FootAngles* from, std::optional<CloseUpShape> shape, bool holds) {
  FootAngles a = from ? *from : FootAngles{};
  if (shape) a = shaped(a, *shape);
  // Holding a marble, the toes bend as far as they go, the forefoot lifting
  // it; otherwise they grip the floor.
  if (shape == CloseUpShape::Curl) {
    if (holds) {
      a.toes = a.big_toe = range_of_motion(Joint::Toes).most;
    } else {
      rest_tips(a);
    }
  }
  for (const JointChange& c : spec.changes) {
    if (c.joint == Joint::Toes) a.toes = a.big_toe = c.degrees;
    if (c.joint == Joint::BigToe) a.big_toe = c.degrees;
    if (c.joint == Joint::ToeJoints) a.toe_joints = c.degrees;
    if (c.joint == Joint::ToeSpread) a.spread = c.degrees;
  }
  return a;
}

FootPose posed(CloseUpShape shape, const FootAngles& a, View view, std::optional<UnderFoot> under) {
  FootPose out;
  out.shape = shape;
  out.angles = a;
  // A marble is held by curled toes; flat ones leave it on the floor ahead.
  const bool holds = under == UnderFoot::Marble && a.big_toe > 0;
  const Shape3 f = shape3(a, holds);
  out.lift = lift_for(f);
  auto page = [&](Vec v) {
    const Vec l = lifted(v, out.lift);
    return view == View::Above ? Point{l.x, l.z} : Point{l.x, l.y};
  };
  auto depth = [&](Vec v) { return view == View::Above ? lifted(v, out.lift).y : v.z; };
  FootSkeleton& s = out.skeleton;
  s.view = view;
  if (view == View::Above) {
    std::vector<Point> corners;
    for (const Vec& v : f.footprint) corners.push_back(page(v));
    s.outline = convex_hull(corners);
  } else {
    for (const Vec& v : f.profile) s.outline.push_back(page(v));
  }
  // The shin rises from the ankle; seen from above, it is end on.
  const Point ankle = page(f.ankle);
  s.bones.push_back({FootPart::Shin, ankle, view == View::Above ? ankle : Point{ankle.x, ankle.y + kShinShown * kFoot}, kShin * kFoot});
  s.depth[static_cast<std::size_t>(FootPart::Shin)] = view == View::Above ? 1 : 0;
  s.depth[static_cast<std::size_t>(FootPart::Foot)] = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    const auto part = static_cast<FootPart>(static_cast<int>(FootPart::BigToe) + static_cast<int>(i));
    const auto& t = f.toes[i];
    s.bones.push_back({part, page(t[0]), page(t[1]), kToes[i].radius * kFoot});
    s.bones.push_back({part, page(t[1]), page(t[2]), kToes[i].radius * kFoot});
    s.toe_tips[i] = page(t[2]);
    s.depth[static_cast<std::size_t>(part)] = depth((t[0] + t[2]) * 0.5);
  }
  s.lowest = lowest(f, out.lift);
  if (f.marble) out.marble = page(*f.marble);
  return out;
}

}  // namespace

double foot_length() { return kFoot; }

double wall_at(const FootSkeleton& skeleton) {
  double x = -std::numeric_limits<double>::infinity();
  for (const FootBone& b : skeleton.bones) {
    if (b.part != FootPart::Shin) x = std::max({x, b.from.x + b.radius, b.to.x + b.radius});
  }
  return x;
}
double marble_radius() { return kMarble * kFoot; }

FootScene foot_scene(const Spec& spec) {
  FootScene out;
  out.view = spec.view;
  for (const PropSpec& p : spec.props) {
    if (p.prop == Prop::Ball) out.under = UnderFoot::Marble;
    if (p.prop == Prop::Towel) out.under = UnderFoot::Towel;
    if (p.prop == Prop::Wall) out.wall = true;
  }
  const CloseUpShape start_shape = spec.start.shape.value_or(CloseUpShape::Open);
  const bool marble = out.under == UnderFoot::Marble;
  FootAngles start = resolve(spec.start, nullptr, start_shape, marble);
  const bool big_toe_set = std::any_of(spec.start.changes.begin(), spec.start.changes.end(), [](const JointChange& c) {
    return c.joint == Joint::BigToe || c.joint == Joint::Toes;
  });
  if (out.wall && !big_toe_set) lift_to_wall(start);
  out.start = posed(start_shape, start, spec.view, out.under);
  if (!spec.end) return out;
  const CloseUpShape end_shape = spec.end->shape.value_or(start_shape);
  const FootAngles end = resolve(*spec.end, &start, spec.end->shape, marble);
  out.end = posed(end_shape, end, spec.view, out.under);
  // The arrow follows the toe tip that moves the most, through the poses between.
  std::size_t most = 0;
  double moved = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    const double d = distance(out.start.skeleton.toe_tips[i], out.end->skeleton.toe_tips[i]);
    if (d > moved + 1e-9) {
      moved = d;
      most = i;
    }
  }
  if (moved > kTouch * kFoot) {
    for (int k = 0; k <= 16; ++k) {
      const double t = k / 16.0;
      FootAngles between = start;
      between.toes += (end.toes - start.toes) * t;
      between.big_toe += (end.big_toe - start.big_toe) * t;
      between.toe_joints += (end.toe_joints - start.toe_joints) * t;
      between.spread += (end.spread - start.spread) * t;
      between.dome = t < 0.5 ? start.dome : end.dome;
      out.motion.push_back(posed(end_shape, between, spec.view, out.under).skeleton.toe_tips[most]);
    }
  }
  return out;
}

std::vector<std::string> problems(const FootScene& scene) {
  std::vector<std::string> out;
  auto check = [&](const FootPose& pose, std::string_view which) {
    auto within = [&](Joint joint, double degrees) {
      const Range r = range_of_motion(joint);
      if (!r.contains(degrees)) {
        out.push_back(fmt::format("{} pose: {} at {:g} degrees, beyond {:g} to {:g}", which, name(joint), degrees, r.least, r.most));
      }
    };
    within(Joint::Toes, pose.angles.toes);
    within(Joint::BigToe, pose.angles.big_toe);
    within(Joint::ToeJoints, pose.angles.toe_joints);
    within(Joint::ToeSpread, pose.angles.spread);
    // The foot rests on the floor: its lowest point on it, nothing below.
    if (std::abs(pose.skeleton.lowest) > 1e-6) {
      out.push_back(fmt::format("{} pose: the foot is {:.1f} cm {} the floor", which,
                                std::abs(pose.skeleton.lowest) / kCloseUp * 175, pose.skeleton.lowest < 0 ? "below" : "above"));
    }
    if (pose.marble) {
      const FootSkeleton& s = pose.skeleton;
      const FootBone& tip = s.bones[2];  // the big toe's last bone
      const double gap = distance_to_segment(*pose.marble, tip.from, tip.to) - tip.radius - kMarble * kFoot;
      if (scene.view == View::Side && std::abs(gap) > kTouch * kFoot) {
        out.push_back(fmt::format("{} pose: the toes do not hold the marble", which));
      }
    }
  };
  check(scene.start, "start");
  if (scene.end) check(*scene.end, "end");
  return out;
}

}  // namespace regimen::figure
