#include "figure/figure.h"

namespace regimen::figure {

Figure figure_of(const Spec& spec) {
  if (spec.start.position == Position::Hand) return hand_scene(spec);
  if (spec.start.position == Position::Foot) return foot_scene(spec);
  return scene(spec);
}

Drawing draw(const Figure& figure) {
  return std::visit([](const auto& f) { return draw(f); }, figure);
}

std::vector<std::string> problems(const Figure& figure) {
  return std::visit([](const auto& f) { return problems(f); }, figure);
}

}  // namespace regimen::figure
