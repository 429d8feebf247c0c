// Compiles: the schedule may use the checked program, a layer below it.
#include "program/program.h"
#include "schedule/timeline.h"

int layer_probe_below();
int layer_probe_below() { return static_cast<int>(sizeof(regimen::program::Item)); }
