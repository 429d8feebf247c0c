// Making text safe to place in XML or HTML markup: the handouts' HTML and the
// figures' SVG share one escaping, so that neither can let a routine's words
// close an element or an attribute.
#pragma once

#include <string>
#include <string_view>

namespace regimen::markup {

// Text for an element or a quoted attribute value: & < > " ' become character references.
std::string escape(std::string_view text);

}  // namespace regimen::markup
