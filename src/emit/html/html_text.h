// Making routine text safe to place in HTML: element text, attribute values,
// CSS strings and anchor names. Nothing from a routine reaches the page unescaped.
#pragma once

#include <string>
#include <string_view>

namespace regimen::html {

// Text for an element or a quoted attribute value: & < > " ' become character references.
std::string escape(std::string_view text);

// A double-quoted CSS string literal (for `content:` in page margins). Quotes,
// backslashes, angle brackets and control characters become hex escapes, so the
// string can neither end itself nor the <style> element around it.
std::string css_string(std::string_view text);

// An id for an anchor: the library id reduced to letters, digits, '-' and '_',
// prefixed so that it is unique in the page even when ids repeat.
std::string anchor_id(std::string_view prefix, int number, std::string_view id);

}  // namespace regimen::html
