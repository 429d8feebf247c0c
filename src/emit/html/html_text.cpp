#include "emit/html/html_text.h"

#include <cstdio>

namespace regimen::html {

std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    // UTF-8 continuation and lead bytes pass through: the page is UTF-8.
    const bool plain = byte >= 0x80 || (byte >= 0x20 && byte != 0x7f && c != '"' && c != '\\' && c != '<' &&
                                        c != '>' && c != '&');
    if (plain) {
      out += c;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\%X ", byte);
      out += hex;
    }
  }
  out += '"';
  return out;
}

std::string anchor_id(std::string_view prefix, int number, std::string_view id) {
  std::string out{prefix};
  out += '-';
  out += std::to_string(number);
  if (!id.empty()) out += '-';
  for (char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += keep ? c : '-';
  }
  return out;
}

}  // namespace regimen::html
