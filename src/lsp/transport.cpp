#include "lsp/transport.h"

#include <charconv>
#include <string>
#include <string_view>

namespace regimen::lsp {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

Incoming read_message(std::istream& in) {
  std::optional<std::size_t> length;
  std::string error;
  bool any_header = false;
  std::string line;
  // Headers, up to the blank line; a line that is no header is passed over.
  while (std::getline(in, line)) {
    std::string_view header = trim(line);
    if (header.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    auto colon = header.find(':');
    if (colon == std::string_view::npos) {
      error = "a header line without a `:`";
      continue;
    }
    if (!same_word(trim(header.substr(0, colon)), "Content-Length")) continue;  // Content-Type and others
    std::string_view value = trim(header.substr(colon + 1));
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      error = "a Content-Length that is not a number";
    } else if (n > kMaxMessageBytes) {
      error = "a message larger than the server reads";
    } else {
      length = n;
    }
  }
  if (!in) return {};  // the input ended, within the headers or before them
  if (!length) {
    Incoming out;
    out.kind = Incoming::Kind::malformed;
    out.error = error.empty() ? "a message without a Content-Length header" : error;
    return out;
  }
  Incoming out;
  out.body.resize(*length);
  in.read(out.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length) return {};
  out.kind = Incoming::Kind::message;
  return out;
}

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

void write_message(std::ostream& out, const std::string& body) {
  out << framed(body);
  out.flush();
}

}  // namespace regimen::lsp
