// Source text and positions: every file the compiler reads, and byte ranges into it.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace regimen {

// Index of a file in a SourceSet. Stable for the life of the set.
using FileId = std::uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

// A half-open byte range [begin, end) in one file.
struct Span {
  FileId file = kNoFile;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  bool valid() const { return file != kNoFile; }
  // The smallest span covering both; spans from different files keep `*this`.
  Span merge(const Span& other) const;
  bool operator==(const Span&) const = default;
};

// A 1-based line and column; the column counts characters, not bytes, so that a
// caret lines up under text with accents.
struct LineCol {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

class SourceFile {
 public:
  // A file read at run time: the file owns its text.
  SourceFile(std::string path, std::string text);
  // Text that outlives the file, such as the built-in library's modules,
  // which live in the program's own data: kept as a view, not copied.
  struct Borrowed {
    std::string_view text;
  };
  SourceFile(std::string path, Borrowed text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  LineCol line_col(std::uint32_t offset) const;
  // The text of 1-based line `line`, without its line ending.
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(index().line_starts.size()); }

 private:
  // Where lines start, and every few hundred bytes a character boundary and
  // the characters before it: a column is then counted from the nearest one,
  // not from the start of its line, which on a megabyte-long line would make
  // every position cost a megabyte of counting.
  struct Checkpoint {
    std::uint32_t offset;
    std::uint32_t chars;
  };
  struct Index {
    std::vector<std::uint32_t> line_starts;
    std::vector<Checkpoint> checkpoints;
  };
  // Built on the first question about a position: most files, the built-in
  // library's above all, are never asked one. Once-only, so that files shared
  // between threads may be asked at the same time.
  const Index& index() const;
  // The number of characters before `offset`, which lies on a character
  // boundary.
  std::uint32_t chars_before(const Index& index, std::uint32_t offset) const;

  std::string path_;
  std::string owned_;
  std::string_view text_;
  mutable std::once_flag indexed_;
  mutable Index index_;
};

// Owns every file of one compilation. Passed by reference: there is no global one.
class SourceSet {
 public:
  FileId add(std::string path, std::string text);
  // Text that outlives the set (see SourceFile::Borrowed).
  FileId add(std::string path, SourceFile::Borrowed text);
  const SourceFile& file(FileId id) const { return *files_.at(id); }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace regimen
