// The close-up of the hand: every shape within the joints' ranges, a pinch
// whose tips meet, a grip that closes on what the hand holds, the palm up or
// down as the forearm turns, and the checks that catch a hand that does not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "figure/figure.h"
#include "figure/geometry.h"

namespace f = regimen::figure;

namespace {

f::Spec hand(std::optional<f::CloseUpShape> start, std::optional<f::CloseUpShape> end, std::vector<f::JointChange> changes = {},
             std::vector<f::PropSpec> props = {}, f::View view = f::View::Side) {
  f::Spec spec;
  spec.view = view;
  spec.start.position = f::Position::Hand;
  spec.start.shape = start;
  spec.start.changes = std::move(changes);
  if (end) {
    spec.end = f::PoseSpec{};
    spec.end->shape = end;
  }
  spec.props = std::move(props);
  return spec;
}

bool mentions(const std::vector<std::string>& problems, std::string_view words) {
  return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("figure: every shape of the hand is one a hand can take, in either view", "[figure][hand]") {
  for (f::View view : {f::View::Side, f::View::Above}) {
    for (f::CloseUpShape shape : f::kAllCloseUpShapes) {
      INFO(f::name(shape) << " from " << f::name(view));
      std::vector<f::PropSpec> props{{f::Prop::Table, f::Placement::Default}};
      // A grip closes round what the hand holds.
      if (shape == f::CloseUpShape::Grip) props.push_back({f::Prop::Ball, f::Placement::Default});
      const f::HandScene scene = f::hand_scene(hand(f::CloseUpShape::Open, shape, {}, props, view));
      CHECK(f::problems(scene).empty());
      CHECK(scene.end->shape == shape);
    }
  }
}

TEST_CASE("figure: a pinch brings the thumb's tip to the index finger's", "[figure][hand]") {
  for (double forearm : {-80.0, 0.0, 80.0}) {
    INFO("forearm " << forearm);
    const f::HandScene scene = f::hand_scene(hand(f::CloseUpShape::Pinch, std::nullopt, {{f::Joint::Forearm, f::Limbs::Both, forearm}}));
    const f::HandSkeleton& s = scene.start.skeleton;
    // On the page, tips that touch are no farther apart than their two radii
    // (a finger's is at most a twentieth of the hand's length).
    CHECK(f::distance(s.thumb_tip, s.fingertips[0]) < 0.12 * f::hand_length());
    CHECK(f::problems(scene).empty());
  }
  // Held open, the thumb is far from the index finger, and a pinch whose
  // thumb is then straightened again no longer reaches it.
  const f::HandScene open = f::hand_scene(hand(f::CloseUpShape::Open, std::nullopt));
  CHECK(f::distance(open.start.skeleton.thumb_tip, open.start.skeleton.fingertips[0]) > 0.3 * f::hand_length());
  const f::HandScene straightened = f::hand_scene(hand(f::CloseUpShape::Pinch, std::nullopt, {{f::Joint::ThumbOut, f::Limbs::Both, 0}, {f::Joint::ThumbTip, f::Limbs::Both, 0}, {f::Joint::ThumbKnuckle, f::Limbs::Both, 0}}));
  CHECK(mentions(f::problems(straightened), "does not reach the index finger"));
}

TEST_CASE("figure: a grip closes each finger on what the hand holds", "[figure][hand]") {
  for (f::Prop held : {f::Prop::Ball, f::Prop::Dumbbell}) {
    INFO(f::name(held));
    // Holding something, the hand grips it unless its pose says otherwise.
    const f::HandScene scene = f::hand_scene(hand(std::nullopt, std::nullopt, {}, {{held, f::Placement::Default}}));
    CHECK(scene.start.shape == f::CloseUpShape::Grip);
    CHECK(f::problems(scene).empty());
    // Each finger bent, none past its range.
    for (const f::FingerAngles& finger : scene.start.angles.fingers) {
      CHECK(finger.knuckle > 10);
      CHECK(finger.knuckle <= 90);
    }
    REQUIRE(scene.start.skeleton.held_centre.has_value());
    // Fingers set straight by hand no longer touch it; bent fully, they pass into it.
    const auto straight = f::hand_scene(hand(f::CloseUpShape::Grip, std::nullopt, {{f::Joint::Knuckles, f::Limbs::Both, 0}, {f::Joint::FingerJoints, f::Limbs::Both, 0}, {f::Joint::Fingertips, f::Limbs::Both, 0}}, {{held, f::Placement::Default}}));
    CHECK(mentions(f::problems(straight), "does not touch what the hand holds"));
  }
  const auto crushed = f::hand_scene(hand(f::CloseUpShape::Grip, std::nullopt, {{f::Joint::Knuckles, f::Limbs::Both, 90}, {f::Joint::FingerJoints, f::Limbs::Both, 100}}, {{f::Prop::Ball, f::Placement::Default}}));
  CHECK(mentions(f::problems(crushed), "passes into what the hand holds"));
}

TEST_CASE("figure: the forearm's turn puts the palm up or down", "[figure][hand]") {
  auto scene = [](double forearm, double wrist) {
    return f::hand_scene(hand(f::CloseUpShape::Open, std::nullopt,
                              {{f::Joint::Forearm, f::Limbs::Both, forearm}, {f::Joint::Wrist, f::Limbs::Both, wrist}}));
  };
  auto thumb_nearer = [](const f::HandScene& s) {
    return s.start.skeleton.depth[static_cast<std::size_t>(f::HandPart::Thumb)] >
           s.start.skeleton.depth[static_cast<std::size_t>(f::HandPart::Palm)];
  };
  // Seen from the near side, the right hand's thumb is toward the viewer
  // palm up and away from the viewer palm down.
  CHECK(thumb_nearer(scene(80, 0)));
  CHECK_FALSE(thumb_nearer(scene(-80, 0)));
  // Flexion bends the hand toward its palm: up, palm up; down, palm down.
  const double level = scene(80, 0).start.skeleton.fingertips[1].y;
  CHECK(scene(80, 60).start.skeleton.fingertips[1].y > level + 0.3 * f::hand_length());
  CHECK(scene(-80, 60).start.skeleton.fingertips[1].y < level - 0.3 * f::hand_length());
  // Extension the other way.
  CHECK(scene(-80, -60).start.skeleton.fingertips[1].y > level + 0.3 * f::hand_length());
}

TEST_CASE("figure: the forearm lies on the table, the hand past its edge", "[figure][hand]") {
  const f::HandScene scene = f::hand_scene(hand(std::nullopt, f::CloseUpShape::Open, {{f::Joint::Forearm, f::Limbs::Both, -80}, {f::Joint::Wrist, f::Limbs::Both, 60}},
                                          {{f::Prop::Table, f::Placement::Default}, {f::Prop::Dumbbell, f::Placement::Default}}));
  CHECK(f::problems(scene).empty());
  const f::Bone& forearm = scene.start.skeleton.bones.front();
  REQUIRE(forearm.part == f::HandPart::Forearm);
  CHECK(forearm.from.y - forearm.radius == Approx(scene.start.skeleton.table_top));
  // Bent down as far as it goes, a thumb lifted out of the palm reaches
  // back under the table's edge, and so does a weight in the hand.
  const f::PropSpec table{f::Prop::Table, f::Placement::Default};
  const f::HandScene thumb_under = f::hand_scene(hand(f::CloseUpShape::Open, std::nullopt,
      {{f::Joint::Forearm, f::Limbs::Both, -80}, {f::Joint::Wrist, f::Limbs::Both, 80}, {f::Joint::ThumbOut, f::Limbs::Both, 70}}, {table}));
  CHECK(mentions(f::problems(thumb_under), "start pose: the hand passes into the table"));
  const f::HandScene weight_under = f::hand_scene(hand(std::nullopt, std::nullopt,
      {{f::Joint::Forearm, f::Limbs::Both, -80}, {f::Joint::Wrist, f::Limbs::Both, 80}}, {table, {f::Prop::Dumbbell, f::Placement::Default}}));
  CHECK(mentions(f::problems(weight_under), "start pose: what the hand holds passes into the table"));
}

TEST_CASE("figure: the close-up draws the same bytes every time, and its parts", "[figure][hand]") {
  const f::Spec spec = hand(f::CloseUpShape::Open, f::CloseUpShape::Fist, {}, {{f::Prop::Table, f::Placement::Default}, {f::Prop::Band, f::Placement::RoundFingers}});
  const std::string once = f::svg(f::draw(f::figure_of(spec)), 40, "fist");
  CHECK(once == f::svg(f::draw(f::figure_of(spec)), 40, "fist"));
  const f::Drawing d = f::draw(f::figure_of(spec));
  // The start in grey, the end in black, the arrow from one to the other.
  auto count = [&](f::Ink ink) {
    return std::count_if(d.marks.begin(), d.marks.end(), [&](const f::Mark& m) {
      const auto* line = std::get_if<f::Line>(&m);
      return line != nullptr && line->ink == ink;
    });
  };
  CHECK(count(f::Ink::Ghost) >= 16);    // the forearm, the thumb's three bones, each finger's three
  CHECK(count(f::Ink::Outline) >= 16);
  CHECK(count(f::Ink::Arrow) == 1);
  CHECK(count(f::Ink::Prop) >= 1);      // the band
  CHECK(std::holds_alternative<f::HandScene>(f::figure_of(spec)));
}
