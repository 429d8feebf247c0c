// An unknown word where one of a list was expected: "unknown level `begginer`",
// "did you mean", and the list. One wording for routine lines, facts and
// exercise definitions alike; the message (msg::UnknownWordOf on a routine,
// msg::UnknownPropertyWord in a definition) gives the code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ast/ast.h"
#include "base/names.h"
#include "diag/diagnostic.h"

namespace regimen {

// `guess`: the nearest allowed word, when the caller knows better than the
// spelling alone (a vocabulary matches aliases too); otherwise the nearest of
// `allowed`.
template <typename UnknownMessage>
void report_unknown_word(Diagnostics& diagnostics, const ast::Name& word, std::string_view what,
                         const std::vector<std::string>& allowed, std::optional<std::string> guess = std::nullopt) {
  auto d = diagnostics.report(word.span, UnknownMessage{std::string(what), names::shorten(word.text)});
  if (guess) {
    d.suggest(guess);
  } else {
    d.suggest(word.text, allowed);
  }
  d.note(fmt::format("{} is one of: {}", what, fmt::join(allowed, ", ")));
}

}  // namespace regimen
