// The starter programs compiled into the binary (from stdlib/templates/*.regimen).
#pragma once

#include <vector>

#include "library/embedded_stdlib.h"

namespace regimen {

// In file-name order, named by the file's stem (`knee_oa`). Immutable.
const std::vector<EmbeddedModule>& embedded_templates();

}  // namespace regimen
