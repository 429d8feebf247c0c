// The PDF and calendar writers, through the backends module: loaded on first
// use, from beside the program (a build folder) or from the library folder
// it is installed with. A module that cannot be loaded is an error with its
// path and the system's reason, reported like any other I/O problem.
#pragma once

#include <optional>
#include <string>

#include "handout/handout.h"
#include "program/program.h"
#include "schedule/week_dose.h"

namespace regimen {
struct PdfOptions;
}

namespace regimen::backends {

std::optional<std::string> handout_pdf(const handout::Handout& handout, const PdfOptions& options, std::string& error);
std::optional<std::string> calendar_for_build(const program::Program& program, const std::string& start,
                                              schedule::DoseChoice dose, const std::string& remind,
                                              std::string& error);

}  // namespace regimen::backends
