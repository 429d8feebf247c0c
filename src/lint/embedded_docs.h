// docs/lint.md compiled into the binary, for `regimen lint --explain`.
#pragma once

#include <vector>

#include "library/embedded_stdlib.h"

namespace regimen {

// One entry, named `lint`. Immutable.
const std::vector<EmbeddedModule>& embedded_lint_docs();

}  // namespace regimen
