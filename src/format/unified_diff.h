// `regimen fmt --diff`: what formatting would change, as a unified diff that
// `patch` and code review tools read.
#pragma once

#include <string>
#include <string_view>

namespace regimen {

// The unified diff from `before` to `after` (three lines of context), with
// `---`/`+++` headers naming `path`; empty when the two are the same.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace regimen
