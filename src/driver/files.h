// Reading files, and writing them so that a failure never leaves half a file.
#pragma once

#include <optional>
#include <string>

namespace regimen {

// The file's bytes, or nullopt with `error` set ("is a directory", "No such file").
std::optional<std::string> read_file(const std::string& path, std::string& error);
// The same for a file the user did not name, or that must be a regular one
// (an import, a library module, a config): a FIFO, a device or a folder is
// refused at once ("is not a regular file"), and a FIFO is never waited on.
std::optional<std::string> read_regular_file(const std::string& path, std::string& error);
std::optional<std::string> read_stdin(std::string& error);

// Writes `bytes` where `path` says, never leaving half a file and never
// replacing what is not a file (docs/cli.md, "Where output goes"):
// - a file, or a link to one: the bytes go to a temporary file beside the real
//   file, which is then renamed over it; links stay links, the file keeps its
//   permissions, and an interrupt waits until the temporary file is gone;
// - a device, FIFO or socket (`/dev/stdout`, a named pipe): written into;
// - a directory, a block device or a link to nothing: refused.
// On failure, whatever was there is untouched and `error` says why.
bool write_output(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace regimen
