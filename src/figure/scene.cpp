#include "figure/scene.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "figure/geometry.h"

namespace regimen::figure {
namespace {

constexpr double kTolerance = 0.006;  // statures: about a centimetre
constexpr double kBedHeight = 0.30;
constexpr double kStepHeight = 0.10;     // 17 cm, a stair's rise
constexpr double kMinStepHeight = 0.05;
constexpr double kMaxStepHeight = 0.16;
constexpr double kRollerRadius = 0.043;  // a 15 cm roller
constexpr double kTowelRadius = 0.024;  // a hand towel rolled up, 8 cm across
constexpr double kTennisBallRadius = 0.02;  // 6.7 cm across
constexpr double kSwissBallRadius = 0.19;   // 65 cm across
constexpr double kPillowRadius = 0.07;      // a pillow folded in two, about 24 cm across
constexpr double kPillowAt = 0.85;          // along the thigh: just above the knee
constexpr double kFlatPillowThickness = 0.06;  // a pillow lain under the hips, about 10 cm thick

const PropSpec* find(const Spec& spec, Prop prop) {
  const auto it = std::find_if(spec.props.begin(), spec.props.end(), [&](const PropSpec& p) { return p.prop == prop; });
  return it == spec.props.end() ? nullptr : &*it;
}

bool has(const Spec& spec, Prop prop) { return find(spec, prop) != nullptr; }

// The height of a step under one foot: as high as the start lifts that
// foot above the other (a foot up on a stair), or a usual step's when it
// does not (standing on the step, the other foot hanging beside it).
double block_height(const Pose& start, Side side) {
  const Skeleton s = skeleton(start);
  double on = std::numeric_limits<double>::infinity(), off = on;
  for (const auto& p : surface(s)) {
    if (p.segment != Segment::Foot) continue;
    double& low = p.side == side ? on : off;
    low = std::min(low, p.at.y);
  }
  const double lift = on - off;
  return lift > kMinStepHeight ? std::min(lift, kMaxStepHeight) : kStepHeight;
}

// The prop as a cushion under the body, when it lies under it: where its
// placement says, or, unplaced, a roller under the upper back and a towel
// under the neck of a body lying on its back.
std::optional<Cushion> cushion(const PropSpec& p, Position position, View view) {
  double thickness = 0;
  switch (p.prop) {
    case Prop::FoamRoller: thickness = 2 * kRollerRadius; break;
    case Prop::Towel: thickness = 2 * kTowelRadius; break;
    case Prop::Ball: thickness = 2 * kTennisBallRadius; break;
    case Prop::SwissBall: thickness = 2 * kSwissBallRadius; break;
    case Prop::Pillow:
      if (p.placement != Placement::UnderHips) return std::nullopt;  // between or under the knees: not lain on
      thickness = kFlatPillowThickness;
      break;
    case Prop::Wall:
    case Prop::Chair:
    case Prop::Step:
    case Prop::Bed:
    case Prop::Table:
    case Prop::Band:
    case Prop::Doorway:
    case Prop::Dumbbell:
    case Prop::Stick: return std::nullopt;
  }
  if (!drawn_in(p.prop, p.placement, position, view)) return std::nullopt;
  switch (p.placement) {
    case Placement::UnderNeck: return Cushion{p.prop, Segment::Neck, 0.5, thickness};
    case Placement::UnderBack: return Cushion{p.prop, Segment::Chest, 0.75, thickness};
    // Just above the knee joint, under the back of the knee.
    case Placement::UnderKnee: return Cushion{p.prop, Segment::Thigh, 0.88, thickness};
    // Under the lower end of the shin, where the heel rests.
    case Placement::UnderHeel: return Cushion{p.prop, Segment::Shank, 1.0, thickness};
    // Under the hip joints, just below the centre of mass: the body lies on
    // it and on its chest, the legs free to reach down past it.
    case Placement::UnderHips: return Cushion{p.prop, Segment::Pelvis, 0.0, thickness};
    case Placement::Default:
      if (p.prop == Prop::FoamRoller && lying(position)) return Cushion{p.prop, Segment::Chest, 0.75, thickness};
      if (p.prop == Prop::Towel && position == Position::Supine) return Cushion{p.prop, Segment::Neck, 0.5, thickness};
      if (p.prop == Prop::SwissBall) return Cushion{p.prop, Segment::Pelvis, 0.5, thickness, true};
      return std::nullopt;
    case Placement::Behind:
    case Placement::Ahead:
    case Placement::Near:
    case Placement::Far:
    case Placement::NearToes:
    case Placement::FarToes:
    case Placement::RoundFoot:
    case Placement::RoundKnees:
    case Placement::FromFoot:
    case Placement::BetweenKnees:
    case Placement::RoundFingers: return std::nullopt;
  }
  return std::nullopt;
}

Ground ground_for(const Spec& spec, Position position, const Pose& start) {
  Ground ground;
  // Seen from above the bed is under the page: the body lies at its height.
  if (has(spec, Prop::Bed) && position != Position::Standing && spec.view != View::Above) ground.height = kBedHeight;
  ground.arm_off_edge = has(spec, Prop::Bed) && lying(position) && spec.view == View::Side;
  if (position == Position::Standing) {
    if (const PropSpec* step = find(spec, Prop::Step)) {
      switch (step->placement) {
        case Placement::Near: ground.block = Block{Side::Near, Footing::Whole, block_height(start, Side::Near)}; break;
        case Placement::Far: ground.block = Block{Side::Far, Footing::Whole, block_height(start, Side::Far)}; break;
        case Placement::NearToes: ground.block = Block{Side::Near, Footing::Ball, kStepHeight}; break;
        case Placement::FarToes: ground.block = Block{Side::Far, Footing::Ball, kStepHeight}; break;
        case Placement::Default:
        case Placement::Behind:
        case Placement::Ahead:
        case Placement::UnderNeck:
        case Placement::UnderBack:
        case Placement::UnderKnee:
        case Placement::UnderHeel:
        case Placement::RoundFoot:
        case Placement::RoundKnees:
        case Placement::FromFoot:
        case Placement::BetweenKnees:
        case Placement::RoundFingers:
        case Placement::UnderHips: ground.height = kStepHeight; break;
      }
    }
  }
  // A strap round the knees to a post ahead holds a body sitting back into it.
  const PropSpec* band = find(spec, Prop::Band);
  ground.steadied = has(spec, Prop::Wall) || has(spec, Prop::Table) || has(spec, Prop::Doorway) ||
                    (has(spec, Prop::Chair) && position == Position::Standing) ||
                    (band && band->placement == Placement::RoundKnees);
  for (const PropSpec& p : spec.props) {
    if (auto c = cushion(p, position, spec.view)) ground.cushions.push_back(*c);
  }
  return ground;
}

struct Extent {
  double left = std::numeric_limits<double>::infinity();
  double right = -std::numeric_limits<double>::infinity();
  double top = -std::numeric_limits<double>::infinity();
  void add(Point p) {
    left = std::min(left, p.x);
    right = std::max(right, p.x);
    top = std::max(top, p.y);
  }
};

Extent extent(const Scene& scene) {
  Extent e;
  for (const auto& p : surface(scene.start.skeleton)) e.add(p.at);
  if (scene.end) {
    for (const auto& p : surface(scene.end->skeleton)) e.add(p.at);
  }
  return e;
}

// The lowest point of the supporting hand's surface in either pose, where
// it rests on a support (rising on the toes lifts it off a little): the
// hand that stays still while the other moves (the good arm on a table
// while the other swings); when both move or neither does, the near hand
// from the side, the far one from the front (the near side is the one that
// moves).
Point hand_rest(const Scene& scene) {
  const Skeleton& s = scene.end ? scene.end->skeleton : scene.start.skeleton;
  Side holding = !across(s.view) ? Side::Near : Side::Far;
  if (scene.end) {
    auto travel = [&](Side side) {
      return distance(scene.start.skeleton.to(Segment::Hand, side), s.to(Segment::Hand, side));
    };
    const double near = travel(Side::Near), far = travel(Side::Far);
    if (near > 0.05 && far < 0.01) holding = Side::Far;
    if (far > 0.05 && near < 0.01) holding = Side::Near;
  }
  Point best{0, std::numeric_limits<double>::infinity()};
  for (const Skeleton* pose : {&scene.start.skeleton, &s}) {
    for (const auto& p : surface(*pose)) {
      if (p.segment == Segment::Hand && p.side == holding && p.at.y < best.y) best = p.at;
    }
  }
  return best;
}

// A step under the feet, or under the one foot on it in both poses (the
// other steps up beside it, or down past it): from the heel to past the
// toes, or, for the ball of the foot, from the ball forward, the heel off
// its edge.
Box step_box(const Scene& scene) {
  const Ground& ground = scene.ground;
  const bool one_foot = ground.block.has_value();
  const double height = one_foot ? ground.block->height : ground.height;
  double left = std::numeric_limits<double>::infinity();
  double right = -left;
  for (const Placed* placed : {&scene.start, scene.end ? &*scene.end : nullptr}) {
    if (!placed) continue;
    const std::vector<SurfacePoint> points = resting_surface(placed->skeleton, ground);
    for (const auto& p : points) {
      if (p.segment != Segment::Foot || (one_foot && p.side != ground.block->side)) continue;
      // On the ball: only what reaches the step, copied down onto the floor.
      if (one_foot && ground.block->footing == Footing::Ball && p.at.y > kTolerance) continue;
      left = std::min(left, p.at.x);
      right = std::max(right, p.at.x);
    }
  }
  if (one_foot && ground.block->footing == Footing::Ball && !across(scene.view)) return Box{{left, 0}, {left + 0.17, height}};
  const double margin = across(scene.view) ? 0.03 : 0.08;
  Box box{{left - 0.03, 0}, {right + margin, height}};
  if (!one_foot) return box;
  // The other foot, on the floor beside the step or stepping down past
  // it, stands clear of it.
  const double centre = (left + right) / 2;
  for (const Placed* placed : {&scene.start, scene.end ? &*scene.end : nullptr}) {
    if (!placed) continue;
    for (const auto& p : surface(placed->skeleton)) {
      if (p.segment != Segment::Foot || p.side == ground.block->side || p.at.y > height - kTolerance) continue;
      if (p.at.x < centre) box.low.x = std::max(box.low.x, p.at.x + 0.005);
      if (p.at.x > centre) box.high.x = std::min(box.high.x, p.at.x - 0.005);
    }
  }
  // Never out from under the foot on it: a foot that crosses the step
  // below its top is a fault problems() reports, not a reason to hide it.
  box.low.x = std::min(box.low.x, left - 0.005);
  box.high.x = std::max(box.high.x, right + 0.005);
  return box;
}

PlacedProp place_prop(const PropSpec& spec, const Scene& scene) {
  const Placed& shown = scene.end ? *scene.end : scene.start;
  const Skeleton& s = shown.skeleton;
  const Extent e = extent(scene);
  PlacedProp out{spec.prop, {}, false};
  switch (spec.prop) {
    case Prop::Wall: {
      const bool ahead = spec.placement == Placement::Ahead;
      out.shapes.push_back(Post{{ahead ? e.right : e.left, 0}, std::max(1.05, e.top + 0.08)});
      out.solid = true;
      break;
    }
    case Prop::Doorway: {
      if (spec.placement == Placement::Behind) {
        // The side of the frame the near forearm rests on, the body leaning
        // forward through the doorway past it: just ahead of the forearm.
        double front = -std::numeric_limits<double>::infinity();
        for (const auto& p : surface(s)) {
          if (p.side == Side::Near && p.segment == Segment::Forearm) front = std::max(front, p.at.x);
        }
        out.shapes.push_back(Post{{front, 0}, 1.15});
        break;
      }
      if (across(scene.view)) {
        // Seen from the front or behind, the edge of the frame the near hand
        // presses on: on its inner side when the arm turns in against it, on
        // its outer side when it turns out.
        const bool inward = shown.pose.angle(Joint::ShoulderTurn, Side::Near) < 0;
        const Point hand = s.to(Segment::Hand, Side::Near);
        const double middle = s.from(Segment::Pelvis).x;
        const double toward_middle = middle > hand.x ? 1 : -1;
        const double x = hand.x + (inward ? toward_middle : -toward_middle) * (half_width(Segment::Hand, scene.view) + 0.011);
        out.shapes.push_back(Post{{x, 0}, 1.15});
        // Pressed in on, the frame is in front of the trunk, so the trunk
        // stands behind it, not in it.
        out.under_near_arm = inward;
        out.solid = !inward;
        break;
      }
      out.shapes.push_back(Post{{e.right, 0}, 1.15});
      out.solid = true;
      break;
    }
    case Prop::Chair: {
      if (scene.position == Position::Seated) {
        const double top = scene.ground.height + seat_top(scene.view);
        const double back = s.from(Segment::Pelvis).x - 0.12;
        const double front = s.from(Segment::Pelvis).x + 0.12;
        out.shapes.push_back(Box{{back, top - 0.025}, {front, top}});
        // From the front the chair's back is hidden behind the body.
        out.shapes.push_back(Post{{back, 0}, !across(scene.view) ? top + 0.28 : top});
        out.shapes.push_back(Post{{front, 0}, top});
        out.solid = true;
      } else {
        // A chair in front, its back under the near hand.
        const Point hand = hand_rest(scene);
        const double top = hand.y;
        const double seat = seat_height();
        out.shapes.push_back(Post{{hand.x, 0}, top});
        out.shapes.push_back(Box{{hand.x, seat - 0.025}, {hand.x + 0.24, seat}});
        out.shapes.push_back(Post{{hand.x + 0.24, 0}, seat});
      }
      break;
    }
    case Prop::Table: {
      const Point hand = hand_rest(scene);
      // The top reaches away from the body: ahead from the side, out past
      // the holding hand from the front or behind.
      const bool leftward = scene.view == View::Back;
      const double left = leftward ? hand.x - 0.35 : across(scene.view) ? hand.x - 0.01 : hand.x - 0.04;
      out.shapes.push_back(Box{{left, hand.y - 0.025}, {left + 0.36, hand.y}});
      out.shapes.push_back(Post{{left + 0.02, 0}, hand.y - 0.025});
      out.shapes.push_back(Post{{left + 0.34, 0}, hand.y - 0.025});
      out.solid = true;
      break;
    }
    case Prop::Step: {
      out.shapes.push_back(step_box(scene));
      out.solid = true;
      break;
    }
    case Prop::Bed: {
      if (scene.ground.height > 0) {
        out.shapes.push_back(Box{{e.left - 0.04, scene.ground.height - 0.05}, {e.right + 0.04, scene.ground.height}});
        out.shapes.push_back(Post{{e.left - 0.01, 0}, scene.ground.height - 0.05});
        out.shapes.push_back(Post{{e.right + 0.01, 0}, scene.ground.height - 0.05});
        out.solid = true;
      }
      break;
    }
    case Prop::Band: {
      auto on = [&](Segment segment, Side side, double at) { return partway(s.from(segment, side), s.to(segment, side), at); };
      // A strap from `from` to a post ahead of the figure, at `height`.
      auto to_post = [&](Point from, double height) {
        const Point anchor{e.right + 0.25, height};
        out.shapes.push_back(Strap{from, anchor});
        out.shapes.push_back(Post{{anchor.x + 0.01, 0}, std::max(anchor.y + 0.1, 0.6)});
      };
      switch (spec.placement) {
        case Placement::RoundFoot:
          // Looped round the ball of the near foot, its ends in the hands.
          out.shapes.push_back(Strap{s.to(Segment::Hand), on(Segment::Foot, Side::Near, 0.8)});
          break;
        case Placement::RoundKnees:
          if (across(s.view)) {
            // A loop round both legs just above the knees.
            out.shapes.push_back(Strap{on(Segment::Thigh, Side::Near, 0.85), on(Segment::Thigh, Side::Far, 0.85)});
          } else {
            // Behind the knees, to a post ahead.
            const Point knee = on(Segment::Thigh, Side::Near, 0.9);
            to_post(knee, knee.y);
          }
          break;
        case Placement::FromFoot: {
          // Over the top of the near foot, to a table leg ahead at floor
          // level: the band pulls the foot down, the ankle bends up against it.
          const Point top = along(on(Segment::Foot, Side::Near, 0.55), s.towards(Segment::Foot, Side::Near) - 90,
                                  half_width(Segment::Foot, s.view));
          to_post(top, 0.03);
          break;
        }
        case Placement::Default:
        case Placement::Behind:
        case Placement::Ahead:
        case Placement::Near:
        case Placement::Far:
        case Placement::NearToes:
        case Placement::FarToes:
        case Placement::UnderNeck:
        case Placement::UnderBack:
        case Placement::UnderKnee:
        case Placement::UnderHeel:
        case Placement::BetweenKnees:
        case Placement::UnderHips:
        case Placement::RoundFingers:  // the close-up's (hand.h); refused for a whole body
          // From the near hand to an anchor ahead, at the start's hand height.
          to_post(s.to(Segment::Hand), scene.start.skeleton.to(Segment::Hand).y);
          break;
      }
      break;
    }
    case Prop::Ball:
    case Prop::FoamRoller:
    case Prop::Towel:
    case Prop::SwissBall: {
      const auto& cushions = scene.ground.cushions;
      const auto under = std::find_if(cushions.begin(), cushions.end(), [&](const Cushion& c) { return c.prop == spec.prop; });
      if (under != cushions.end()) {
        out.shapes.push_back(Roll{cushion_centre(s, *under), under->thickness / 2});
        out.solid = true;
        out.under_near_limb = of_limb(under->segment);
      } else if (spec.prop == Prop::SwissBall) {
        // Not under the body (the check refuses it there): nothing to draw.
      } else if (spec.prop == Prop::Ball) {
        const double r = 0.06;
        out.shapes.push_back(Roll{along(s.to(Segment::Hand), s.towards(Segment::Hand), r * 0.6), r});
      } else {
        // A towel held: from the near hand down to the far one, or hanging.
        const Point near = s.to(Segment::Hand, Side::Near);
        const Point far = s.to(Segment::Hand, Side::Far);
        out.shapes.push_back(Strap{near, distance(near, far) > 0.05 ? far : Point{near.x, near.y - 0.2}});
      }
      break;
    }
    case Prop::Pillow: {
      if (spec.placement == Placement::UnderHips) {
        const auto& cushions = scene.ground.cushions;
        const auto under = std::find_if(cushions.begin(), cushions.end(), [](const Cushion& c) { return c.prop == Prop::Pillow; });
        if (under != cushions.end()) {
          out.shapes.push_back(Roll{cushion_centre(s, *under), under->thickness / 2});
          out.solid = true;
        }
        break;
      }
      if (spec.placement == Placement::UnderKnee) {
        // Under the top knee of a body lying on its side, in front of it,
        // on the floor: as high as holds the knee where the pose puts it.
        const Point knee = s.to(Segment::Thigh, Side::Near);
        const double floor = scene.ground.height;
        const double r = std::max(0.02, (knee.y - half_width(Segment::Thigh, scene.view) - floor) / 2);
        out.shapes.push_back(Roll{{knee.x, floor + r}, r});
        break;
      }
      // Between the knees, just above them, behind the legs: the legs
      // squeeze it, so it is soft, and the body may press into it.
      const Point near = partway(s.from(Segment::Thigh, Side::Near), s.to(Segment::Thigh, Side::Near), kPillowAt);
      const Point far = partway(s.from(Segment::Thigh, Side::Far), s.to(Segment::Thigh, Side::Far), kPillowAt);
      out.shapes.push_back(Roll{partway(near, far, 0.5), kPillowRadius});
      break;
    }
    case Prop::Stick: {
      // Across both hands and a little beyond; seen end on, from the side
      // with the hands level, its end in the near hand.
      const Point near = s.to(Segment::Hand, Side::Near);
      const Point far = s.to(Segment::Hand, Side::Far);
      const double apart = distance(near, far);
      if (apart < 0.05) {
        out.shapes.push_back(Roll{near, 0.02});
      } else {
        const double ux = (near.x - far.x) / apart, uy = (near.y - far.y) / apart;
        out.shapes.push_back(Strap{{far.x - ux * 0.06, far.y - uy * 0.06}, {near.x + ux * 0.06, near.y + uy * 0.06}});
      }
      break;
    }
    case Prop::Dumbbell: {
      for (Side side : kBothSides) {
        if ((spec.placement == Placement::Near && side == Side::Far) ||
            (spec.placement == Placement::Far && side == Side::Near)) {
          continue;
        }
        out.shapes.push_back(Weight{s.to(Segment::Forearm, side), s.towards(Segment::Hand, side)});
      }
      break;
    }
  }
  return out;
}

// A copy of `path` moved `gap` to its side, away from `centre` (toward it
// for a negative gap).
std::vector<Point> beside(const std::vector<Point>& path, Point centre, double gap) {
  std::vector<Point> shifted;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const Point prev = path[i == 0 ? 0 : i - 1];
    const Point next = path[i + 1 < path.size() ? i + 1 : i];
    double nx = -(next.y - prev.y);
    double ny = next.x - prev.x;
    const double len = std::hypot(nx, ny);
    if (len == 0) {
      shifted.push_back(path[i]);
      continue;
    }
    nx /= len;
    ny /= len;
    if ((path[i].x - centre.x) * nx + (path[i].y - centre.y) * ny < 0) {
      nx = -nx;
      ny = -ny;
    }
    shifted.push_back({path[i].x + nx * gap, path[i].y + ny * gap});
  }
  return shifted;
}

// The lowest the path of a moving part's end may go: the surface the body
// rests on, or the floor for an arm hanging off a bed's edge.
double lowest_for(const Ground& ground, View view, Segment segment, Side side) {
  // From above, the floor is behind the page: nothing on it is below it.
  if (view == View::Above) return -std::numeric_limits<double>::infinity();
  return ground.arm_off_edge && side == Side::Near && of_arm(segment) ? 0 : ground.height;
}

std::optional<Motion> motion(const Scene& scene) {
  if (!scene.end) return std::nullopt;
  const Skeleton& a = scene.start.skeleton;
  const Skeleton& b = scene.end->skeleton;
  // The point that moves the most: a segment's far end, or the head.
  double most = 0;
  Segment which = Segment::Head;
  Side side = Side::Near;
  for (Side sd : kBothSides) {
    for (std::size_t i = 0; i < kSegments; ++i) {
      const auto seg = static_cast<Segment>(i);
      if (!of_limb(seg) && sd == Side::Far) continue;
      const double d = distance(a.to(seg, sd), b.to(seg, sd));
      // Prefer the near side on a tie: it is drawn in front.
      if (d > most + 1e-6) {
        most = d;
        which = seg;
        side = sd;
      }
    }
  }
  if (most < 0.04) return std::nullopt;
  Motion m;
  m.segment = which;
  m.side = side;
  const int steps = 12;
  for (int k = 0; k <= steps; ++k) {
    const double t = static_cast<double>(k) / steps;
    Pose p = scene.start.pose;
    for (std::size_t s = 0; s < 2; ++s) {
      for (std::size_t j = 0; j < kJoints; ++j) {
        p.joints[s][j] = scene.start.pose.joints[s][j] * (1 - t) + scene.end->pose.joints[s][j] * t;
      }
    }
    p.pelvis = scene.start.pose.pelvis * (1 - t) + scene.end->pose.pelvis * t;
    p.lean = scene.start.pose.lean * (1 - t) + scene.end->pose.lean * t;
    p.hip = {scene.start.pose.hip.x * (1 - t) + scene.end->pose.hip.x * t,
             scene.start.pose.hip.y * (1 - t) + scene.end->pose.hip.y * t};
    m.path.push_back(skeleton(p).to(which, side));
  }
  // The poses between are not put on the support: when their path dips
  // below the ground, a plain arc from the start to the end, bowed up,
  // says the same movement.
  const double ground = lowest_for(scene.ground, scene.view, which, side);
  if (std::any_of(m.path.begin(), m.path.end(), [&](Point q) { return q.y < ground - 0.01; })) {
    const Point from = m.path.front(), to = m.path.back();
    double ux = -(to.y - from.y), uy = to.x - from.x;
    if (uy < 0) {
      ux = -ux;
      uy = -uy;
    }
    const Point bow{(from.x + to.x) / 2 + ux * 0.3, (from.y + to.y) / 2 + uy * 0.3};
    for (int k = 0; k <= steps; ++k) {
      const double t = static_cast<double>(k) / steps;
      m.path[static_cast<std::size_t>(k)] = {(1 - t) * (1 - t) * from.x + 2 * (1 - t) * t * bow.x + t * t * to.x,
                                             (1 - t) * (1 - t) * from.y + 2 * (1 - t) * t * bow.y + t * t * to.y};
    }
  }
  // Beside the moving part, not on it: away from the body's centre, unless
  // that side runs into the ground.
  const Point com = centre_of_mass(b);
  std::vector<Point> outward = beside(m.path, com, 0.06);
  if (std::any_of(outward.begin(), outward.end(), [&](Point q) { return q.y < ground + 0.005; })) {
    std::vector<Point> inward = beside(m.path, com, -0.06);
    if (std::none_of(inward.begin(), inward.end(), [&](Point q) { return q.y < ground + 0.005; })) outward = inward;
  }
  // A part sliding along the floor: its arrow runs just above it.
  for (Point& q : outward) q.y = std::max(q.y, ground + 0.005);
  m.path = std::move(outward);
  return m;
}


// The turns the view cannot show: from the start to the end, or, in a
// held position, from the position's own pose to the one held (the way to
// turn into a held stretch or to push in a held isometric).
std::vector<Turn> turns(const Scene& scene) {
  std::vector<Turn> out;
  const Pose base = position_info(scene.position, scene.view).base;
  const Pose& from = scene.end ? scene.start.pose : base;
  const Placed& to = scene.end ? *scene.end : scene.start;
  const double least = scene.end ? 1 : 10;  // a held pose's small turn is its posture, not a movement
  for (Joint joint : kAllJoints) {
    if (in_plane(joint, scene.view)) continue;
    for (Side side : kBothSides) {
      if (!of_limb(joint) && side == Side::Far) continue;
      const double before = from.angle(joint, side);
      const double after = to.pose.angle(joint, side);
      if (std::abs(after - before) < least) continue;
      const Skeleton& s = to.skeleton;
      const Segment seg = moved(joint);
      const Point c = seg == Segment::Head ? partway(s.from(seg), s.to(seg), 0.5) : partway(s.from(seg, side), s.to(seg, side), 0.5);
      out.push_back({joint, side, c, std::max(2.4 * half_width(seg, s.view), 0.05), after > before});
    }
  }
  // Both limbs turning alike: one arrow, on the near limb.
  std::vector<Turn> kept;
  for (const Turn& t : out) {
    const bool twin = t.side == Side::Far && std::any_of(out.begin(), out.end(), [&](const Turn& o) {
      return o.joint == t.joint && o.side == Side::Near && o.positive == t.positive;
    });
    if (!twin) kept.push_back(t);
  }
  return kept;
}

}  // namespace

Pose pose_of(const PoseSpec& spec, View view, const Pose* from) {
  Pose pose = spec.position ? position_info(*spec.position, view).base : from ? *from : Pose{};
  pose.hip = {};
  for (const JointChange& change : spec.changes) {
    switch (change.limbs) {
      case Limbs::Both: pose.set(change.joint, change.degrees); break;
      case Limbs::Near: pose.set(change.joint, Side::Near, change.degrees); break;
      case Limbs::Far: pose.set(change.joint, Side::Far, change.degrees); break;
    }
  }
  if (spec.stance) pose.stance = *spec.stance;
  if (!spec.position && from) {
    pose.pelvis = from->pelvis;
    pose.lean = from->lean;
  }
  return pose;
}

namespace {

// How far above the floor a hand hanging off a bed's edge stays: the
// weight in it clears the floor too.
constexpr double kHandClearance = 0.04;

// The lowest point of the near arm, which may hang off a bed's edge.
double lowest_hanging_arm(const Placed& placed) {
  double y = std::numeric_limits<double>::infinity();
  for (const auto& p : surface(placed.skeleton)) {
    if (p.side == Side::Near && of_arm(p.segment)) y = std::min(y, p.at.y);
  }
  return y;
}

// How far the bottom of a cushion under the near leg is above the ground
// when the rest of `pose` lies as it would without the cushion, the near
// leg holding nothing up: measured so, the gap grows as the near hip bends
// and lifts the knee, whatever the near foot does (resting the body on
// that foot instead would tilt it).
double cushion_gap(const Pose& pose, Support support, const Ground& ground, const Cushion& cushion) {
  Ground bare = ground;
  bare.cushions.clear();
  bare.near_leg_free = true;
  const Placed placed = place(pose, support, bare);
  return cushion_bottom(placed.skeleton, cushion).y - ground.height;
}

// A leg lying on a roll under its knee or heel: unless the pose sets the
// near hip, the model bends it just so far that the roll rests on the bed
// as the rest of the body does, as a leg laid on a roll lies.
void lay_on_cushion(Pose& pose, const PoseSpec& written, Support support, const Ground& ground) {
  const auto cushion = std::find_if(ground.cushions.begin(), ground.cushions.end(), [](const Cushion& c) {
    return c.segment == Segment::Thigh || c.segment == Segment::Shank;
  });
  if (cushion == ground.cushions.end()) return;
  if (std::any_of(written.changes.begin(), written.changes.end(),
                  [](const JointChange& c) { return c.joint == Joint::Hip && c.limbs != Limbs::Far; })) {
    return;
  }
  const Range range = range_of_motion(Joint::Hip);
  double low = 0, high = range.most;
  auto gap_at = [&](double hip) {
    Pose p = pose;
    p.set(Joint::Hip, Side::Near, hip);
    return cushion_gap(p, support, ground, *cushion);
  };
  // The gap grows as the hip bends and the leg lifts; halve the interval
  // where it changes sign.
  if (gap_at(low) > 0 || gap_at(high) < 0) return;
  for (int i = 0; i < 24; ++i) {
    const double mid = (low + high) / 2;
    (gap_at(mid) < 0 ? low : high) = mid;
  }
  pose.set(Joint::Hip, Side::Near, high);
}

// A body lying on a pillow under its hips drapes over it: the trunk rests
// on the pillow and the chest, and unless the pose sets a hip the model
// bends both just so far that the legs reach down to the ground beyond it.
void lay_over_pillow(Pose& pose, const PoseSpec& written, Support support, const Ground& ground) {
  const bool pillow = std::any_of(ground.cushions.begin(), ground.cushions.end(),
                                  [](const Cushion& c) { return c.prop == Prop::Pillow && c.segment == Segment::Pelvis; });
  if (!pillow || std::any_of(written.changes.begin(), written.changes.end(), [](const JointChange& c) { return c.joint == Joint::Hip; })) {
    return;
  }
  Ground free = ground;
  free.legs_free = true;
  // How far the legs' lowest point is above the ground, the body lying on
  // its chest and the pillow: it falls as the hips bend.
  auto gap_at = [&](double hip) {
    Pose p = pose;
    p.set(Joint::Hip, hip);
    const Placed placed = place(p, support, free);
    double low = std::numeric_limits<double>::infinity();
    for (const auto& point : surface(placed.skeleton)) {
      if (of_limb(point.segment) && !of_arm(point.segment)) low = std::min(low, point.at.y);
    }
    return low - ground.height;
  };
  double low = pose.angle(Joint::Hip), high = range_of_motion(Joint::Hip).most;
  if (gap_at(low) <= 0 || gap_at(high) > 0) return;
  for (int i = 0; i < 24; ++i) {
    const double mid = (low + high) / 2;
    (gap_at(mid) > 0 ? low : high) = mid;
  }
  pose.set(Joint::Hip, high);
}

}  // namespace

Scene scene(const Spec& spec) {
  const Position start_position = spec.start.position.value_or(Position::Standing);
  const PositionInfo start_info = position_info(start_position, spec.view);
  Pose start_pose = pose_of(spec.start, spec.view, nullptr);
  start_pose.pelvis = start_info.base.pelvis;
  auto sets = [](const PoseSpec* pose, Joint joint) {
    return pose != nullptr && std::any_of(pose->changes.begin(), pose->changes.end(),
                                          [&](const JointChange& c) { return c.joint == joint; });
  };
  const PoseSpec* end_spec = spec.end ? &*spec.end : nullptr;
  // On all fours, a back that rounds or arches keeps the thighs and arms
  // under it, unless the notation sets the hips or shoulders itself.
  if (start_position == Position::Quadruped && spec.view == View::Side && sets(&spec.start, Joint::Spine)) {
    keep_limbs_under(start_pose, !sets(&spec.start, Joint::Hip), !sets(&spec.start, Joint::Shoulder));
  }
  Scene out;
  out.view = spec.view;
  out.position = start_position;
  out.end_position = spec.end ? spec.end->position.value_or(start_position) : start_position;
  out.ground = ground_for(spec, start_position, start_pose);
  lay_on_cushion(start_pose, spec.start, start_info.support, out.ground);
  lay_over_pillow(start_pose, spec.start, start_info.support, out.ground);
  const PositionInfo end_info = position_info(out.end_position, spec.view);
  Pose end_pose = spec.end ? pose_of(*spec.end, spec.view, &start_pose) : start_pose;
  end_pose.pelvis = end_info.base.pelvis;
  if (out.end_position == Position::Quadruped && spec.view == View::Side && sets(end_spec, Joint::Spine)) {
    keep_limbs_under(end_pose, !sets(&spec.start, Joint::Hip) && !sets(end_spec, Joint::Hip),
                     !sets(&spec.start, Joint::Shoulder) && !sets(end_spec, Joint::Shoulder));
  }
  Ground end_ground = ground_for(spec, out.end_position, start_pose);
  auto place_both = [&] {
    out.start = place(start_pose, start_info.support, out.ground);
    if (spec.end) out.end = place(end_pose, end_info.support, end_ground, &out.start);
  };
  place_both();
  // A bed is as high as an arm hanging off its edge needs: the hand, and
  // the weight in it, clear of the floor.
  if (out.ground.arm_off_edge) {
    const double low = std::min(lowest_hanging_arm(out.start), out.end ? lowest_hanging_arm(*out.end) : kHandClearance);
    if (low < kHandClearance) {
      out.ground.height += kHandClearance - low;
      end_ground.height += kHandClearance - low;
      place_both();
    }
  }
  for (const PropSpec& p : spec.props) out.props.push_back(place_prop(p, out));
  out.turns = turns(out);
  out.motion = motion(out);
  return out;
}

std::vector<std::string> problems(const Scene& scene) {
  std::vector<std::string> out;
  auto check = [&](const Placed& placed, std::string_view which, Position position) {
    for (const auto& p : out_of_range(placed.pose)) out.push_back(fmt::format("{} pose: {}", which, p));
    // From above the floor is behind the page, under every part alike:
    // there is no contact to check and nothing to pass below it.
    if (scene.view == View::Above) return;
    const std::vector<SurfacePoint> points = surface(placed.skeleton);
    // As the ground meets it, a cushion's point included.
    const std::vector<SurfacePoint> resting = resting_surface(placed.skeleton, scene.ground);
    const PositionInfo info = position_info(position, scene.view);
    const bool trunk_lifted = std::any_of(scene.ground.cushions.begin(), scene.ground.cushions.end(), [](const Cushion& c) {
      return c.segment == Segment::Pelvis || c.segment == Segment::Chest || c.segment == Segment::Neck;
    });
    for (const Contact& contact : info.contacts) {
      // A trunk lying on a roller, towel or ball rests on it, not on the
      // floor alone; that it does not pass through it is checked below.
      if (trunk_lifted) continue;
      double gap = std::numeric_limits<double>::infinity();
      for (const auto& p : resting) {
        if (p.segment == contact.segment || p.segment == contact.or_segment) {
          gap = std::min(gap, p.at.y - scene.ground.height - (info.support == Support::Seat ? seat_top(scene.view) : 0));
        }
      }
      if (std::abs(gap) > kTolerance) {
        out.push_back(fmt::format("{} pose: {} does not touch the support ({:.1f} cm away)", which, contact.what,
                                  gap * 170));
      }
    }
    // A towel, roller or ball under the body lies on the bed or floor.
    for (const Cushion& cushion : scene.ground.cushions) {
      const double gap = cushion_bottom(placed.skeleton, cushion).y - scene.ground.height;
      if (std::abs(gap) > kTolerance) {
        out.push_back(fmt::format("{} pose: the {} under the {} does not touch the support ({:.1f} cm away)", which,
                                  name(cushion.prop), name(cushion.segment), gap * 170));
      }
    }
    // An arm hanging off a bed's edge rests on nothing, but it may not
    // reach through the floor either.
    for (const auto& p : points) {
      if (p.at.y < -kTolerance) {
        out.push_back(fmt::format("{} pose: the {} passes below the floor", which, name(p.segment)));
        break;
      }
    }
    for (const auto& p : resting) {
      if (p.at.y < -kTolerance || p.at.y < scene.ground.height - kTolerance) {
        out.push_back(fmt::format("{} pose: the {} passes below the surface it rests on", which, name(p.segment)));
        break;
      }
    }
    for (const PlacedProp& prop : scene.props) {
      if (!prop.solid) continue;
      for (const PropShape& shape : prop.shapes) {
        bool inside = false;
        for (const auto& p : points) {
          // Seen from the side, a near arm or leg lying on a bed may hang
          // off its near edge, in front of it (a row lying face down).
          if (prop.prop == Prop::Bed && scene.view == View::Side && of_limb(p.segment) && p.side == Side::Near) continue;
          if (prop.under_near_limb && of_limb(p.segment) && p.side == Side::Far) continue;
          if (const auto* box = std::get_if<Box>(&shape)) {
            inside = p.at.x > box->low.x + kTolerance && p.at.x < box->high.x - kTolerance &&
                     p.at.y > box->low.y + kTolerance && p.at.y < box->high.y - kTolerance;
          } else if (const auto* roll = std::get_if<Roll>(&shape)) {
            inside = distance(p.at, roll->centre) < roll->radius - kTolerance;
          }
          if (inside) {
            out.push_back(fmt::format("{} pose: the {} passes through the {}", which, name(p.segment), name(prop.prop)));
            break;
          }
        }
      }
    }
  };
  check(scene.start, "start", scene.position);
  if (scene.end) check(*scene.end, "end", scene.end_position);
  if (scene.motion && std::any_of(scene.motion->path.begin(), scene.motion->path.end(), [&](Point p) {
        return p.y < lowest_for(scene.ground, scene.view, scene.motion->segment, scene.motion->side) - kTolerance;
      })) {
    out.push_back("the movement's arrow passes below the surface the body rests on");
  }
  return out;
}

}  // namespace regimen::figure
