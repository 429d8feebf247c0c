// The handout's parts as blocks for the page flow, in reading order: the
// heading, the facts, what you need, the safety box, notes, the exercises by
// section and the tracker.
#pragma once

#include <vector>

#include "emit/pdf/pdf_blocks.h"
#include "handout/handout.h"

namespace regimen::pdf {

Block title_block(const handout::Handout& handout, const Kit& kit);
Block facts_block(const std::vector<handout::Fact>& facts, const Kit& kit);
Block equipment_block(const handout::Handout& handout, const Kit& kit);
Block safety_block(const handout::Safety& safety, const Kit& kit);
Block notes_block(const std::vector<std::string>& notes, const Kit& kit);
// One block per exercise, the section's heading kept with the first.
std::vector<Block> section_blocks(const handout::Section& section, const Kit& kit);
// One block per week's grid, the tracker's heading kept with the first.
std::vector<Block> tracker_blocks(const handout::Tracker& tracker, const Kit& kit);

// The footer of page `page` of `pages`: the handout's footer text and the page number.
void draw_footer(cairo_t* cr, const std::string& text, int page, int pages, const Kit& kit);

}  // namespace regimen::pdf
