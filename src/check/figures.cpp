#include "check/figures.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "base/names.h"
#include "check/unknown_word.h"

namespace regimen::checking {
namespace {

// The joint words without `near_` and `far_`, for the note that lists them.
std::vector<std::string> joint_names() {
  std::vector<std::string> out;
  for (figure::Joint joint : figure::kAllJoints) out.emplace_back(figure::name(joint));
  return out;
}

// Two changes of one pose reach the same joint: the same limb, or both
// limbs and one of them.
bool overlap(const figure::JointChange& a, const figure::JointChange& b) {
  return a.joint == b.joint && (a.limbs == b.limbs || a.limbs == figure::Limbs::Both || b.limbs == figure::Limbs::Both);
}

class FigureChecker {
 public:
  explicit FigureChecker(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  std::optional<figure::Spec> run(const ast::Figure& written) {
    figure::Spec out;
    // A pose the parser found a word out of place in may lack what it lacks
    // for that reason alone.
    if (written.broken) whole_ = false;
    if (!written.start.position && !written.broken) {
      Span where = written.start.changes.empty() ? written.keyword : written.start.changes.front().joint.span;
      diagnostics_.report(where, msg::FigureNoPosition{})
          .help("write the position the exercise starts from after `figure`, as in `figure standing knee 90`")
          .note(fmt::format("a position is one of: {}", fmt::join(figure::position_words(), ", ")));
      whole_ = false;
    }
    out.start = pose(written.start, false);
    if (written.end) {
      if (!written.end->position && written.end->changes.empty() && written.end->words.empty() && !written.broken) {
        diagnostics_.report(written.arrow, msg::FigureEmptyEnd{})
            .help("write where the movement ends, as in `-> hip 90`, or leave out `->` for a position that is held");
        whole_ = false;
      }
      out.end = pose(*written.end, true);
    }
    if (written.view) {
      auto view = figure::view_named(written.view->text);
      if (view) {
        out.view = *view;
        if (*view == figure::View::Above) from_above(*written.view, out);
      } else {
        unknown(*written.view, "view", {"side", "front", "back", "above"});
      }
    }
    props(written.props, out);
    close_up_words(written, out);
    if (!whole_) return std::nullopt;
    return out;
  }

 private:
  // Each change sets an absolute angle, and an end pose starts from the
  // start's angles: every angle of either pose is one written here, so each
  // written angle is checked against its joint's range once.
  figure::PoseSpec pose(const ast::FigurePose& written, bool end) {
    figure::PoseSpec out;
    if (written.position) {
      out.position = figure::position_named(written.position->text);
      // `-> fist`: an end pose, which may name no position, may start with a hand shape.
      if (!out.position && end) out.shape = figure::shape_named(written.position->text);
      if (!out.position && !out.shape) unknown(*written.position, "position", figure::position_words());
    }
    std::vector<const ast::JointAngle*> sources;
    for (const auto& change : written.changes) {
      auto word = joint(change.joint);
      if (!word) continue;
      figure::JointChange checked{word->joint, word->limbs, change.degrees.value};
      if (change.degrees.valid) in_range(change, checked.joint);
      if (!set_once(change, checked, out.changes, sources)) continue;
      out.changes.push_back(checked);
      sources.push_back(&change);
    }
    for (const auto& word : written.words) {
      if (auto stance = figure::stance_named(word.text)) {
        out.stance = *stance;
      } else if (auto shape = figure::shape_named(word.text)) {
        out.shape = *shape;
      } else if (figure::joint_word(word.text)) {
        diagnostics_.report(word.span, msg::Unexpected{fmt::format("`{}`", names::shorten(word.text))})
            .help("a pose is a position, then joints each with an angle in degrees, as in `seated knee 90`");
        whole_ = false;
      } else {
        std::vector<std::string> allowed = figure::shape_words();
        allowed.emplace_back(figure::name(figure::Stance::OnHeels));
        unknown(word, "pose word", allowed);
      }
    }
    return out;
  }

  std::optional<figure::JointWord> joint(const ast::Name& word) {
    if (auto found = figure::joint_word(word.text)) return found;
    for (std::string_view prefix : {std::string_view("near_"), std::string_view("far_")}) {
      if (!std::string_view(word.text).starts_with(prefix)) continue;
      auto bare = figure::joint_named(std::string_view(word.text).substr(prefix.size()));
      if (!bare) break;
      // Only a joint of the head or trunk makes `joint_word` refuse a known
      // joint after a prefix. Checking goes on as if the prefix were gone.
      std::string name(figure::name(*bare));
      diagnostics_.report(word.span, msg::SideOnTrunkJoint{name})
          .help(fmt::format("write `{}`: `near_` and `far_` pick one arm or one leg", name))
          .fix(word.span, name);
      whole_ = false;
      return figure::JointWord{*bare, figure::Limbs::Both};
    }
    diagnostics_.report(word.span, msg::UnknownFigureWordOf{"joint", names::shorten(word.text)})
        .suggest(word.text, figure::joint_words())
        .note(fmt::format("joint is one of: {}", fmt::join(joint_names(), ", ")))
        .note("`near_` or `far_` before a limb's joint moves that one limb: `near_knee`");
    whole_ = false;
    return std::nullopt;
  }

  void in_range(const ast::JointAngle& written, figure::Joint joint) {
    figure::Range range = figure::range_of_motion(joint);
    if (range.contains(written.degrees.value)) return;
    diagnostics_
        .report(written.degrees.span,
                msg::JointBeyondRange{names::shorten(written.joint.text), written.degrees.value, range.least, range.most})
        .help(fmt::format("a figure shows a pose a patient can take: write an angle from {} to {}", range.least,
                          range.most))
        .note("the ranges are the American Academy of Orthopaedic Surgeons' normal values; 0 is the joint as in standing upright, arms by the sides");
    whole_ = false;
  }

  // False, with a report, when an earlier change of the same pose reached the joint.
  bool set_once(const ast::JointAngle& written, const figure::JointChange& change,
                const std::vector<figure::JointChange>& earlier, const std::vector<const ast::JointAngle*>& sources) {
    for (std::size_t i = 0; i < earlier.size(); ++i) {
      if (!overlap(earlier[i], change)) continue;
      auto d = diagnostics_.report(written.joint.span, msg::JointSetTwice{names::shorten(written.joint.text)});
      if (earlier[i].limbs != change.limbs) {
        std::string name(figure::name(change.joint));
        d.help(fmt::format("to give the two sides different angles, set `near_{}` and `far_{}`", name, name));
      } else {
        d.help("give each joint one angle in a pose; the end pose, after `->`, may change it");
      }
      d.note("set here first", sources[i]->joint.span);
      whole_ = false;
      return false;
    }
    return true;
  }

  void props(const std::vector<ast::FigureProp>& written, figure::Spec& out) {
    std::vector<const ast::FigureProp*> sources;
    for (const auto& p : written) {
      auto prop = figure::prop_named(p.prop.text);
      if (!prop) unknown(p.prop, "prop", figure::prop_words());
      figure::Placement placement = figure::Placement::Default;
      if (!prop) {
        // Without the prop, only a word that is no placement at all is sure to be wrong.
        if (p.placement && !figure::placement_named(p.placement->text)) unknown(*p.placement, "placement", figure::placement_words());
        continue;
      }
      if (p.placement && !placement_of(*p.placement, *prop, placement)) continue;
      bool twice = false;
      for (std::size_t i = 0; i < out.props.size() && !twice; ++i) {
        if (out.props[i].prop != *prop) continue;
        diagnostics_.report(p.prop.span, msg::PropTwice{p.prop.text})
            .help("name each prop once")
            .note("named here first", sources[i]->prop.span);
        whole_ = false;
        twice = true;
      }
      if (twice) continue;
      if (!placeable(p, {*prop, placement}, out)) continue;
      out.props.push_back({*prop, placement});
      sources.push_back(&p);
    }
  }

  // The close-up of the hand and the whole body draw different joints: a
  // word one of them would leave out is an error, never a silent loss.
  void close_up_words(const ast::Figure& written, const figure::Spec& spec) {
    if (!spec.start.position) return;
    const figure::Position start = *spec.start.position;
    const bool close = figure::close_up(start);
    if (written.end && spec.end && spec.end->position && *spec.end->position != start &&
        (close || figure::close_up(*spec.end->position))) {
      diagnostics_.report(written.end->position->span, msg::CloseUpAndOther{})
          .help("draw one close-up (`figure hand ...`, `figure foot ...`) or the whole body, from start to end");
      whole_ = false;
      return;
    }
    for (const ast::FigurePose* pose : {&written.start, written.end ? &*written.end : nullptr}) {
      if (!pose) continue;
      for (const auto& change : pose->changes) {
        auto word = figure::joint_word(change.joint.text);
        if (!word) continue;
        const bool far = close && word->limbs == figure::Limbs::Far;
        if (!figure::joint_drawn_in(word->joint, start) || far) {
          const figure::Position part = figure::of_toes(word->joint) ? figure::Position::Foot : figure::Position::Hand;
          not_drawn(change.joint, start, close ? std::nullopt : std::optional(part), far);
        }
      }
      auto shape_word = [&](const ast::Name& word) {
        auto shape = figure::shape_named(word.text);
        if (!shape || figure::shape_drawn_in(*shape, start)) return;
        const bool foot = figure::shape_drawn_in(*shape, figure::Position::Foot);
        const bool hand = figure::shape_drawn_in(*shape, figure::Position::Hand);
        not_drawn(word, start, close ? std::nullopt : std::optional(foot && !hand ? figure::Position::Foot : figure::Position::Hand), false);
      };
      for (const auto& word : pose->words) {
        if (close && figure::stance_named(word.text)) not_drawn(word, start, std::nullopt, false);
        shape_word(word);
      }
      if (pose->position && !figure::position_named(pose->position->text)) shape_word(*pose->position);
    }
    if (close && (spec.view == figure::View::Front || spec.view == figure::View::Back) && written.view) {
      diagnostics_.report(written.view->span, msg::CloseUpSeenFrom{std::string(figure::name(start)), written.view->text})
          .help(start == figure::Position::Hand
                    ? "see the hand from the side (the default), or `from above` to look down on the back of the hand or the palm"
                    : "see the foot from its inner side (the default), or `from above` to look down on the toes");
      whole_ = false;
    }
  }

  // A word the figure would leave out: in a close-up (`belongs` empty), one
  // it does not draw; in a whole body, a finger's, toe's or shape's, which
  // only the close-up `belongs` names draws.
  void not_drawn(const ast::Name& word, figure::Position position, std::optional<figure::Position> belongs, bool far) {
    if (belongs) {
      const std::string part(figure::name(*belongs));
      diagnostics_.report(word.span, msg::OnlyInCloseUp{names::shorten(word.text), part})
          .help(fmt::format("a whole body's hands and feet are too small to show fingers and toes: start the figure "
                            "from `{}`, as in `{}`",
                            part, *belongs == figure::Position::Hand ? "figure hand open -> fist" : "figure foot -> curl"));
      whole_ = false;
      return;
    }
    auto d = diagnostics_.report(word.span, msg::NotInThisCloseUp{std::string(figure::name(position)), names::shorten(word.text)});
    if (far) {
      d.help("a close-up shows the near side: leave out `far_`");
    } else if (position == figure::Position::Hand) {
      d.help("the close-up shows the wrist (`wrist`, `wrist_side`), the forearm's turn (`forearm`), the fingers and the "
             "thumb, and the hand's shapes; draw the whole body from another position to show this");
    } else {
      d.help("the close-up shows the toes (`toes`, `toe_joints`, `toe_spread`) and the foot's shapes (`open`, `spread`, "
             "`curl`, `dome`); draw the whole body from another position to show this");
    }
    whole_ = false;
  }

  // Seen from above, the body lies on its back or front in both poses: the
  // page is the floor under it.
  void from_above(const ast::Name& word, const figure::Spec& spec) {
    for (const figure::PoseSpec* pose : {&spec.start, spec.end ? &*spec.end : nullptr}) {
      if (!pose || !pose->position || figure::seen_from_above(*pose->position)) continue;
      diagnostics_.report(word.span, msg::NotSeenFromAbove{std::string(figure::name(*pose->position))})
          .help("`from above` shows a body lying on its back or front (`supine`, `prone`); see this one from the side "
                "or `from front`");
      whole_ = false;
      return;
    }
  }

  // False, with a report, when neither the start's position nor the end's
  // has a place for the prop: the figure would leave it out.
  bool placeable(const ast::FigureProp& written, figure::PropSpec prop, const figure::Spec& spec) {
    if (!spec.start.position) return true;
    const figure::Position start = *spec.start.position;
    const figure::Position end = spec.end && spec.end->position ? *spec.end->position : start;
    if (figure::drawn_in(prop.prop, prop.placement, start, spec.view) ||
        figure::drawn_in(prop.prop, prop.placement, end, spec.view)) {
      return true;
    }
    const std::string words = written.placement ? fmt::format("{} {}", written.prop.text, written.placement->text) : written.prop.text;
    auto d = diagnostics_.report(written.span, msg::PropOutOfPlace{std::string(figure::name(start)), words});
    if (figure::close_up(start)) {
      d.help("the close-up of the hand shows a table under the forearm, a ball or a dumbbell in the hand, and a band "
             "`round_fingers`; leave this prop out");
    } else if (spec.view == figure::View::Above) {
      d.help("seen from above, the floor or bed is under the whole body: only a bed, a stick, dumbbells or a ball in "
             "the hands are drawn; leave this prop out, or see the figure from the side");
    } else if (prop.prop == figure::Prop::Pillow) {
      d.help("a pillow lies between the knees, or under the top knee of a body lying on its side seen from the front or "
             "behind (`side_lying ... from front`)");
    } else if (prop.prop == figure::Prop::Step) {
      d.help("a step goes under the feet of a figure standing: start from `standing`, or leave the step out");
    } else {
      d.help(fmt::format("a {} lies under the body of a figure lying down or sitting with the legs out: `supine`, "
                         "`prone`, `side_lying` or `long_sitting`",
                         figure::name(prop.prop)));
    }
    whole_ = false;
    return false;
  }

  // The placement `word` names, if `prop` may stand there: a placement the
  // drawing of that prop would ignore is an error, not a silent loss.
  bool placement_of(const ast::Name& word, figure::Prop prop, figure::Placement& out) {
    std::vector<std::string> allowed;
    for (figure::Placement p : figure::placements(prop)) allowed.emplace_back(figure::name(p));
    auto named = figure::placement_named(word.text);
    if (named && std::find(allowed.begin(), allowed.end(), figure::name(*named)) != allowed.end()) {
      out = *named;
      return true;
    }
    if (allowed.empty()) {
      diagnostics_.report(word.span, msg::UnknownFigureWordOf{fmt::format("placement of a {}", figure::name(prop)), names::shorten(word.text)})
          .help(fmt::format("leave out `{}`: the figure puts the {} where the position needs it", names::shorten(word.text), figure::name(prop)));
      whole_ = false;
    } else {
      unknown(word, fmt::format("placement of a {}", figure::name(prop)), allowed);
    }
    return false;
  }

  void unknown(const ast::Name& word, std::string_view what, const std::vector<std::string>& allowed) {
    report_unknown_word<msg::UnknownFigureWordOf>(diagnostics_, word, what, allowed);
    whole_ = false;
  }

  Diagnostics& diagnostics_;
  bool whole_ = true;
};

}  // namespace

std::optional<figure::Spec> checked_figure(const ast::Figure& written, Diagnostics& diagnostics) {
  return FigureChecker(diagnostics).run(written);
}

}  // namespace regimen::checking
