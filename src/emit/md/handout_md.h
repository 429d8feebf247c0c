// The handout as Markdown, for email and portals that render it. Every
// string from the routine is escaped, so it reads as written.
#pragma once

#include <string>

#include "handout/handout.h"

namespace regimen {

std::string handout_markdown(const handout::Handout& handout);

}  // namespace regimen
