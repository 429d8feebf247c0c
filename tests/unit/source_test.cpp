// base/source: turning byte offsets into lines and columns.
#include <catch2/catch.hpp>

#include "base/source.h"

using namespace regimen;

namespace {

std::pair<std::uint32_t, std::uint32_t> at(const SourceFile& file, std::uint32_t offset) {
  LineCol lc = file.line_col(offset);
  return {lc.line, lc.column};
}

using LC = std::pair<std::uint32_t, std::uint32_t>;

}  // namespace

TEST_CASE("line_col with LF line endings", "[source]") {
  SourceFile file("a.regimen", "ab\ncd\n\nef");
  CHECK(file.line_count() == 4);
  CHECK(at(file, 0) == LC{1, 1});
  CHECK(at(file, 1) == LC{1, 2});
  CHECK(at(file, 2) == LC{1, 3});  // the line break itself ends line 1
  CHECK(at(file, 3) == LC{2, 1});
  CHECK(at(file, 6) == LC{3, 1});
  CHECK(at(file, 7) == LC{4, 1});
  CHECK(at(file, 9) == LC{4, 3});  // the end of the file
}

TEST_CASE("line_col with CRLF line endings", "[source]") {
  SourceFile file("a.regimen", "ab\r\ncd\r\nef");
  CHECK(file.line_count() == 3);
  CHECK(at(file, 2) == LC{1, 3});
  CHECK(at(file, 3) == LC{1, 4});  // "\r\n" is one break, not two
  CHECK(at(file, 4) == LC{2, 1});
  CHECK(at(file, 8) == LC{3, 1});
}

TEST_CASE("line_col with lone CR line endings", "[source]") {
  SourceFile file("a.regimen", "ab\rcd\r\ref");
  CHECK(file.line_count() == 4);
  CHECK(at(file, 3) == LC{2, 1});
  CHECK(at(file, 6) == LC{3, 1});
  CHECK(at(file, 7) == LC{4, 1});
  CHECK(at(file, 8) == LC{4, 2});
}

TEST_CASE("columns count UTF-8 characters, not bytes", "[source]") {
  std::string text = "x\n\"Café crème\" reps 10";
  SourceFile file("a.regimen", text);
  auto reps = static_cast<std::uint32_t>(text.find("reps"));
  CHECK(at(file, reps) == LC{2, 14});
  std::string apostrophe = "\"Child\u2019s pose\" hold";
  SourceFile other("b.regimen", apostrophe);
  CHECK(at(other, static_cast<std::uint32_t>(apostrophe.find("hold"))) == LC{1, 16});
}

TEST_CASE("columns on a long line with many characters count from the line's start", "[source]") {
  // Long enough to cross many of the file's counting checkpoints, with
  // multi-byte characters straddling them, and lines starting between them.
  std::string text = "ab\n";
  for (int i = 0; i < 3000; ++i) text += "é€x";  // 2 + 3 + 1 bytes, 3 characters
  text += "\nz\n";
  SourceFile file("a.regimen", text);
  std::size_t line2 = 3;
  for (std::uint32_t k : {0u, 1u, 170u, 171u, 999u, 2999u}) {
    auto offset = static_cast<std::uint32_t>(line2 + 6 * k);
    CHECK(at(file, offset) == LC{2, 3 * k + 1});
    CHECK(at(file, offset + 2) == LC{2, 3 * k + 2});  // after the é
    CHECK(at(file, offset + 5) == LC{2, 3 * k + 3});  // after the €
  }
  CHECK(at(file, static_cast<std::uint32_t>(text.size() - 2)) == LC{3, 1});
}

TEST_CASE("line_col clamps offsets past the end", "[source]") {
  SourceFile file("a.regimen", "ab\ncd");
  CHECK(at(file, 1000) == LC{2, 3});
}

TEST_CASE("line_text returns a line without its ending", "[source]") {
  SourceFile file("a.regimen", "first\r\nsecond\rthird\nlast");
  CHECK(file.line_text(1) == "first");
  CHECK(file.line_text(2) == "second");
  CHECK(file.line_text(3) == "third");
  CHECK(file.line_text(4) == "last");
  CHECK(file.line_text(0).empty());
  CHECK(file.line_text(5).empty());
}

TEST_CASE("an empty file has one empty line", "[source]") {
  SourceFile file("a.regimen", "");
  CHECK(file.line_count() == 1);
  CHECK(at(file, 0) == LC{1, 1});
  CHECK(file.line_text(1).empty());
}

TEST_CASE("SourceSet hands out stable ids", "[source]") {
  SourceSet set;
  FileId a = set.add("a.regimen", "one");
  FileId b = set.add("b.regimen", "two");
  CHECK(a != b);
  CHECK(set.size() == 2);
  CHECK(set.file(a).text() == "one");
  CHECK(set.file(b).path() == "b.regimen");
}

TEST_CASE("Span::merge covers both spans of one file", "[source]") {
  Span a{0, 4, 8}, b{0, 2, 5}, other_file{1, 0, 100};
  Span m = a.merge(b);
  CHECK(m.begin == 2);
  CHECK(m.end == 8);
  CHECK(a.merge(other_file).end == 8);
  CHECK(Span{}.merge(a).begin == 4);
}

TEST_CASE("a borrowed text is read in place, with lines and columns as an owned one", "[source]") {
  static constexpr std::string_view kText = "one\ntw\xC3\xA9 x\r\nthree";
  SourceSet set;
  FileId borrowed = set.add("<stdlib>/x.regimen", SourceFile::Borrowed{kText});
  FileId owned = set.add("x.regimen", std::string(kText));
  const SourceFile& b = set.file(borrowed);
  CHECK(b.text().data() == kText.data());
  CHECK(b.line_count() == 3);
  CHECK(b.line_text(2) == "tw\xC3\xA9 x");
  for (std::uint32_t offset = 0; offset <= kText.size(); ++offset) {
    CHECK(at(b, offset) == at(set.file(owned), offset));
  }
  CHECK(at(b, 9) == LC{2, 5});  // after the two-byte character
}
