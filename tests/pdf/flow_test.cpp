// The page flow: blocks move whole to the next page when they do not fit,
// break only when taller than a page, and headings never end a page.
#include <catch2/catch.hpp>

#include <vector>

#include "emit/pdf/pdf_flow.h"

using regimen::pdf::Block;
using regimen::pdf::Flow;
using regimen::pdf::Item;

namespace {

// Where each item was drawn: the page (from 1), its label and its top.
struct Drawn {
  int page;
  int label;
  double top;
};

struct Record {
  std::vector<Drawn> items;
  std::vector<std::pair<double, double>> frames;  // top and bottom of each frame part
  int page = 0;
};

Item item(Record& record, int label, double height, double space_before = 0, bool keep_with_next = false) {
  Item i;
  i.height = height;
  i.space_before = space_before;
  i.keep_with_next = keep_with_next;
  i.draw = [&record, label](cairo_t*, double top) { record.items.push_back({record.page, label, top}); };
  return i;
}

Block block(std::vector<Item> items, double space_before = 0) {
  Block b;
  b.items = std::move(items);
  b.space_before = space_before;
  return b;
}

// Runs every page's drawing, as the writer does, without a cairo context.
void draw(const Flow& flow, Record& record) {
  for (const auto& page : flow.pages()) {
    ++record.page;
    for (const auto& d : page.draws) d(nullptr);
  }
}

const Drawn& find(const Record& record, int label) {
  for (const auto& d : record.items) {
    if (d.label == label) return d;
  }
  FAIL("item " << label << " was not drawn");
  return record.items.front();
}

}  // namespace

TEST_CASE("blocks that fit stay on the page, one below the other") {
  Record r;
  Flow flow(100, 500);
  flow.add(block({item(r, 1, 50)}));
  flow.add(block({item(r, 2, 50)}, 10));
  draw(flow, r);
  REQUIRE(flow.pages().size() == 1);
  CHECK(find(r, 1).top == 100);
  CHECK(find(r, 2).top == 160);
}

TEST_CASE("a block that does not fit moves whole to the next page") {
  Record r;
  Flow flow(100, 500);
  flow.add(block({item(r, 1, 300)}));
  flow.add(block({item(r, 2, 60), item(r, 3, 60, 5)}, 20));
  draw(flow, r);
  REQUIRE(flow.pages().size() == 2);
  CHECK(find(r, 1).page == 1);
  // Both parts of the second block on page 2, and its space above dropped at the top.
  CHECK(find(r, 2).page == 2);
  CHECK(find(r, 2).top == 100);
  CHECK(find(r, 3).page == 2);
  CHECK(find(r, 3).top == 165);
}

TEST_CASE("a block taller than a page breaks between items, and only then") {
  Record r;
  Flow flow(100, 500);
  flow.add(block({item(r, 1, 100)}));
  std::vector<Item> tall;
  for (int i = 0; i < 6; ++i) tall.push_back(item(r, 10 + i, 100));
  Block b = block(tall, 10);
  b.frame = [&r](cairo_t*, double top, double bottom) { r.frames.emplace_back(top, bottom); };
  flow.add(std::move(b));
  draw(flow, r);
  REQUIRE(flow.pages().size() == 2);
  // It starts right after the first block rather than on a new page ...
  CHECK(find(r, 10).page == 1);
  CHECK(find(r, 10).top == 210);
  CHECK(find(r, 11).page == 1);
  // ... and goes on at the top of the next page, where the rest fits.
  CHECK(find(r, 12).page == 2);
  CHECK(find(r, 12).top == 100);
  CHECK(find(r, 15).page == 2);
  CHECK(find(r, 15).top == 400);
  // Each page's part has its own frame, around its items only.
  REQUIRE(r.frames.size() == 2);
  CHECK(r.frames[0] == std::pair<double, double>(210, 410));
  CHECK(r.frames[1] == std::pair<double, double>(100, 500));
}

TEST_CASE("nothing drawn ever goes below the bottom of the band, but a single oversized item") {
  Record r;
  Flow flow(50, 450);
  for (int b = 0; b < 20; ++b) {
    std::vector<Item> items;
    for (int i = 0; i < 1 + b % 7; ++i) items.push_back(item(r, b * 100 + i, 20 + 7 * i, 4));
    flow.add(block(items, 12));
  }
  draw(flow, r);
  // Every item's bottom within the band: look the heights up again by label.
  for (const auto& d : r.items) {
    const double height = 20 + 7 * (d.label % 100);
    CHECK(d.top >= 50);
    CHECK(d.top + height <= 450);
  }
}

TEST_CASE("a heading inside a breaking block never ends a page") {
  Record r;
  Flow flow(0, 400);
  // Six lines, a heading that would just fit below them, then more lines.
  std::vector<Item> items;
  for (int i = 0; i < 6; ++i) items.push_back(item(r, 10 + i, 60));
  items.push_back(item(r, 2, 30, 0, true));
  for (int i = 0; i < 10; ++i) items.push_back(item(r, 20 + i, 60));
  flow.add(block(items));
  draw(flow, r);
  CHECK(find(r, 15).page == 1);
  CHECK(find(r, 2).page == 2);
  CHECK(find(r, 2).top == 0);
  CHECK(find(r, 20).page == 2);
}

TEST_CASE("a heading whose first line does not fit moves on with it") {
  Record r;
  Flow flow(0, 400);
  flow.add(block({item(r, 1, 340)}));
  std::vector<Item> items{item(r, 2, 30, 0, true)};
  for (int i = 0; i < 10; ++i) items.push_back(item(r, 10 + i, 60));
  flow.add(block(items));
  draw(flow, r);
  CHECK(find(r, 2).page == 2);
  CHECK(find(r, 2).top == 0);
  CHECK(find(r, 10).page == 2);
}

TEST_CASE("bookmarks point to the page where their block starts") {
  Record r;
  Flow flow(0, 400);
  Block first = block({item(r, 1, 300)});
  first.bookmark = "One";
  Block second = block({item(r, 2, 300)});
  second.bookmark = "Two";
  flow.add(std::move(first));
  flow.add(std::move(second));
  REQUIRE(flow.bookmarks().size() == 2);
  CHECK(flow.bookmarks()[0].page == 1);
  CHECK(flow.bookmarks()[1].page == 2);
  CHECK(flow.bookmarks()[1].y == 0);
}
