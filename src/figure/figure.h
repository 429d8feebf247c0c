// A library exercise's figure, from its `figure` line: the whole body on
// its support (scene.h), or a close-up of the hand (hand.h) or the foot
// (foot.h), and what the
// handouts and `regimen lib show --figure` do with either.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "figure/drawing.h"
#include "figure/foot.h"
#include "figure/hand.h"
#include "figure/scene.h"

namespace regimen::figure {

using Figure = std::variant<Scene, HandScene, FootScene>;

// A close-up when the figure starts from `hand` or `foot`, the body otherwise.
Figure figure_of(const Spec& spec);
Drawing draw(const Figure& figure);
std::vector<std::string> problems(const Figure& figure);

}  // namespace regimen::figure
