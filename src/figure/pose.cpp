#include "figure/pose.h"

#include <fmt/format.h>

#include <cmath>

#include "figure/geometry.h"
#include "figure/vec3.h"

namespace regimen::figure {
namespace {

// The body's own frame (Vec, vec3.h), standing in the anatomical position:
// x forward, y up, z to the body's right (the near side from the side view).

// A rotation, as the images of the three axes.
struct Frame {
  Vec x{1, 0, 0}, y{0, 1, 0}, z{0, 0, 1};
  Vec operator()(Vec v) const { return x * v.x + y * v.y + z * v.z; }
  Frame operator*(const Frame& inner) const { return {(*this)(inner.x), (*this)(inner.y), (*this)(inner.z)}; }
};


// Counter-clockwise about z as seen from the near side: a limb hanging
// down swings forward.
Frame about_z(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}
// About x: a limb hanging down swings toward -z for positive angles.
Frame about_x(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}
// About y, the long axis of an upright segment: forward turns toward -z.
Frame about_y(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}

constexpr Vec kUp{0, 1, 0};
constexpr Vec kDown{0, -1, 0};
constexpr Vec kForward{1, 0, 0};

// The point of the body's frame on the page, before the pelvis's turn, and
// how near the viewer it is. A pose is seen from the side, the front or
// behind; a figure seen from above shows its poses from the front (lying
// on the back) or from behind (on the front), so Above is never a pose's.
Point flat(View view, Vec v) {
  switch (view) {
    case View::Side: return {v.x, v.y};
    case View::Front:
    case View::Above: return {-v.z, v.y};
    case View::Back: return {v.z, v.y};
  }
  return {v.x, v.y};
}
double nearness_of(View view, Vec v) {
  switch (view) {
    case View::Side: return v.z;
    case View::Front:
    case View::Above: return v.x;
    case View::Back: return -v.x;
  }
  return v.z;
}

}  // namespace

bool of_arm(Segment segment) {
  return segment == Segment::UpperArm || segment == Segment::Forearm || segment == Segment::Hand;
}

bool of_limb(Segment segment) {
  switch (segment) {
    case Segment::Pelvis:
    case Segment::Chest:
    case Segment::Neck:
    case Segment::Head: return false;
    case Segment::UpperArm:
    case Segment::Forearm:
    case Segment::Hand:
    case Segment::Thigh:
    case Segment::Shank:
    case Segment::Foot: return true;
  }
  return false;
}

Skeleton skeleton(const Pose& pose) {
  // The body is posed in its own frame, seen from the view, then turned and
  // moved on the page. Flexion is a turn about z; abduction and bending
  // sideways about x; turning about the segment's own length. Each angle's
  // sign is the one its name says (body.h); `toward` flips the ones whose
  // sense depends on the side, so that both limbs abduct outward.
  Skeleton out{};
  out.view = pose.view;
  auto project = [&](Vec v) {
    const Point on_page = turned(flat(pose.view, v), {0, 0}, pose.pelvis);
    return Point{on_page.x + pose.hip.x, on_page.y + pose.hip.y};
  };
  auto depth = [&](Vec v) { return nearness_of(pose.view, v); };
  auto place = [&](Side side, Segment s, Vec from, Vec direction) {
    const auto i = static_cast<std::size_t>(s);
    const auto k = Skeleton::index(side);
    const Vec to = from + direction * length(s);
    out.start[k][i] = project(from);
    out.end[k][i] = project(to);
    const Point a = out.start[k][i], b = out.end[k][i];
    out.direction[k][i] = std::atan2(b.x - a.x, b.y - a.y) * 180 / kPi;
    out.depth[k][i] = depth((from + to) * 0.5);
    return to;
  };
  auto a = [&](Joint joint, Side side) { return pose.angle(joint, side); };

  const Frame pelvis = about_z(-pose.lean);
  // The trunk: flexion leans forward, side bending toward the near side,
  // turning toward the near side.
  const Frame chest = pelvis * about_z(-a(Joint::Spine, Side::Near)) * about_x(a(Joint::TrunkSide, Side::Near)) *
                      about_y(-a(Joint::TrunkTurn, Side::Near));
  const Frame neck = chest * about_z(-a(Joint::NeckJoint, Side::Near)) * about_x(a(Joint::NeckSide, Side::Near)) *
                     about_y(-a(Joint::NeckTurn, Side::Near));
  const Frame head = neck * about_z(-a(Joint::HeadNod, Side::Near));
  for (Side side : kBothSides) {
    const Vec waist = place(side, Segment::Pelvis, {}, pelvis(kUp));
    const Vec top = place(side, Segment::Chest, waist, chest(kUp));
    const Vec chin = place(side, Segment::Neck, top, neck(kUp));
    place(side, Segment::Head, chin, head(kUp));

    // +1 on the near (right) side, -1 on the far.
    const double outward = side == Side::Near ? 1 : -1;
    // The shoulder swings about the top of the breastbone on the collarbone,
    // whose length is the shoulder's offset: up in a shrug, forward round
    // the chest in protraction.
    const Frame collarbone = chest * about_y(outward * a(Joint::BladeForward, side)) *
                             about_x(-outward * a(Joint::BladeUp, side));
    const Vec shoulder = top + collarbone({0, 0, outward * kShoulderOffset});
    // Turning the raised arm across the chest or back (horizontal adduction
    // and abduction) is about the trunk's upright axis, before the raise.
    const Frame upper_arm = chest * about_y(outward * a(Joint::ShoulderAcross, side)) * about_z(a(Joint::Shoulder, side)) *
                            about_x(-outward * a(Joint::ShoulderOut, side)) * about_y(-outward * a(Joint::ShoulderTurn, side));
    const Vec elbow = place(side, Segment::UpperArm, shoulder, upper_arm(kDown));
    const Frame forearm = upper_arm * about_z(a(Joint::Elbow, side)) * about_y(outward * a(Joint::Forearm, side));
    const Vec wrist = place(side, Segment::Forearm, elbow, forearm(kDown));
    // The hand is drawn palm back, as when it pushes or rests on a support:
    // flexion curls it back, extension lifts it forward.
    const Frame hand = forearm * about_z(-a(Joint::Wrist, side)) * about_x(-outward * a(Joint::WristSide, side));
    place(side, Segment::Hand, wrist, hand(kDown));

    const Vec hip = pelvis({0, 0, outward * kHipOffset});
    const Frame thigh = pelvis * about_z(a(Joint::Hip, side)) * about_x(-outward * a(Joint::HipOut, side)) *
                        about_y(-outward * a(Joint::HipTurn, side));
    const Vec knee = place(side, Segment::Thigh, hip, thigh(kDown));
    const Frame shank = thigh * about_z(-a(Joint::Knee, side));
    const Vec ankle = place(side, Segment::Shank, knee, shank(kDown));
    // The foot points forward from the shank; dorsiflexion lifts the toes,
    // inversion turns the sole inward.
    const Frame foot = shank * about_z(a(Joint::Ankle, side)) * about_x(outward * a(Joint::AnkleTurn, side));
    place(side, Segment::Foot, ankle, foot(kForward));
  }
  return out;
}

std::vector<std::string> out_of_range(const Pose& pose) {
  std::vector<std::string> out;
  for (Joint joint : kAllJoints) {
    const Range range = range_of_motion(joint);
    for (Side side : kBothSides) {
      if (!of_limb(joint) && side == Side::Far) continue;
      const double degrees = pose.angle(joint, side);
      if (range.contains(degrees)) continue;
      const std::string_view which = !of_limb(joint) ? "" : side == Side::Near ? "near " : "far ";
      out.push_back(fmt::format("{}{} at {:g} degrees, beyond {:g} to {:g}", which, name(joint), degrees, range.least,
                                range.most));
    }
  }
  return out;
}

}  // namespace regimen::figure
