#include "parse/input_stream.h"

#include "base/utf8.h"

namespace regimen::syntax {

InputStream::InputStream(std::string_view utf8_text) {
  if (utf8_text.starts_with("\xEF\xBB\xBF")) utf8_text.remove_prefix(3);
  _data.reserve(utf8::count_chars(utf8_text));
  for (std::size_t i = 0; i < utf8_text.size();) {
    auto lead = static_cast<unsigned char>(utf8_text[i]);
    std::size_t n = lead < 0x80 ? 1 : utf8::sequence_length(utf8_text, i);
    if (n <= 1) {
      // ASCII; or a byte the caller should have mended, kept as it is.
      _data.push_back(lead);
      ++i;
      continue;
    }
    // The payload bits of the lead byte, then six from each continuation byte.
    char32_t code = lead & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) code = (code << 6) | (static_cast<unsigned char>(utf8_text[i + k]) & 0x3F);
    _data.push_back(code);
    i += n;
  }
  p = 0;
}

}  // namespace regimen::syntax
