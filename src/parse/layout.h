// The concrete syntax of a file, for the tools that rewrite it rather than
// compile it (`regimen fmt`): every token in order, comments and line breaks
// included, each with the part the parser found it playing. Nothing here is
// an ANTLR type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace regimen {

enum class TokenRole : std::uint8_t {
  word,         // a keyword or a name: `reps`, `cat_camel`
  number,       // `10`, `2.5`, and the sets of `x3`
  unit,         // the unit after a number: `s` of `30s`, `weeks` of `6 weeks`, `%`
  sign,         // the `-` of a negative number: `spine -20`
  dash,         // the `-` between two numbers: `10-15`, `weeks 1-2`, `tempo 3-1-3`
  text,         // a quoted string
  mark,         // other punctuation: , : | / ( ) .. -> =
  attached,     // punctuation written against the word before it: the `(` of `band(red)`
  open_brace,
  close_brace,
  separator,    // `;`
  line_break,
  comment,      // `# ...`, to the end of its line
};

// The clauses of an exercise line (and of a `default`) in the order a
// formatted file writes them (docs/formatting.md): the dose, then how it is
// repeated, then where and how, then what is said about it.
enum class ClauseGroup : std::uint8_t {
  dose,       // reps, hold, for, distance, up to, as ...
  sets,       // x3, sets
  sides,      // per side, alternating, left only, per direction
  rest,
  tempo,
  load,
  effort,     // rpe, effort, pain
  alternate,
  frequency,  // frequency, timing
  progress,
  variants,   // easier, harder, alternative, no variants
  text,       // cue, note, caution
  image,
  stray,      // words that start no clause (only in a file with errors)
};

struct LayoutToken {
  TokenRole role = TokenRole::word;
  std::string text;
  std::size_t line = 1;  // where it starts, from 1
  // The clause of an exercise line the token belongs to, numbered through
  // the file from 1; 0 for a token in no clause. `reps` or `hold` with no
  // amount of its own belongs to the clause after it (`reps up to 10`), as
  // the two are read together.
  std::size_t clause = 0;
  ClauseGroup group = ClauseGroup::dose;
  // For a quoted exercise name that may as well be written bare
  // (`"cat_camel"`): the name without its quotes; else empty.
  std::string bare;
};

// The file's tokens, or nothing when it has an error the parser reports (a
// syntax error, a bad character, a stray word), which is then in
// `diagnostics` as `parse` gives it.
std::optional<std::vector<LayoutToken>> layout(const SourceSet& sources, FileId file, Diagnostics& diagnostics);

}  // namespace regimen
