// What the loadable backends module (regimen-backends.so) offers the program:
// the two writers that need large libraries (cairo and pango for the PDF,
// libical for the calendar). Keeping them out of the program means that
// `regimen check`, `lint` and the other outputs start without loading some
// forty shared libraries they never use.
#pragma once

#include <optional>
#include <string>

#include "emit/ics/calendar_ics.h"
#include "emit/pdf/handout_pdf.h"

namespace regimen::backends {

// Both sides are built from the same sources in one build; the version
// catches a module left over from another build all the same.
inline constexpr int kTableVersion = 1;
inline constexpr const char* kEntryPoint = "regimen_backends_table";

struct Table {
  int version = kTableVersion;
  std::optional<std::string> (*handout_pdf)(const handout::Handout&, const PdfOptions&, std::string& error) = nullptr;
  std::optional<std::string> (*calendar_for_build)(const program::Program&, const std::string& start,
                                                   schedule::DoseChoice, const std::string& remind,
                                                   std::string& error) = nullptr;
};

}  // namespace regimen::backends

// The module's one exported function, named by kEntryPoint.
extern "C" const regimen::backends::Table* regimen_backends_table();
