#include "emit/pdf/pdf_flow.h"

#include <cstddef>

namespace regimen::pdf {

double height_of(const Block& block) {
  double h = block.inset_top + block.inset_bottom;
  for (std::size_t i = 0; i < block.items.size(); ++i) h += (i == 0 ? 0 : block.items[i].space_before) + block.items[i].height;
  return h;
}

Flow::Flow(double top, double bottom) : top_(top), bottom_(bottom), y_(top) { pages_.emplace_back(); }

void Flow::new_page() {
  pages_.emplace_back();
  y_ = top_;
}

void Flow::add(Block block) {
  const double gap = at_page_top() ? 0 : block.space_before;
  const double height = height_of(block);
  if (y_ + gap + height <= bottom_) {
    y_ += gap;
    place_whole(block);
  } else if (block.keep_together && height <= bottom_ - top_ && !at_page_top()) {
    new_page();
    place_whole(block);
  } else {
    place_split(block);
  }
}

void Flow::place_whole(const Block& block) {
  if (!block.bookmark.empty()) bookmarks_.push_back({block.bookmark, static_cast<int>(pages_.size()), y_});
  auto& draws = pages_.back().draws;
  const double top = y_;
  const double bottom = y_ + height_of(block);
  if (block.frame) draws.push_back([frame = block.frame, top, bottom](cairo_t* cr) { frame(cr, top, bottom); });
  double y = top + block.inset_top;
  for (std::size_t i = 0; i < block.items.size(); ++i) {
    const Item& item = block.items[i];
    if (i > 0) y += item.space_before;
    if (item.draw) draws.push_back([draw = item.draw, y](cairo_t* cr) { draw(cr, y); });
    y += item.height;
  }
  y_ = bottom;
}

// A block taller than what is left of the page and allowed to break (or
// taller than a whole page): items go on while they fit, then the rest moves
// on, each page's part with its own frame. A heading never ends a page.
void Flow::place_split(const Block& block) {
  const auto& items = block.items;
  // How much must fit together from item i on: it and everything it keeps with.
  auto run_height = [&](std::size_t i, bool opens_part) {
    double h = (opens_part ? 0 : items[i].space_before) + items[i].height;
    for (std::size_t j = i; j + 1 < items.size() && items[j].keep_with_next; ++j) h += items[j + 1].space_before + items[j + 1].height;
    return h;
  };
  if (!at_page_top()) {
    const double first = items.empty() ? 0 : run_height(0, true);
    if (y_ + block.space_before + block.inset_top + first + block.inset_bottom > bottom_) {
      new_page();
    } else {
      y_ += block.space_before;
    }
  }
  if (!block.bookmark.empty()) bookmarks_.push_back({block.bookmark, static_cast<int>(pages_.size()), y_});

  double part_top = y_;
  std::size_t frame_at = pages_.back().draws.size();
  auto close_part = [&]() {
    const double bottom = y_ + block.inset_bottom;
    if (block.frame) {
      auto& draws = pages_.back().draws;
      draws.insert(draws.begin() + static_cast<std::ptrdiff_t>(frame_at),
                   [frame = block.frame, top = part_top, bottom](cairo_t* cr) { frame(cr, top, bottom); });
    }
    y_ = bottom;
  };

  y_ += block.inset_top;
  bool opens_part = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (!opens_part && y_ + run_height(i, false) + block.inset_bottom > bottom_) {
      close_part();
      new_page();
      part_top = y_;
      frame_at = 0;
      y_ += block.inset_top;
      opens_part = true;
    }
    if (!opens_part) y_ += item.space_before;
    if (item.draw) pages_.back().draws.push_back([draw = item.draw, y = y_](cairo_t* cr) { draw(cr, y); });
    y_ += item.height;
    opens_part = false;
  }
  close_part();
}

}  // namespace regimen::pdf
