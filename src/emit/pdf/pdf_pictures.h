// The pictures on an exercise's card, in one row scaled to fit: the
// library's drawing of it, or the clinic's own pictures.
#pragma once

#include <vector>

#include "emit/pdf/pdf_blocks.h"
#include "handout/handout.h"

namespace regimen::pdf {

// Adds the row to `block`, within [x, x + width]. Each picture is read here,
// before any page is drawn: one that cannot be (a PNG whose pixels are
// damaged, an SVG librsvg refuses) throws std::runtime_error naming it, and
// no PDF is written, rather than a card without its picture.
void add_pictures(Block& block, const handout::Exercise& exercise, const Kit& kit, double x, double width,
                  double space_before);

}  // namespace regimen::pdf
