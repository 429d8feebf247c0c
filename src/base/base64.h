// Base64 (RFC 4648, with padding): pictures embedded in a handout's HTML as
// data URIs, so that the file stays whole on its own.
#pragma once

#include <string>
#include <string_view>

namespace regimen::base64 {

std::string encode(std::string_view bytes);

}  // namespace regimen::base64
