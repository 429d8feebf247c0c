// The built-in library's modules as files an editor can open, for "go to
// definition" on a built-in exercise: the program holds their text, not a
// path, so each module asked for is written, read-only, to a folder of the
// user's cache, one folder per version of the program.
#pragma once

#include <optional>
#include <string>

namespace regimen::lsp {

// The `file://` URI of the module `name` (`back`), written to
// `cache_dir/NAME.regimen` unless it is there already with the same text;
// nullopt with `error` set when there is no such module or it cannot be
// written.
std::optional<std::string> builtin_document(const std::string& cache_dir, const std::string& name, std::string& error);

}  // namespace regimen::lsp
