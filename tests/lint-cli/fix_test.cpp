// Applying fixes: byte-range edits, all of a finding's or none, never two
// edits on the same bytes.
#include <catch2/catch.hpp>

#include "lint/fix.h"

using regimen::FixIt;
using regimen::Span;
using regimen::lint::apply_fixes;
using regimen::lint::FixGroup;

namespace {
constexpr regimen::FileId kFile = 0;
FixIt edit(std::uint32_t begin, std::uint32_t end, std::string text) { return FixIt{Span{kFile, begin, end}, std::move(text)}; }
}  // namespace

TEST_CASE("fixes replace, insert and delete bytes and leave the rest alone", "[lint][fix]") {
  std::string text = "cat reps 10  # keep\nwall hold 20s\n";
  auto out = apply_fixes(text, kFile, {{edit(11, 11, " per side")}, {edit(20, 24, "door")}, {edit(25, 33, "")}});
  CHECK(out.text == "cat reps 10 per side  # keep\ndoor \n");
  CHECK(out.fixed == 3);
  CHECK(out.skipped == 0);
}

TEST_CASE("the order findings arrive in does not change the result", "[lint][fix]") {
  std::string text = "abcdef";
  auto forward = apply_fixes(text, kFile, {{edit(1, 2, "B")}, {edit(4, 5, "E")}});
  auto backward = apply_fixes(text, kFile, {{edit(4, 5, "E")}, {edit(1, 2, "B")}});
  CHECK(forward.text == "aBcdEf");
  CHECK(backward.text == forward.text);
}

TEST_CASE("an edit overlapping one already taken is skipped with its whole group", "[lint][fix]") {
  std::string text = "0123456789";
  // The second group's edit at 8 is fine, its edit at 4 overlaps the first group.
  auto out = apply_fixes(text, kFile, {{edit(2, 5, "x")}, {edit(8, 9, "Z"), edit(4, 6, "y")}, {edit(0, 1, "A")}});
  CHECK(out.text == "A1x56789");
  CHECK(out.fixed == 2);
  CHECK(out.skipped == 1);
}

TEST_CASE("two insertions at one place collide: touching ranges do not", "[lint][fix]") {
  std::string text = "abc";
  auto same_place = apply_fixes(text, kFile, {{edit(1, 1, "X")}, {edit(1, 1, "Y")}});
  CHECK(same_place.text == "aXbc");
  CHECK(same_place.skipped == 1);
  auto touching = apply_fixes(text, kFile, {{edit(0, 1, "A")}, {edit(1, 1, "-")}, {edit(1, 2, "B")}});
  // The insertion at 1 and the replacement from 1 start at the same byte: the later is skipped.
  CHECK(touching.text == "A-bc");
  CHECK(touching.fixed == 2);
}

TEST_CASE("edits outside the file or in another file are refused", "[lint][fix]") {
  std::string text = "abc";
  auto out = apply_fixes(text, kFile, {{edit(2, 9, "x")}, {FixIt{Span{1, 0, 1}, "y"}}, {}});
  CHECK(out.text == text);
  CHECK(out.fixed == 0);
  CHECK(out.skipped == 2);
}
