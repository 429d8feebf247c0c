// base/utf8: counting characters and finding bytes that are not UTF-8.
#include <catch2/catch.hpp>

#include "base/utf8.h"

using namespace regimen;

TEST_CASE("count_chars counts code points, not bytes", "[utf8]") {
  CHECK(utf8::count_chars("") == 0);
  CHECK(utf8::count_chars("cat_camel") == 9);
  CHECK(utf8::count_chars("café") == 4);              // é is two bytes
  CHECK(utf8::count_chars("Child\u2019s pose") == 12); // the apostrophe is three
  CHECK(utf8::count_chars("\xF0\x9F\x92\xAA") == 1);  // a four-byte emoji
}

TEST_CASE("count_chars counts each invalid byte as one character", "[utf8]") {
  CHECK(utf8::count_chars("a\xFF" "b") == 3);
  CHECK(utf8::count_chars("\xC3") == 1);              // a sequence cut short
  CHECK(utf8::count_chars("\xE2\x80") == 2);
}

TEST_CASE("invalid_offsets finds the first byte of every bad sequence", "[utf8]") {
  CHECK(utf8::invalid_offsets("plain ascii").empty());
  CHECK(utf8::invalid_offsets("café \u2019 \xF0\x9F\x92\xAA").empty());
  CHECK(utf8::invalid_offsets("a\xFF" "b\xFE") == std::vector<std::uint32_t>{1, 3});
  // A stray continuation byte, an overlong '/', and an encoded surrogate.
  CHECK(utf8::invalid_offsets("\x80") == std::vector<std::uint32_t>{0});
  CHECK_FALSE(utf8::invalid_offsets("x\xC0\xAF").empty());
  CHECK(utf8::invalid_offsets("x\xC0\xAF").front() == 1);
  CHECK_FALSE(utf8::invalid_offsets("\xED\xA0\x80").empty());
  // A code point past U+10FFFF.
  CHECK_FALSE(utf8::invalid_offsets("\xF4\x90\x80\x80").empty());
}

TEST_CASE("replace_invalid keeps every byte offset", "[utf8]") {
  std::string text = "ab\xFF" "cd\xC3" "é\xE2\x80";
  std::string fixed = utf8::replace_invalid(text);
  REQUIRE(fixed.size() == text.size());
  CHECK(utf8::invalid_offsets(fixed).empty());
  CHECK(fixed.substr(0, 2) == "ab");
  CHECK(fixed[2] == '?');
  CHECK(fixed.substr(3, 2) == "cd");
  CHECK(fixed[5] == '?');
  CHECK(fixed.substr(6, 2) == "é");  // the valid sequence after a bad byte is kept
  CHECK(fixed.find("\xE2") == std::string::npos);
}

TEST_CASE("replace_invalid leaves valid text as it is", "[utf8]") {
  std::string text = "Child\u2019s pose \"café\"";
  CHECK(utf8::replace_invalid(text) == text);
}
