#include "figure/place.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "figure/geometry.h"

namespace regimen::figure {
namespace {

constexpr double kTouch = 0.004;  // statures: about 7 mm, "touching"
constexpr double kLeeway = 0.02;
constexpr double kStill = 0.03;  // a resting part lifted less than this has stayed where it was

// Direction of a vector, in degrees from straight up, forward positive.
double direction(double dx, double dy) { return std::atan2(dx, dy) * 180 / kPi; }

double normalised(double degrees) {
  while (degrees > 180) degrees -= 360;
  while (degrees <= -180) degrees += 360;
  return degrees;
}

Pose turned_pose(Pose pose, double degrees) {
  pose.pelvis += degrees;
  return pose;
}

// The outline (convex hull) of the resting surface, counter-clockwise.
std::vector<Point> outline_of(const std::vector<SurfacePoint>& points) {
  std::vector<Point> plain;
  plain.reserve(points.size());
  for (const auto& p : points) plain.push_back(p.at);
  return convex_hull(plain);
}

// The turn that lays the outline's edge a -> b flat at the bottom:
// counter-clockwise, the outside is to the right of a -> b.
double edge_turn(Point a, Point b) { return normalised(180 - direction(b.y - a.y, -(b.x - a.x))); }

// The surface point at `at` (a vertex of the outline), if any.
const SurfacePoint* point_at(const std::vector<SurfacePoint>& points, Point at) {
  for (const auto& p : points) {
    if (p.at.x == at.x && p.at.y == at.y) return &p;
  }
  return nullptr;
}

double lowest(const std::vector<SurfacePoint>& points) {
  double y = std::numeric_limits<double>::infinity();
  for (const auto& p : points) y = std::min(y, p.at.y);
  return y;
}

// The turns of the whole body that stand a held body (a hand on a table or
// chair, the back to a wall) on one foot, its sole flat on the ground (or,
// with the foot pointed, on its toes, and `on_heels` with the foot bent up,
// on its heel, the body turned as for a flat foot) and lowest, or on both:
// the support holds it wherever the centre of mass is, so leaning into a wall or bending over a table turns the body, not the legs.
// From the front or behind the feet point at the viewer: the body stands
// upright.
std::vector<double> held_turns(const Pose& pose, const Ground& ground) {
  std::vector<double> turns;
  if (across(pose.view)) return {0};
  const Skeleton skeleton = figure::skeleton(pose);
  // A foot's ball on a step's edge holds the body at any lean: it stands as
  // it is, the heel free to drop or rise.
  if (ground.block && ground.block->footing == Footing::Ball) {
    const std::vector<SurfacePoint> points = resting_surface(skeleton, ground);
    const double low = lowest(points);
    for (const auto& p : points) {
      if (p.at.y < low + kTouch && p.segment == Segment::Foot && p.side == ground.block->side) return {0};
    }
  }
  for (Side side : kBothSides) {
    // The sole runs along the foot: level when the foot points straight
    // ahead. A pointed foot (negative ankle) is on its toes, and on the
    // heels a foot bent up is on its heel: the turn is the one its foot
    // would have at a right angle to the shank.
    const double ankle = pose.angle(Joint::Ankle, side);
    const double off_sole = pose.stance == Stance::OnHeels ? ankle : std::min(0.0, ankle);
    const double turn = normalised(90 - skeleton.towards(Segment::Foot, side) - off_sole);
    const std::vector<SurfacePoint> points = resting_surface(figure::skeleton(turned_pose(pose, turn)), ground);
    double foot = std::numeric_limits<double>::infinity();
    for (const auto& p : points) {
      if (p.segment == Segment::Foot && p.side == side) foot = std::min(foot, p.at.y);
    }
    if (foot < lowest(points) + kTouch) turns.push_back(turn);
  }
  // Or on both feet, a point of each on the ground: a stride whose back
  // foot reaches lower than the front one's sole leans the body back a
  // little onto both, rather than standing it on one foot.
  const std::vector<SurfacePoint> points = resting_surface(skeleton, ground);
  const std::vector<Point> outline = outline_of(points);
  for (std::size_t i = 0; i < outline.size(); ++i) {
    const SurfacePoint* a = point_at(points, outline[i]);
    const SurfacePoint* b = point_at(points, outline[(i + 1) % outline.size()]);
    if (!a || !b || a->segment != Segment::Foot || b->segment != Segment::Foot || a->side == b->side) continue;
    turns.push_back(edge_turn(a->at, b->at));
  }
  return turns;
}

// The turns of the whole body (about the hip) at which it rests stably: on
// an edge of its outline with the centre of mass between the edge's ends, or
// balanced on one point with the centre of mass above it. `only_feet`: the
// resting points must be the feet's.
std::vector<double> resting_turns(const Pose& pose, const Ground& ground, bool only_feet) {
  const Skeleton skeleton = figure::skeleton(pose);
  const std::vector<SurfacePoint> points = resting_surface(skeleton, ground);
  const Point com = centre_of_mass(skeleton);
  const std::vector<Point> outline = outline_of(points);
  auto is_foot = [&](Point p) {
    const SurfacePoint* s = point_at(points, p);
    return s && (s->segment == Segment::Foot || s->segment == Segment::Shank);
  };
  // Lying over a Swiss ball, the feet on the floor brace the body on the
  // ball wherever its weight is: the ball rolls, the legs hold it.
  auto braced = [&](Point a, Point b) {
    for (const Cushion& c : ground.cushions) {
      if (!c.braced) continue;
      const Point on_ball = cushion_bottom(skeleton, c);
      const auto is = [&](Point p) { return p.x == on_ball.x && p.y == on_ball.y; };
      if ((is(a) && is_foot(b)) || (is(b) && is_foot(a))) return true;
    }
    return false;
  };
  std::vector<double> turns;
  const std::size_t n = outline.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Point a = outline[i];
    const Point b = outline[(i + 1) % n];
    if (only_feet && !(is_foot(a) && is_foot(b))) continue;
    if (braced(a, b)) {
      turns.push_back(edge_turn(a, b));
      continue;
    }
    const double turn = edge_turn(a, b);
    const Point ta = turned(a, pose.hip, turn);
    const Point tb = turned(b, pose.hip, turn);
    const Point tc = turned(com, pose.hip, turn);
    // A little beyond the edge's ends still rests: the body's round ends and
    // a moment of effort hold it.
    if (tc.x >= std::min(ta.x, tb.x) - kLeeway && tc.x <= std::max(ta.x, tb.x) + kLeeway) turns.push_back(turn);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Point v = outline[i];
    if (only_feet && !is_foot(v)) continue;
    const double turn = normalised(-direction(com.x - v.x, com.y - v.y));
    const Point tv = turned(v, pose.hip, turn);
    const Point prev = turned(outline[(i + n - 1) % n], pose.hip, turn);
    const Point next = turned(outline[(i + 1) % n], pose.hip, turn);
    if (prev.y >= tv.y - 1e-9 && next.y >= tv.y - 1e-9) turns.push_back(turn);
  }
  return turns;
}

// Whether the limb `segment` belongs to is posed differently in `a` and
// `b`: a foot that stepped away rested in both poses but did not stay.
bool limb_moved(const Pose& a, const Pose& b, const SurfacePoint& point) {
  if (!of_limb(point.segment)) return false;
  for (Joint joint : kAllJoints) {
    if (!of_limb(joint) || of_arm(moved(joint)) != of_arm(point.segment)) continue;
    if (std::abs(a.angle(joint, point.side) - b.angle(joint, point.side)) > 1) return true;
  }
  return false;
}

// The ball of a foot: where along its sole it meets a step's edge.
Point ball(const Skeleton& s, Side side) {
  const Point ankle = s.from(Segment::Foot, side);
  const Point toes = s.to(Segment::Foot, side);
  const Point on_axis = partway(ankle, toes, kBallOfFoot);
  return along(on_axis, s.towards(Segment::Foot, side) + 90, half_width(Segment::Foot, s.view));
}

// Moves the placed pose so its lowest point is on the ground and, with an
// anchor, so that what rests on the ground in both stays put: preferably
// the parts of a limb that kept its pose (a foot that steps away moves).
Placed settle(Pose pose, const Ground& ground, const Placed* anchor, std::optional<double> hip_height) {
  Skeleton s = skeleton(pose);
  std::vector<SurfacePoint> points = resting_surface(s, ground);
  const double dy = hip_height ? *hip_height - pose.hip.y : ground.height - lowest(points);
  pose.hip.y += dy;
  s = skeleton(pose);
  points = resting_surface(s, ground);
  double dx = 0;
  if (anchor) {
    // The parts resting on the support now, found on the body as it was:
    // if they rested there before too, they have not moved.
    const std::vector<SurfacePoint> before = resting_surface(anchor->skeleton, ground);
    const double floor_before = lowest(before);
    const double floor_now = lowest(points);
    // Parts on a limb that kept its pose first; failing those, any (a foot
    // planted on a step while its knee straightens).
    double sum = 0;
    int count = 0;
    for (bool kept_only : {true, false}) {
      if (count > 0 || before.size() != points.size()) break;
      for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].at.y < floor_now + kTouch && before[i].at.y < floor_before + kStill &&
            !(kept_only && limb_moved(anchor->pose, pose, points[i]))) {
          sum += before[i].at.x - points[i].at.x;
          ++count;
        }
      }
    }
    dx = count > 0 ? sum / count : anchor->pose.hip.x - pose.hip.x;
    // A foot's ball on a step's edge stays on it as the heel rises and
    // drops: the foot turns about it rather than sliding to its toes.
    if (ground.block && ground.block->footing == Footing::Ball) dx = ball(anchor->skeleton, ground.block->side).x - ball(s, ground.block->side).x;
  }
  pose.hip.x += dx;
  return {pose, skeleton(pose)};
}

// How far along a segment, either side of its point, a cushion meets it.
constexpr double kCushionSpan = 0.03;

// The next segment down a limb: a cushion at the end of one may meet it.
std::optional<Segment> below(Segment segment) {
  switch (segment) {
    case Segment::Thigh: return Segment::Shank;
    case Segment::Shank: return Segment::Foot;
    case Segment::UpperArm: return Segment::Forearm;
    case Segment::Forearm: return Segment::Hand;
    case Segment::Pelvis:
    case Segment::Chest:
    case Segment::Neck:
    case Segment::Head:
    case Segment::Hand:
    case Segment::Foot: return std::nullopt;
  }
  return std::nullopt;
}

// Of the two directions square to a segment, the one nearer straight down:
// the side of a lying body's back, or under a limb, where a cushion goes.
double downward(const Skeleton& skeleton, Segment segment) {
  const double across = skeleton.towards(segment) - 90;
  return std::cos(across * kPi / 180) <= 0 ? across : across + 180;
}

}  // namespace

Point cushion_centre(const Skeleton& skeleton, const Cushion& cushion) {
  const Point a = skeleton.from(cushion.segment);
  const Point b = skeleton.to(cushion.segment);
  const Point point = partway(a, b, cushion.at);
  const double down = downward(skeleton, cushion.segment);
  const Point toward = along({0, 0}, down, 1);
  const double length = distance(a, b);
  const Point axis = length > 0 ? Point{(b.x - a.x) / length, (b.y - a.y) / length} : Point{0, 0};
  // The cushion meets the body's outline where it reaches lowest beside
  // the point: the segment's own edge, or, at the end of a shin, the heel
  // below the ankle.
  double reach = half_width(cushion.segment, skeleton.view);
  const std::optional<Segment> next = below(cushion.segment);
  for (const auto& p : surface(skeleton)) {
    if (p.side != Side::Near || (p.segment != cushion.segment && p.segment != next)) continue;
    const double dx = p.at.x - point.x, dy = p.at.y - point.y;
    if (std::abs(dx * axis.x + dy * axis.y) > kCushionSpan) continue;
    reach = std::max(reach, dx * toward.x + dy * toward.y);
  }
  return along(point, down, reach + cushion.thickness / 2);
}

Point cushion_bottom(const Skeleton& skeleton, const Cushion& cushion) {
  return along(cushion_centre(skeleton, cushion), downward(skeleton, cushion.segment), cushion.thickness / 2);
}

std::vector<SurfacePoint> resting_surface(const Skeleton& skeleton, const Ground& ground) {
  std::vector<SurfacePoint> points = surface(skeleton);
  if (ground.arm_off_edge) {
    std::erase_if(points, [](const SurfacePoint& p) { return p.side == Side::Near && of_arm(p.segment); });
  }
  if (ground.near_leg_free) {
    std::erase_if(points, [](const SurfacePoint& p) { return p.side == Side::Near && of_limb(p.segment) && !of_arm(p.segment); });
  }
  if (ground.legs_free) {
    std::erase_if(points, [](const SurfacePoint& p) { return of_limb(p.segment) && !of_arm(p.segment); });
  }
  for (const Cushion& cushion : ground.cushions) {
    points.push_back({cushion_bottom(skeleton, cushion), cushion.segment, Side::Near});
  }
  if (const auto& block = ground.block) {
    const Point ankle = skeleton.from(Segment::Foot, block->side);
    const Point toes = skeleton.to(Segment::Foot, block->side);
    const double dx = toes.x - ankle.x, dy = toes.y - ankle.y;
    const double length2 = dx * dx + dy * dy;
    const std::size_t count = points.size();
    for (std::size_t i = 0; i < count; ++i) {
      const SurfacePoint p = points[i];
      if (p.segment != Segment::Foot || p.side != block->side) continue;
      // Seen from the side, only the ball and toes reach the step's edge.
      const double along_foot = length2 > 0 ? ((p.at.x - ankle.x) * dx + (p.at.y - ankle.y) * dy) / length2 : 1;
      if (block->footing == Footing::Ball && !across(skeleton.view) && along_foot < kBallOfFoot) continue;
      points.push_back({{p.at.x, p.at.y - block->height}, p.segment, p.side});
    }
  }
  return points;
}

double seat_height() {
  const PositionInfo seated = position_info(Position::Seated);
  const Skeleton s = skeleton(seated.base);
  // Feet flat on the floor: the sole's lowest point at 0.
  const double floor = lowest(surface(s));
  return s.from(Segment::Thigh).y - floor - half_width(Segment::Pelvis, View::Side);
}

double seat_top(View view) {
  return seat_height() + half_width(Segment::Pelvis, View::Side) - half_width(Segment::Pelvis, view);
}

Placed place(const Pose& pose, Support support, const Ground& ground, const Placed* anchor) {
  switch (support) {
    case Support::None:  // the close-up of the hand is placed by figure/hand.h; here it stays as posed
      return {pose, skeleton(pose)};
    case Support::Flat: {
      // Seen from above nothing falls: the body lies where its position
      // puts it, and a movement's end keeps the pelvis where it was.
      Pose p = pose;
      p.hip = anchor ? anchor->pose.hip : Point{0, 0};
      return {p, skeleton(p)};
    }
    case Support::Seat: {
      Pose p = pose;
      // The hips at the side view's height in either view, so the feet are
      // on the floor; seen from the front the wider pelvis meets the seat
      // lower (seat_top).
      return settle(p, ground, anchor, ground.height + seat_height() + half_width(Segment::Pelvis, View::Side));
    }
    case Support::Feet:
    case Support::Rest: {
      const std::vector<double> turns = support == Support::Feet && ground.steadied
                                            ? held_turns(pose, ground)
                                            : resting_turns(pose, ground, support == Support::Feet);
      // The turn closest to the position's own lie: a pose turns as little
      // as it must to rest.
      double best = 0;
      double best_size = std::numeric_limits<double>::infinity();
      for (double t : turns) {
        if (std::abs(t) < best_size) {
          best = t;
          best_size = std::abs(t);
        }
      }
      return settle(turned_pose(pose, best), ground, anchor, std::nullopt);
    }
  }
  return {pose, skeleton(pose)};
}

}  // namespace regimen::figure
