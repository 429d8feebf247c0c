#include "figure/drawing.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "figure/geometry.h"
#include "figure/marks.h"
#include "figure/outline.h"

namespace regimen::figure {
namespace {

struct Group {
  std::vector<std::pair<Segment, Side>> segments;
  bool head = false;
};

// The limbs and the trunk with the head; drawn back to front (groups_in_order).
std::vector<Group> groups() {
  return {
      {{{Segment::UpperArm, Side::Far}, {Segment::Forearm, Side::Far}, {Segment::Hand, Side::Far}}, false},
      {{{Segment::Thigh, Side::Far}, {Segment::Shank, Side::Far}, {Segment::Foot, Side::Far}}, false},
      {{{Segment::Pelvis, Side::Near}, {Segment::Chest, Side::Near}, {Segment::Neck, Side::Near}}, true},
      {{{Segment::Thigh, Side::Near}, {Segment::Shank, Side::Near}, {Segment::Foot, Side::Near}}, false},
      {{{Segment::UpperArm, Side::Near}, {Segment::Forearm, Side::Near}, {Segment::Hand, Side::Near}}, false},
  };
}

// The groups from the farthest from the viewer to the nearest: from the
// side, the far arm, the far leg, the trunk, the near leg, the near arm; from
// the front, whatever reaches toward the viewer is drawn over the trunk.
std::vector<Group> groups_in_order(const Skeleton& s) {
  std::vector<std::pair<double, Group>> ordered;
  for (Group g : groups()) {
    double depth = 0;
    for (auto [segment, side] : g.segments) depth += s.nearness(segment, side);
    depth /= static_cast<double>(g.segments.size());
    if (g.head) depth -= 1e-3;  // the trunk behind a limb level with it
    ordered.emplace_back(depth, std::move(g));
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Group> out;
  for (auto& [depth, g] : ordered) out.push_back(std::move(g));
  return out;
}

// `between_legs` is drawn just before the near leg: over the far leg and
// under the near one, as a pillow squeezed between the knees is seen.
// `under_near_arm` just before the near arm: over the trunk and under the arm.
void body(const Skeleton& s, bool ghost, std::vector<Mark>& out, const std::vector<Mark>& between_legs = {},
          const std::vector<Mark>& under_near_arm = {}) {
  const Ink edge = ghost ? Ink::Ghost : Ink::Outline;
  auto has = [](const Group& g, Segment segment) {
    return std::find(g.segments.begin(), g.segments.end(), std::pair{segment, Side::Near}) != g.segments.end();
  };
  for (const Group& g : groups_in_order(s)) {
    if (has(g, Segment::Thigh)) out.insert(out.end(), between_legs.begin(), between_legs.end());
    if (has(g, Segment::UpperArm)) out.insert(out.end(), under_near_arm.begin(), under_near_arm.end());
    // From the side the far limbs are shaded, to tell them from the near;
    // from the front both are in view alike.
    const bool far = !across(s.view) && !g.segments.empty() && g.segments.front().second == Side::Far;
    const Ink fill = ghost ? Ink::Skin : far ? Ink::FarSkin : Ink::Skin;
    // Every segment's edge, then every fill over them: the group's outline
    // is one line around its union, with no seams at the joints.
    for (int pass = 0; pass < 2; ++pass) {
      const double grow = pass == 0 ? kEdge : 0;
      const Ink ink = pass == 0 ? edge : fill;
      for (auto [segment, side] : g.segments) {
        out.push_back(Line{{s.from(segment, side), s.to(segment, side)}, 2 * (half_width(segment, s.view) + grow), ink});
      }
      if (g.head) out.push_back(Dot{head_centre(s), head_radius() + grow, ink});
    }
  }
}

void turn(const Turn& t, std::vector<Mark>& out) {
  // Most of an ellipse around the segment, flattened as a ring seen from the
  // side, ending in a head that says which way it turns.
  std::vector<Point> path;
  const int steps = 24;
  for (int k = 0; k <= steps; ++k) {
    const double a = (t.positive ? 1 : -1) * (200.0 + 280.0 * k / steps) * kPi / 180;
    path.push_back({t.centre.x + t.radius * std::sin(a), t.centre.y + 0.45 * t.radius * std::cos(a)});
  }
  arrow(path, out);
}

void prop(const PlacedProp& p, std::vector<Mark>& out) {
  for (const PropShape& shape : p.shapes) {
    std::visit(
        [&](const auto& s) {
          using T = std::decay_t<decltype(s)>;
          if constexpr (std::is_same_v<T, Box>) {
            out.push_back(Shape{{s.low, {s.high.x, s.low.y}, s.high, {s.low.x, s.high.y}}, Ink::PropFill, Ink::Prop, kPropLine});
          } else if constexpr (std::is_same_v<T, Post>) {
            const double w = p.prop == Prop::Wall || p.prop == Prop::Doorway ? 0.022 : 0.012;
            out.push_back(Line{{{s.foot.x, s.foot.y + w / 2}, {s.foot.x, s.foot.y + s.height}}, w, Ink::Prop});
          } else if constexpr (std::is_same_v<T, Roll>) {
            out.push_back(Dot{s.centre, s.radius + kPropLine / 2, Ink::Prop});
            out.push_back(Dot{s.centre, s.radius - kPropLine / 2, Ink::PropFill});
          } else if constexpr (std::is_same_v<T, Strap>) {
            const double width = p.prop == Prop::Towel ? 0.018 : p.prop == Prop::Stick ? 0.012 : kPropLine;
            out.push_back(Line{{s.from, s.to}, width, Ink::Prop});
          } else if constexpr (std::is_same_v<T, Weight>) {
            out.push_back(Dot{along(s.centre, s.direction, 0.02), 0.032, Ink::Prop});
          }
        },
        shape);
  }
}

// A pillow between the knees: drawn with the body, between its legs.
bool between_legs(const PlacedProp& placed) { return placed.prop == Prop::Pillow; }

bool behind_body(const PlacedProp& placed) {
  if (placed.under_near_limb || placed.under_near_arm || between_legs(placed)) return false;
  switch (placed.prop) {
    case Prop::Wall:
    case Prop::Chair:
    case Prop::Step:
    case Prop::Bed:
    case Prop::Table:
    case Prop::FoamRoller:
    case Prop::Doorway:
    case Prop::Towel:
    case Prop::SwissBall: return true;
    case Prop::Pillow: return false;  // between the legs
    case Prop::Band:
    case Prop::Ball:
    case Prop::Dumbbell:
    case Prop::Stick: return false;
  }
  return true;
}

}  // namespace

std::uint32_t rgb(Ink ink) {
  switch (ink) {
    case Ink::Outline: return 0x1a1a1a;
    case Ink::Ghost: return 0xa6a6a6;
    case Ink::Skin: return 0xffffff;
    case Ink::FarSkin: return 0xd6d6d6;
    case Ink::Prop: return 0x5c5c5c;
    case Ink::PropFill: return 0xececec;
    case Ink::Arrow: return 0x1a1a1a;
  }
  return 0;
}

Drawing draw(const Scene& scene) {
  Drawing d;
  // The floor, under everything, a little wider than the figure.
  double left = std::numeric_limits<double>::infinity();
  double right = -left;
  double bottom = left;
  double top = -left;
  auto widen = [&](const Skeleton& s) {
    for (const auto& p : surface(s)) {
      left = std::min(left, p.at.x);
      right = std::max(right, p.at.x);
      bottom = std::min(bottom, p.at.y);
      top = std::max(top, p.at.y);
    }
    bottom = std::min(bottom, head_centre(s).y - head_radius());
    top = std::max(top, head_centre(s).y + head_radius());
  };
  widen(scene.start.skeleton);
  if (scene.end) widen(scene.end->skeleton);
  for (const PlacedProp& p : scene.props) {
    for (const PropShape& shape : p.shapes) {
      if (const auto* b = std::get_if<Box>(&shape)) {
        left = std::min(left, b->low.x);
        right = std::max(right, b->high.x);
      } else if (const auto* post = std::get_if<Post>(&shape)) {
        left = std::min(left, post->foot.x);
        right = std::max(right, post->foot.x);
      }
    }
  }
  if (scene.view == View::Above) {
    // Seen from above, the mat or bed the body lies on, around all of it.
    const double m = 0.05;
    d.marks.push_back(Shape{{{left - m, bottom - m}, {right + m, bottom - m}, {right + m, top + m}, {left - m, top + m}},
                            Ink::PropFill, Ink::Prop, kPropLine});
  } else {
    d.marks.push_back(Line{{{left - 0.06, -kPropLine / 2}, {right + 0.06, -kPropLine / 2}}, kPropLine, Ink::Prop});
  }
  std::vector<Mark> between;
  std::vector<Mark> under_arm;
  for (const PlacedProp& p : scene.props) {
    if (behind_body(p)) prop(p, d.marks);
    if (between_legs(p)) prop(p, between);
    if (p.under_near_arm) prop(p, under_arm);
  }
  if (scene.end) {
    body(scene.start.skeleton, true, d.marks);
    body(scene.end->skeleton, false, d.marks, between, under_arm);
  } else {
    body(scene.start.skeleton, false, d.marks, between, under_arm);
  }
  for (const PlacedProp& p : scene.props) {
    if (!behind_body(p) && !between_legs(p) && !p.under_near_arm) prop(p, d.marks);
  }
  if (scene.motion) arrow(scene.motion->path, d.marks);
  for (const Turn& t : scene.turns) turn(t, d.marks);
  bounds(d);
  return d;
}

}  // namespace regimen::figure
