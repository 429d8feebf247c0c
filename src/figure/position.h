// The named base positions: the joint angles each starts from, how it is
// put on its support, and the contacts it requires.
#pragma once

#include <vector>

#include "figure/pose.h"
#include "figure/spec.h"

namespace regimen::figure {

// How the model puts a position on its support.
enum class Support {
  Feet,  // standing: balanced on the feet, the centre of mass above them
  Seat,  // sitting: the pelvis on a seat whose height puts the feet on the floor
  Rest,  // lying, kneeling, on all fours: resting on the floor, turned as little as it can from the position's own lie
  Flat,  // lying seen from above: the floor is under the whole body, behind the page; the pelvis stays where it lies
  None,  // a close-up: figure/hand.h places the forearm, on a table or held up; figure/foot.h the foot on the floor
};

// A part of the body that must touch the support, on either side.
struct Contact {
  Segment segment;
  Segment or_segment;     // the same as `segment`, or another that serves (the heel's end of the shank for a foot)
  std::string_view what;  // "a foot", for a test's or a review's message
};

struct PositionInfo {
  Pose base;                      // hip at the origin
  Support support = Support::Feet;
  std::vector<Contact> contacts;  // each must touch the support
};

// The position as `view` shows it: from the front, a body lying face down
// or on all fours leans toward the viewer, and one lying on its side lies
// across the page on its left side, the right side up. From above, a body
// lying on its back or front lies along the page, the head to the right,
// its base pose seen from the front or from behind.
PositionInfo position_info(Position position, View view = View::Side);

// On all fours, seen from the side, as the back rounds or arches: the hips
// and shoulders bend so that the thighs and arms keep the base position's
// angle to the line from the hips to the shoulders, the hands and knees
// staying under them. A joint the pose's notation set is left as written
// (`hips` or `shoulders` false).
void keep_limbs_under(Pose& pose, bool hips, bool shoulders);

}  // namespace regimen::figure
