#include "base/source.h"

#include <algorithm>

#include "base/utf8.h"

namespace regimen {

Span Span::merge(const Span& other) const {
  if (!valid()) return other;
  if (!other.valid() || other.file != file) return *this;
  return Span{file, std::min(begin, other.begin), std::max(end, other.end)};
}

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), owned_(std::move(text)), text_(owned_) {}

SourceFile::SourceFile(std::string path, Borrowed text) : path_(std::move(path)), text_(text.text) {}

const SourceFile::Index& SourceFile::index() const {
  std::call_once(indexed_, [this] {
    index_.line_starts.push_back(0);
    for (std::uint32_t i = 0; i < text_.size(); ++i) {
      char c = text_[i];
      // "\r\n" is one line break; a lone "\r" is one too.
      if (c == '\n' || (c == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n'))) {
        index_.line_starts.push_back(i + 1);
      }
    }
    constexpr std::uint32_t kCheckpointBytes = 512;
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < text_.size(); ++chars) {
      if (index_.checkpoints.empty() || i >= index_.checkpoints.back().offset + kCheckpointBytes) {
        index_.checkpoints.push_back(Checkpoint{static_cast<std::uint32_t>(i), chars});
      }
      std::size_t n = utf8::sequence_length(text_, i);
      i += n == 0 ? 1 : n;
    }
  });
  return index_;
}

std::uint32_t SourceFile::chars_before(const Index& index, std::uint32_t offset) const {
  const auto& checkpoints = index.checkpoints;
  if (checkpoints.empty()) return 0;
  auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), offset,
                             [](std::uint32_t at, const Checkpoint& c) { return at < c.offset; });
  const Checkpoint& from = *(it - 1);  // the first checkpoint is at offset 0
  std::uint32_t chars = from.chars;
  for (std::size_t i = from.offset; i < offset; ++chars) {
    std::size_t n = utf8::sequence_length(text_, i);
    i += n == 0 ? 1 : n;
  }
  return chars;
}

LineCol SourceFile::line_col(std::uint32_t offset) const {
  const Index& at = index();
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(at.line_starts.begin(), at.line_starts.end(), offset);
  auto line = static_cast<std::uint32_t>(it - at.line_starts.begin());
  std::uint32_t start = at.line_starts[line - 1];
  return LineCol{line, chars_before(at, offset) - chars_before(at, start) + 1};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  const auto& starts = index().line_starts;
  if (line == 0 || line > starts.size()) return {};
  std::uint32_t start = starts[line - 1];
  std::uint32_t end = line < starts.size() ? starts[line] : static_cast<std::uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return text_.substr(start, end - start);
}

FileId SourceSet::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return static_cast<FileId>(files_.size() - 1);
}

FileId SourceSet::add(std::string path, SourceFile::Borrowed text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), text));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace regimen
