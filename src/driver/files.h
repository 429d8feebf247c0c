// Reading files, and writing them so that a failure never leaves half a file.
#pragma once

#include <optional>
#include <string>

namespace regimen {

// The file's bytes, or nullopt with `error` set ("is a directory", "No such file").
std::optional<std::string> read_file(const std::string& path, std::string& error);
// The same for a file that must be a regular one, such as a config: a FIFO,
// a device or a folder is refused at once ("is not a regular file"), and
// opening a FIFO never waits for a writer.
std::optional<std::string> read_regular_file(const std::string& path, std::string& error);
std::optional<std::string> read_stdin(std::string& error);

// Writes to a temporary file beside `path`, then renames it over `path`. On
// failure the old file, if any, is untouched and `error` says why.
bool write_file_atomically(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace regimen
