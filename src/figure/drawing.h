// A figure as marks on paper: lines, discs and filled shapes, in the order
// they are drawn, in statures with y up. The PDF's cairo writer and the SVG
// writer draw exactly these marks, so the two handouts show one figure.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "figure/foot.h"
#include "figure/hand.h"
#include "figure/scene.h"

namespace regimen::figure {

// The inks of the drawing, all greys so that it prints in black and white.
enum class Ink {
  Outline,   // the body's edge
  Ghost,     // the start pose's edge, when the figure moves
  Skin,      // the body's fill
  FarSkin,   // the far limbs' fill, behind the body
  Prop,      // props' lines and the floor
  PropFill,  // props' fill
  Arrow,     // the movement
};
// The ink's colour as 0xRRGGBB.
std::uint32_t rgb(Ink ink);

struct Line {  // round caps and joins
  std::vector<Point> points;
  double width = 0;
  Ink ink = Ink::Outline;
};
struct Dot {  // a filled circle
  Point centre;
  double radius = 0;
  Ink ink = Ink::Outline;
};
struct Shape {  // a filled polygon with an edge
  std::vector<Point> points;
  Ink fill = Ink::PropFill;
  Ink edge = Ink::Prop;
  double width = 0;
};
using Mark = std::variant<Line, Dot, Shape>;

struct Drawing {
  std::vector<Mark> marks;
  Point low;   // the marks' bounds, lower left, with their widths
  Point high;  // upper right
};

Drawing draw(const Scene& scene);
Drawing draw(const HandScene& scene);  // hand_drawing.cpp
Drawing draw(const FootScene& scene);  // foot_drawing.cpp

// The drawing as a standalone SVG document, `width_mm` wide; its height
// follows the drawing's proportions. `title` becomes its accessible name.
std::string svg(const Drawing& drawing, double width_mm, const std::string& title);

}  // namespace regimen::figure
