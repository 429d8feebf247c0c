#include "figure/figure.h"

namespace regimen::figure {

Figure figure_of(const Spec& spec) {
  if (spec.start.position && close_up(*spec.start.position)) return hand_scene(spec);
  return scene(spec);
}

Drawing draw(const Figure& figure) {
  return std::visit([](const auto& f) { return draw(f); }, figure);
}

std::vector<std::string> problems(const Figure& figure) {
  return std::visit([](const auto& f) { return problems(f); }, figure);
}

}  // namespace regimen::figure
