// The close-up of the foot as marks: the floor, a towel or a marble on it,
// the start pose in grey, the end pose, the arrow. The shin with the foot is
// one outline, each toe another, drawn from the farthest to the nearest.
#include <algorithm>
#include <optional>

#include "figure/drawing.h"
#include "figure/foot.h"
#include "figure/geometry.h"
#include "figure/marks.h"

namespace regimen::figure {
namespace {

constexpr double kFootRounding = 0.012;

void foot(const FootSkeleton& s, bool ghost, std::vector<Mark>& out) {
  std::vector<FootPart> parts{FootPart::Foot, FootPart::BigToe, FootPart::Toe2, FootPart::Toe3, FootPart::Toe4, FootPart::Toe5};
  auto depth = [&](FootPart p) { return s.depth[static_cast<std::size_t>(p)]; };
  std::stable_sort(parts.begin(), parts.end(), [&](FootPart a, FootPart b) { return depth(a) < depth(b); });
  for (FootPart part : parts) {
    // From the inner side, the lesser toes beyond the big toe are shaded.
    const bool far = s.view == View::Side && part != FootPart::Foot && part != FootPart::BigToe;
    const Ink fill = ghost ? Ink::Skin : far ? Ink::FarSkin : Ink::Skin;
    const Ink edge = ghost ? Ink::Ghost : Ink::Outline;
    for (int pass = 0; pass < 2; ++pass) {
      const double grow = pass == 0 ? kEdge : 0;
      const Ink ink = pass == 0 ? edge : fill;
      for (const FootBone& b : s.bones) {
        const bool in_part = b.part == part || (part == FootPart::Foot && b.part == FootPart::Shin);
        if (in_part) out.push_back(Line{{b.from, b.to}, 2 * (b.radius + grow), ink});
      }
      if (part == FootPart::Foot) out.push_back(Shape{s.outline, ink, ink, 2 * (kFootRounding + grow)});
    }
  }
}

}  // namespace

Drawing draw(const FootScene& scene) {
  Drawing d;
  const FootPose& last = scene.end ? *scene.end : scene.start;
  const FootSkeleton& s = last.skeleton;
  double left = s.outline.front().x, right = left;
  for (const Point& p : s.outline) {
    left = std::min(left, p.x);
    right = std::max(right, p.x);
  }
  for (const Point& p : s.toe_tips) right = std::max(right, p.x);
  const double l = foot_length();
  if (scene.view == View::Above) {
    // Seen from above, a towel under the foot.
    if (scene.under == UnderFoot::Towel) {
      d.marks.push_back(Shape{{{left - 0.05 * l, -0.3 * l}, {right + 0.15 * l, -0.3 * l}, {right + 0.15 * l, 0.3 * l},
                               {left - 0.05 * l, 0.3 * l}},
                              Ink::PropFill, Ink::Prop, kPropLine});
    }
  } else {
    d.marks.push_back(Line{{{left - 0.1 * l, -kPropLine / 2}, {right + 0.25 * l, -kPropLine / 2}}, kPropLine, Ink::Prop});
    if (scene.under == UnderFoot::Towel) {
      // Flat under the foot, gathered up in front of the toes.
      const double r = 0.05 * l;
      d.marks.push_back(Line{{{left, r / 3}, {right + r, r / 3}}, 2 * r / 3, Ink::Prop});
      d.marks.push_back(Dot{{right + r * 1.6, r}, r + kPropLine / 2, Ink::Prop});
      d.marks.push_back(Dot{{right + r * 1.6, r}, r - kPropLine / 2, Ink::PropFill});
    }
  }
  if (scene.wall && scene.view == View::Side) {
    // Ahead of the toes, the big toe's pad against it.
    const double x = wall_at(s) + 0.011;
    d.marks.push_back(Line{{{x, 0.011}, {x, 0.9 * l}}, 0.022, Ink::Prop});
  }
  if (scene.end) foot(scene.start.skeleton, true, d.marks);
  foot(s, false, d.marks);
  // A marble held under the toes, in front of them from the inner side; not
  // yet held, on the floor ahead of them.
  std::optional<Point> marble = last.marble;
  if (scene.under == UnderFoot::Marble && !marble && scene.view == View::Side) {
    marble = Point{right + 2 * marble_radius(), marble_radius()};
  }
  if (marble) {
    d.marks.push_back(Dot{*marble, marble_radius() + kPropLine / 2, Ink::Prop});
    d.marks.push_back(Dot{*marble, marble_radius() - kPropLine / 2, Ink::PropFill});
  }
  arrow(scene.motion, d.marks);
  bounds(d);
  return d;
}

}  // namespace regimen::figure
