// Making routine text safe to place in HTML: CSS strings and anchor names (element
// text and attribute values: base/markup.h). Nothing from a routine reaches the page unescaped.
#pragma once

#include <string>
#include <string_view>

#include "base/markup.h"

namespace regimen::html {

// A double-quoted CSS string literal (for `content:` in page margins). Quotes,
// backslashes, angle brackets and control characters become hex escapes, so the
// string can neither end itself nor the <style> element around it.
std::string css_string(std::string_view text);

// An id for an anchor: the library id reduced to letters, digits, '-' and '_',
// prefixed so that it is unique in the page even when ids repeat.
std::string anchor_id(std::string_view prefix, int number, std::string_view id);

}  // namespace regimen::html
