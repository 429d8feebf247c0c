#include "check/unknown_word.h"

#include <fmt/format.h>

#include "base/names.h"

namespace regimen {

void report_unknown_word(Diagnostics& diagnostics, DiagCode code, const ast::Name& word, std::string_view what,
                         const std::vector<std::string>& allowed) {
  diagnostics.report(code, word.span, fmt::format("unknown {} `{}`", what, names::shorten(word.text)))
      .suggest(word.text, allowed)
      .note(fmt::format("{} is one of: {}", what, fmt::join(allowed, ", ")));
}

}  // namespace regimen
