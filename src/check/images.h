// The pictures a definition or a line names, checked as far as the text
// goes: a path and an alt text. The files are read by the driver.
#pragma once

#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "program/program.h"

namespace regimen::checking {

// Every image with a path, in order; one without alt text is reported and
// kept out, since a handout may not show a picture it cannot describe.
std::vector<program::Image> checked_images(const std::vector<ast::Image>& images, Diagnostics& diagnostics);

}  // namespace regimen::checking
