// The documents the editor has open: their text as the editor holds it,
// kept up to date by whole or incremental changes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lsp/text_positions.h"

namespace regimen::lsp {

struct Document {
  std::string text;
  long version = 0;
};

class Documents {
 public:
  void open(const std::string& uri, std::string text, long version);
  // Applies `didChange`'s contentChanges in order: a change with a range
  // replaces that range (in UTF-16 positions), one without replaces the
  // whole text. False, leaving the document as it was, when a change is
  // malformed or the document is not open.
  bool change(const std::string& uri, const nlohmann::json& changes, long version);
  void close(const std::string& uri);
  const Document* find(const std::string& uri) const;
  std::vector<std::string> uris() const;

 private:
  std::map<std::string, Document> open_;
};

// A protocol Position ({"line", "character"}), or nullopt when `json` is none.
std::optional<Position> position_from_json(const nlohmann::json& json);

// The file a `file://` URI names ("file:///home/a%20b/x.regimen" ->
// "/home/a b/x.regimen"); the URI itself for any other scheme.
std::string path_of(const std::string& uri);

}  // namespace regimen::lsp
