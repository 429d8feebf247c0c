// The cairo writer of a figure's drawing: the same marks the SVG writer
// writes, as PDF paths.
#pragma once

#include <cairo.h>

#include "figure/drawing.h"

namespace regimen::pdf {

// Draws `drawing` scaled to fit the box at (x, y), w by h in points, its
// floor on the box's bottom edge and centred across it.
void draw_figure(cairo_t* cr, const figure::Drawing& drawing, double x, double y, double w, double h);

}  // namespace regimen::pdf
