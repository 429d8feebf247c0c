// The handout's stylesheet: one inline <style> with screen, phone and print
// rules, system fonts only, and a large-print variant.
#pragma once

#include <string>
#include <string_view>

#include "emit/html/handout_html.h"

namespace regimen::html {

// FOOTER is the routine's title, repeated at the foot of every printed page.
std::string handout_css(const HtmlOptions& options, std::string_view footer);

}  // namespace regimen::html
