#include "driver/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace regimen {
namespace {

// Larger than any routine; refusing more keeps a mistaken argument (a disk
// image, /dev/zero) from filling memory.
constexpr std::size_t kMaxFileBytes = 64u << 20;

// Reads the open file `fd` to its end and closes it.
std::optional<std::string> read_all(int fd, std::string& error) {
  std::string out;
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > kMaxFileBytes) {
      ::close(fd);
      error = "is larger than 64 MiB";
      return std::nullopt;
    }
  }
  ::close(fd);
  return out;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    error = "is a directory";
    return std::nullopt;
  }
  return read_all(fd, error);
}

std::optional<std::string> read_regular_file(const std::string& path, std::string& error) {
  // What is not a regular file is never opened: opening a device may act on
  // it, and opening a FIFO waits for a writer that may never come.
  auto refuse = [&](const struct stat& info) {
    if (S_ISREG(info.st_mode)) return false;
    error = S_ISDIR(info.st_mode) ? "is a directory" : "is not a regular file";
    return true;
  };
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (refuse(info)) return std::nullopt;
  // The file may change between the look and the open: O_NONBLOCK keeps a
  // FIFO put there from blocking the open, and the check is made again on
  // what was opened.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (::fstat(fd, &info) != 0) {
    error = std::strerror(errno);
    ::close(fd);
    return std::nullopt;
  }
  if (refuse(info)) {
    ::close(fd);
    return std::nullopt;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return read_all(fd, error);
}

std::optional<std::string> read_stdin(std::string& error) {
  std::string out;
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    out.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
    if (out.size() > kMaxFileBytes) {
      error = "is larger than 64 MiB";
      return std::nullopt;
    }
  }
  if (std::cin.bad()) {
    error = "could not be read";
    return std::nullopt;
  }
  return out;
}

bool write_file_atomically(const std::string& path, const std::string& bytes, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a directory";
    return false;
  }
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      ::unlink(pattern.c_str());
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // Keep the permissions an existing file had; a new one gets the usual 0644 less umask.
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0) {
    ::fchmod(fd, old.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    error = std::strerror(errno);
    ::unlink(pattern.c_str());
    return false;
  }
  if (std::rename(pattern.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    ::unlink(pattern.c_str());
    return false;
  }
  return true;
}

}  // namespace regimen
