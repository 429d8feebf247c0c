// `regimen fmt`'s promises (docs/formatting.md), over every routine file of
// the project (examples, library modules and templates, conformance, lint,
// schedule and fuzz corpora) and over layouts generated from them:
// - formatting twice gives the same bytes;
// - the formatted file compiles to the same program, the same exercise
//   definitions and the same problems, positions aside;
// - every comment is kept, in order, after the same code;
// - a file is refused exactly when the parser reports an error in it;
// - however a file is laid out (spaces, tabs, runs of blank lines, `;`,
//   braces on their own line), it formats to the same bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

#include "driver/workspace.h"
#include "emit/json/library_json.h"
#include "emit/json/program_json.h"
#include "format/format.h"
#include "format/unified_diff.h"
#include "format_properties.h"
#include "parse/parser.h"

using namespace regimen;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "stdlib", "tests/conformance", "tests/lint/corpus", "tests/schedule/cases",
                             "tests/fuzz/corpus"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(REGIMEN_SOURCE_DIR) / folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".regimen") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::optional<std::string> format_text(const std::string& text, Diagnostics& diagnostics) {
  SourceSet sources;
  FileId id = sources.add("t.regimen", text);
  return format_file(sources, id, diagnostics);
}

std::optional<std::string> format_text(const std::string& text) {
  Diagnostics ignored;
  return format_text(text, ignored);
}

std::optional<std::vector<LayoutToken>> tokens_of(const std::string& text) {
  SourceSet sources;
  FileId id = sources.add("t.regimen", text);
  Diagnostics ignored;
  return layout(sources, id, ignored);
}

bool is_code(const LayoutToken& t) {
  return t.role != TokenRole::line_break && t.role != TokenRole::separator && t.role != TokenRole::comment &&
         t.role != TokenRole::open_brace && t.role != TokenRole::close_brace;
}

// Each comment, with what code stands before it: how many tokens, and a sum
// of their hashes that does not depend on their order (clauses move within
// their line, never past a comment).
struct CommentPlace {
  std::string text;
  std::size_t code_before = 0;
  std::size_t code_hash = 0;
  bool operator==(const CommentPlace&) const = default;
};

std::vector<CommentPlace> comments(const std::vector<LayoutToken>& tokens) {
  std::vector<CommentPlace> out;
  std::size_t count = 0, hash = 0;
  for (const auto& t : tokens) {
    if (t.role == TokenRole::comment) {
      out.push_back({format_properties::comment_text(t), count, hash});
    } else if (is_code(t)) {
      ++count;
      hash += std::hash<std::string>{}(t.bare.empty() ? t.text : t.bare);
    }
  }
  return out;
}

// What a file compiles to: the program, the exercises it defines, and the
// codes of its problems.
nlohmann::json compiled(const fs::path& path, const std::string& text) {
  Workspace workspace{WorkspaceOptions{}};
  Compilation c = workspace.compile(path.string(), text, CheckOptions{});
  nlohmann::json out;
  if (c.program) out["program"] = program_to_json(*c.program, workspace.sources(), c.root);
  if (c.library) {
    for (const auto& [id, exercise] : c.library->exercises()) {
      if (workspace.library().by_id(id) != &exercise) out["exercises"][id] = exercise_document_json(exercise, *c.library);
    }
  }
  std::vector<std::string> codes;
  for (const auto& d : c.diagnostics.all()) codes.push_back(diagnostic_code(d));
  std::sort(codes.begin(), codes.end());
  out["codes"] = codes;
  format_properties::drop_spans(out);
  return out;
}

// A block of one statement on its header's line, which a brace moved to a
// line of its own would open out.
bool one_line_block(const std::vector<LayoutToken>& tokens, std::size_t open) {
  for (std::size_t j = open + 1; j < tokens.size(); ++j) {
    if (tokens[j].role == TokenRole::close_brace) return true;
    if (tokens[j].role == TokenRole::line_break || tokens[j].role == TokenRole::separator ||
        tokens[j].role == TokenRole::open_brace || tokens[j].role == TokenRole::comment)
      return false;
  }
  return false;
}

// The tokens of `text` laid out anew at random: other spaces and tabs between
// them, more blank lines where there is one, `;` for some line breaks,
// braces on lines of their own.
std::string scramble(const std::vector<LayoutToken>& tokens, std::mt19937& random) {
  static const char* const kSpaces[] = {" ", "  ", "\t", " \t  "};
  std::uniform_int_distribution<int> space(0, 3), percent(0, 99);
  std::string out;
  const LayoutToken* previous = nullptr;  // on the line being written
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const LayoutToken& t = tokens[i];
    const LayoutToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    if (t.role == TokenRole::line_break) {
      bool after_comma = previous != nullptr && previous->text == ",";
      bool after_comment = previous != nullptr && previous->role == TokenRole::comment;
      bool before_brace = next != nullptr && next->role == TokenRole::open_brace;
      bool before_blank = next != nullptr && next->role == TokenRole::line_break;
      bool before_comment = next != nullptr && next->role == TokenRole::comment;  // it would join this line
      // After code: a line of `;` alone stands for a blank line.
      bool after_code = previous != nullptr && (is_code(*previous) || previous->role == TokenRole::close_brace);
      if (!after_comma && !after_comment && !before_brace && !before_blank && !before_comment && after_code &&
          percent(random) < 20) {
        out += " ; ";
        continue;  // the line goes on
      }
      out += '\n';
      // A blank line stays one, however many there are.
      if (previous == nullptr && !before_brace && percent(random) < 50) out += "\n\n";
      previous = nullptr;
      continue;
    }
    if (t.role == TokenRole::open_brace && previous != nullptr && previous->role != TokenRole::comment &&
        !one_line_block(tokens, i) && percent(random) < 30) {
      out += '\n';
      previous = nullptr;
    }
    if (previous != nullptr) out += kSpaces[space(random)];
    out += t.text;
    previous = &t;
  }
  return out;
}

}  // namespace

TEST_CASE("fmt properties hold over every routine file of the project", "[format][properties]") {
  auto files = corpus();
  REQUIRE(files.size() > 400);
  std::size_t formatted = 0;
  for (const auto& path : files) {
    INFO(path.string());
    std::string text = read(path);
    Diagnostics diagnostics;
    auto once = format_text(text, diagnostics);

    // Refused exactly when the parser reports an error.
    SourceSet sources;
    Diagnostics parsed;
    parse(sources, sources.add("t.regimen", text), parsed);
    CHECK(once.has_value() == !parsed.has_errors());
    if (!once) continue;
    ++formatted;

    auto twice = format_text(*once);
    REQUIRE(twice.has_value());
    CHECK(*twice == *once);

    auto before = tokens_of(text), after = tokens_of(*once);
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    CHECK(comments(*after) == comments(*before));

    CHECK(compiled(path, *once) == compiled(path, text));
  }
  // Most of the corpus parses; the fuzz corpora hold broken files too.
  CHECK(formatted > files.size() * 3 / 4);
}

TEST_CASE("fmt gives the same bytes however a file is laid out", "[format][properties]") {
  std::mt19937 random(20261204);
  std::size_t tried = 0;
  for (const auto& path : corpus()) {
    std::string text = read(path);
    auto canonical = format_text(text);
    if (!canonical) continue;
    auto tokens = tokens_of(text);
    REQUIRE(tokens.has_value());
    for (int round = 0; round < 3; ++round) {
      std::string scrambled = scramble(*tokens, random);
      INFO(path.string());
      Diagnostics diagnostics;
      auto again = format_text(scrambled, diagnostics);
      REQUIRE(again.has_value());
      INFO("--- what differs:\n" << unified_diff(path.string(), *canonical, *again));
      CHECK(*again == *canonical);
      ++tried;
    }
  }
  CHECK(tried > 1000);
}
