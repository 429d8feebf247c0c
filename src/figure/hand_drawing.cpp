// The close-up of the hand as marks: the table under the forearm, what the
// hand holds, the start pose in grey, the end pose, a band round the
// fingers, the arrow. Each part (the forearm with the palm, the thumb, each
// finger) is one outline with its fill over it, drawn from the farthest
// from the viewer to the nearest.
#include <algorithm>

#include "figure/drawing.h"
#include "figure/geometry.h"
#include "figure/marks.h"

namespace regimen::figure {
namespace {

// The palm's corners are rounded by its edge's width.
constexpr double kPalmRounding = 0.012;

void hand(const HandSkeleton& s, bool ghost, std::vector<Mark>& out) {
  std::vector<HandPart> parts{HandPart::Palm, HandPart::Thumb, HandPart::Index, HandPart::Middle, HandPart::Ring,
                              HandPart::Little};
  auto depth = [&](HandPart p) { return s.depth[static_cast<std::size_t>(p)]; };
  std::stable_sort(parts.begin(), parts.end(), [&](HandPart a, HandPart b) { return depth(a) < depth(b); });
  const double palm = depth(HandPart::Palm);
  for (HandPart part : parts) {
    // From the side, the fingers behind the palm are shaded, as the far
    // limbs are; from above the palm hides none of them.
    const bool far = s.view == View::Side && depth(part) < palm - 0.01;
    const Ink fill = ghost ? Ink::Skin : far ? Ink::FarSkin : Ink::Skin;
    const Ink edge = ghost ? Ink::Ghost : Ink::Outline;
    for (int pass = 0; pass < 2; ++pass) {
      const double grow = pass == 0 ? kEdge : 0;
      const Ink ink = pass == 0 ? edge : fill;
      if (part == HandPart::Palm) {
        out.push_back(Shape{s.palm, ink, ink, 2 * (kPalmRounding + grow)});
      }
      for (const Bone& b : s.bones) {
        const bool in_part = b.part == part || (part == HandPart::Palm && b.part == HandPart::Forearm);
        if (in_part) out.push_back(Line{{b.from, b.to}, 2 * (b.radius + grow), ink});
      }
    }
  }
}

// A rubber band round the fingers and thumb near their tips: the part of
// it over the fingers, from the thumb across to the little finger.
void band(const HandSkeleton& s, std::vector<Mark>& out) {
  std::vector<Point> over{s.thumb_near_tip};
  over.insert(over.end(), s.near_tips.begin(), s.near_tips.end());
  out.push_back(Line{over, 2 * kPropLine, Ink::Prop});
}

void held(const HandScene& scene, const HandSkeleton& s, std::vector<Mark>& out) {
  if (!scene.held || !s.held_centre) return;
  out.push_back(Dot{*s.held_centre, s.held_radius + kPropLine / 2, Ink::Prop});
  out.push_back(Dot{*s.held_centre, s.held_radius - kPropLine / 2, Ink::PropFill});
}

}  // namespace

Drawing draw(const HandScene& scene) {
  Drawing d;
  const HandSkeleton& last = scene.end ? scene.end->skeleton : scene.start.skeleton;
  if (scene.table) {
    // The table's top under the forearm, its edge short of the wrist: seen
    // from the side a slab. From above, the hand lies on it too: the top is
    // behind the whole arm.
    const double left = last.bones.front().from.x - 0.05;
    const double edge = table_edge();
    const double top = last.table_top;
    if (scene.view == View::Above) {
      const double half = 0.55 * hand_length(), right = 1.25 * hand_length();
      d.marks.push_back(Shape{{{left, -half}, {right, -half}, {right, half}, {left, half}}, Ink::PropFill, Ink::Prop, kPropLine});
    } else {
      const double thick = 0.12 * hand_length();
      d.marks.push_back(Shape{{{left, top - thick}, {edge, top - thick}, {edge, top}, {left, top}}, Ink::PropFill, Ink::Prop, kPropLine});
    }
  }
  // The start pose in grey, without what it holds: the weight drawn once.
  if (scene.end) hand(scene.start.skeleton, true, d.marks);
  held(scene, last, d.marks);
  hand(last, false, d.marks);
  if (scene.band) band(last, d.marks);
  arrow(scene.motion, d.marks);
  bounds(d);
  return d;
}

}  // namespace regimen::figure
