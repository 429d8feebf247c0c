// The handout as one self-contained HTML page: inline CSS with print rules,
// no script, no external request. Every string from the routine is escaped.
#pragma once

#include <string>

#include "handout/handout.h"

namespace regimen {

struct HtmlOptions {
  bool large_print = false;  // body text at least 16 pt
  std::string lang = "en";
};

std::string handout_html(const handout::Handout& handout, const HtmlOptions& options);

}  // namespace regimen
