// Must not compile: the schedule may not reach up into the checker. If this
// builds, the include paths no longer enforce the layers.
#include "check/checker.h"

int layer_probe_above();
int layer_probe_above() { return 0; }
