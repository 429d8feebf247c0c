// The handout as plain text, wrapped for email and plain-text portals.
#pragma once

#include <string>

#include "handout/handout.h"

namespace regimen {

std::string handout_text(const handout::Handout& handout);

}  // namespace regimen
