// The one symbol regimen-backends.so exports; everything else in it is hidden.
#include "backends/table.h"

extern "C" __attribute__((visibility("default"))) const regimen::backends::Table* regimen_backends_table() {
  static const regimen::backends::Table table{
      regimen::backends::kTableVersion,
      &regimen::handout_pdf,
      &regimen::ics::calendar_for_build,
  };
  return &table;
}
