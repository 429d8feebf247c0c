#include "lsp/documents.h"

#include "lsp/text_positions.h"

namespace regimen::lsp {

void Documents::open(const std::string& uri, std::string text, long version) {
  open_[uri] = Document{std::move(text), version};
}

bool Documents::change(const std::string& uri, const nlohmann::json& changes, long version) {
  auto it = open_.find(uri);
  if (it == open_.end() || !changes.is_array()) return false;
  std::string text = it->second.text;
  for (const auto& change : changes) {
    if (!change.is_object() || !change.contains("text") || !change["text"].is_string()) return false;
    const std::string& replacement = change["text"].get_ref<const std::string&>();
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    const auto& range = change["range"];
    if (!range.is_object() || !range.contains("start") || !range.contains("end")) return false;
    auto start = position_from_json(range["start"]), end = position_from_json(range["end"]);
    if (!start || !end) return false;
    std::size_t from = offset_of(text, *start), to = offset_of(text, *end);
    if (to < from) return false;
    text.replace(from, to - from, replacement);
  }
  it->second = Document{std::move(text), version};
  return true;
}

void Documents::close(const std::string& uri) { open_.erase(uri); }

std::vector<std::string> Documents::uris() const {
  std::vector<std::string> out;
  for (const auto& [uri, doc] : open_) out.push_back(uri);
  return out;
}

const Document* Documents::find(const std::string& uri) const {
  auto it = open_.find(uri);
  return it == open_.end() ? nullptr : &it->second;
}

std::optional<Position> position_from_json(const nlohmann::json& p) {
  if (!p.is_object() || !p.contains("line") || !p.contains("character") || !p["line"].is_number_unsigned() ||
      !p["character"].is_number_unsigned())
    return std::nullopt;
  return Position{p["line"].get<std::size_t>(), p["character"].get<std::size_t>()};
}

std::string path_of(const std::string& uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.rfind(kScheme, 0) != 0) return uri;
  std::string out;
  for (std::size_t i = kScheme.size(); i < uri.size(); ++i) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
      out += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  // "file://host/path": a host other than localhost is not ours to read.
  if (!out.empty() && out[0] != '/') {
    auto slash = out.find('/');
    out = slash == std::string::npos ? std::string("/") : out.substr(slash);
  }
  return out;
}

}  // namespace regimen::lsp
