// The language server's parts: UTF-16 positions, documents kept up to date
// by changes, and the protocol's framing.
#include <catch2/catch.hpp>

#include <sstream>

#include "lsp/completion.h"
#include "lsp/documents.h"
#include "lsp/text_positions.h"
#include "lsp/transport.h"

using namespace regimen::lsp;

TEST_CASE("positions count UTF-16 units from the start of the line", "[lsp]") {
  // "é" is 2 bytes and 1 unit; "🙂" 4 bytes and 2 units.
  std::string text = "a\u00e9b\U0001F642c\nxy";
  CHECK(position_of(text, 0) == Position{0, 0});
  CHECK(position_of(text, 1) == Position{0, 1});   // é
  CHECK(position_of(text, 3) == Position{0, 2});   // b
  CHECK(position_of(text, 4) == Position{0, 3});   // 🙂
  CHECK(position_of(text, 8) == Position{0, 5});   // c
  CHECK(position_of(text, 10) == Position{1, 0});  // x
  CHECK(position_of(text, 99) == Position{1, 2});  // past the end: the end
  CHECK(offset_of(text, Position{0, 3}) == 4);
  CHECK(offset_of(text, Position{0, 5}) == 8);
  CHECK(offset_of(text, Position{0, 4}) == 4);    // inside the pair: the character's start
  CHECK(offset_of(text, Position{0, 50}) == 9);   // past the line's end: its end
  CHECK(offset_of(text, Position{1, 1}) == 11);
  CHECK(offset_of(text, Position{7, 0}) == text.size());
}

TEST_CASE("positions: CR LF and a lone CR end lines, as the protocol has it", "[lsp]") {
  std::string text = "ab\r\ncd\ref";
  CHECK(position_of(text, 4) == Position{1, 0});
  CHECK(position_of(text, 7) == Position{2, 0});
  CHECK(position_of(text, 3) == Position{0, 2});  // between \r and \n
  CHECK(offset_of(text, Position{1, 1}) == 5);
  CHECK(offset_of(text, Position{2, 1}) == 8);
  CHECK(offset_of(text, Position{0, 9}) == 2);
}

TEST_CASE("positions: a byte that starts no UTF-8 character is one unit", "[lsp]") {
  std::string text = "a\xff" "b";
  CHECK(position_of(text, 2) == Position{0, 2});
  CHECK(offset_of(text, Position{0, 2}) == 2);
}

TEST_CASE("documents: incremental and whole changes, in order", "[lsp]") {
  Documents docs;
  docs.open("file:///a.regimen", "cat_camel reps 10\n", 1);
  auto changes = nlohmann::json::parse(R"([
    {"range": {"start": {"line": 0, "character": 15}, "end": {"line": 0, "character": 17}}, "text": "12"},
    {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "childs_pose\n"}
  ])");
  REQUIRE(docs.change("file:///a.regimen", changes, 2));
  CHECK(docs.find("file:///a.regimen")->text == "cat_camel reps 12\nchilds_pose\n");
  CHECK(docs.find("file:///a.regimen")->version == 2);
  REQUIRE(docs.change("file:///a.regimen", nlohmann::json::parse(R"([{"text": "x"}])"), 3));
  CHECK(docs.find("file:///a.regimen")->text == "x");
  // A malformed change leaves the text as it was.
  CHECK_FALSE(docs.change("file:///a.regimen", nlohmann::json::parse(R"([{"text": "y"}, {"range": 1, "text": "z"}])"), 4));
  CHECK(docs.find("file:///a.regimen")->text == "x");
  CHECK_FALSE(docs.change("file:///b.regimen", nlohmann::json::parse(R"([{"text": "y"}])"), 1));
  docs.close("file:///a.regimen");
  CHECK(docs.find("file:///a.regimen") == nullptr);
}

TEST_CASE("documents: a file URI is a path", "[lsp]") {
  CHECK(path_of("file:///home/jo/my%20routine.regimen") == "/home/jo/my routine.regimen");
  CHECK(path_of("file://localhost/tmp/a.regimen") == "/tmp/a.regimen");
  CHECK(path_of("untitled:Untitled-1") == "untitled:Untitled-1");
}

TEST_CASE("framing: messages by Content-Length, malformed ones passed over", "[lsp]") {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}"
      "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 4\r\n\r\n[1,2]"
      "Content-Length: many\r\n\r\n"
      "Content-Length: 99999999999\r\n\r\n"
      "Content-Length: 10\r\n\r\n{\"a\"");
  Incoming first = read_message(in);
  CHECK(first.kind == Incoming::Kind::message);
  CHECK(first.body == "{}");
  Incoming second = read_message(in);
  CHECK(second.kind == Incoming::Kind::message);
  CHECK(second.body == "[1,2");
  // The `]` left over joins the next line, which is then no header: a
  // message without a length.
  Incoming third = read_message(in);
  CHECK(third.kind == Incoming::Kind::malformed);
  Incoming fourth = read_message(in);
  CHECK(fourth.kind == Incoming::Kind::malformed);
  CHECK(fourth.error == "a message larger than the server reads");
  // Cut short by the end of input.
  CHECK(read_message(in).kind == Incoming::Kind::end);
  CHECK(read_message(in).kind == Incoming::Kind::end);
}

TEST_CASE("framing: what is written is read back", "[lsp]") {
  std::stringstream pipe;
  write_message(pipe, R"({"jsonrpc":"2.0","id":1,"result":null})");
  write_message(pipe, "\u00e9");  // the length is in bytes
  CHECK(read_message(pipe).body == R"({"jsonrpc":"2.0","id":1,"result":null})");
  CHECK(read_message(pipe).body == "\u00e9");
}

TEST_CASE("completion: every property of a definition says what it is for", "[lsp]") {
  // A property added to the checker without a word for completion fails here.
  for (const auto& property : regimen::definition_properties()) {
    INFO(property);
    CHECK_FALSE(regimen::lsp::property_detail(property).empty());
  }
  CHECK(regimen::lsp::property_detail("no_such_property").empty());
}
