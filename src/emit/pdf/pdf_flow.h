// Pages for the PDF handout: blocks of measured items flow down the page and
// move whole to the next page when they do not fit, so an exercise or the
// safety box is never cut in two unless it is taller than a page.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <cairo.h>

namespace regimen::pdf {

// Something of known height that draws itself below a given top: a line of
// text, a table row, a rule.
struct Item {
  double space_before = 0;  // dropped when the item opens a page's part of its block
  double height = 0;
  std::function<void(cairo_t*, double top)> draw;
  bool keep_with_next = false;  // a heading stays with what it introduces
};

struct Block {
  std::vector<Item> items;
  double space_before = 0;  // above the block; dropped at the top of a page
  double inset_top = 0;     // inside the frame, above the items of each page's part
  double inset_bottom = 0;
  // Drawn behind each page's part of the block: the safety box's tint and border.
  std::function<void(cairo_t*, double top, double bottom)> frame;
  bool keep_together = true;
  std::string bookmark;  // an entry in the PDF's outline, at the block's top
};

struct Bookmark {
  std::string title;
  int page = 1;  // counted from 1
  double y = 0;
};

// What one page shows, in drawing order.
struct Page {
  std::vector<std::function<void(cairo_t*)>> draws;
};

class Flow {
 public:
  // The band of each page that the blocks fill, from `top` down to `bottom`.
  Flow(double top, double bottom);

  void add(Block block);

  const std::vector<Page>& pages() const { return pages_; }
  const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }

 private:
  void new_page();
  bool at_page_top() const { return y_ == top_; }
  void place_whole(const Block& block);
  void place_split(const Block& block);

  double top_;
  double bottom_;
  double y_;
  std::vector<Page> pages_;
  std::vector<Bookmark> bookmarks_;
};

double height_of(const Block& block);

}  // namespace regimen::pdf
