#include "driver/files.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace regimen {
namespace {

// A clinic's routine is a few kilobytes, and a library module of hundreds of
// exercises a few hundred. Refusing more keeps a mistaken argument (a disk
// image, /dev/zero) or a hostile file from taking the machine's memory: the
// front end needs a few hundred bytes per byte of input (docs/safety.md).
constexpr std::size_t kMaxFileBytes = 2u << 20;

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
      error = "is larger than 2 MiB, the most a routine file may be";
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
      error = "is larger than 2 MiB, the most a routine file may be";
      return std::nullopt;
    }
  }
  if (std::cin.bad()) {
    error = "could not be read";
    return std::nullopt;
  }
  return out;
}

namespace {

// What `-o PATH` names, after following links.
enum class OutputKind { NewFile, RegularFile, Stream, Directory, BlockDevice };

struct OutputTarget {
  OutputKind kind = OutputKind::NewFile;
  std::string path;  // for a file: the real file, where the temporary file goes
  mode_t mode = 0;
};

std::optional<OutputTarget> classify(const std::string& path, std::string& error) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno != ENOENT) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      std::error_code ec;
      auto to = std::filesystem::read_symlink(path, ec);
      error = ec ? "is a link to a file that does not exist"
                 : "is a link to '" + to.string() + "', which does not exist";
      return std::nullopt;
    }
    return OutputTarget{OutputKind::NewFile, path, 0};
  }
  if (S_ISDIR(info.st_mode)) return OutputTarget{OutputKind::Directory, path, info.st_mode};
  if (S_ISBLK(info.st_mode)) return OutputTarget{OutputKind::BlockDevice, path, info.st_mode};
  if (!S_ISREG(info.st_mode)) return OutputTarget{OutputKind::Stream, path, info.st_mode};
  // A regular file, perhaps through links: the file itself is replaced, in
  // its own folder, and every link to it stays.
  std::error_code ec;
  auto real = std::filesystem::canonical(path, ec);
  if (ec) {
    error = ec.message();
    return std::nullopt;
  }
  return OutputTarget{OutputKind::RegularFile, real.string(), info.st_mode};
}

bool write_all(int fd, const std::string& bytes, std::string& error) {
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

// A device, FIFO or socket (`/dev/stdout`, a pipe a reader waits on): written
// into, as a shell's `>` would, and never replaced.
bool write_into(const std::string& path, const std::string& bytes, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = write_all(fd, bytes, error);
  if (::close(fd) != 0 && ok) {
    error = std::strerror(errno);
    ok = false;
  }
  return ok;
}

// While a temporary file exists, an interrupt or termination waits: it is
// delivered when the file is renamed or removed, so that none is left behind.
class DeferredSignals {
 public:
  DeferredSignals() {
    sigset_t deferred;
    sigemptyset(&deferred);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&deferred, signal);
    pthread_sigmask(SIG_BLOCK, &deferred, &previous_);
  }
  DeferredSignals(const DeferredSignals&) = delete;
  DeferredSignals& operator=(const DeferredSignals&) = delete;
  ~DeferredSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

 private:
  sigset_t previous_{};
};

bool replace_atomically(const OutputTarget& target, const std::string& bytes, std::string& error) {
  namespace fs = std::filesystem;
  fs::path real(target.path);
  fs::path dir = real.has_parent_path() ? real.parent_path() : fs::path(".");
  std::string temporary = (dir / ("." + real.filename().string() + ".XXXXXX")).string();
  DeferredSignals deferred;
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  bool open = true;
  auto give_up = [&](std::string why) {
    error = std::move(why);
    if (open) ::close(fd);
    ::unlink(temporary.c_str());
    return false;
  };
  std::string write_error;
  if (!write_all(fd, bytes, write_error)) return give_up(write_error);
  // Keep the permissions the file had; a new one gets 0666 less the umask.
  mode_t mode = target.mode & 07777;
  if (target.kind == OutputKind::NewFile) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) return give_up(std::strerror(errno));
  open = false;
  if (::close(fd) != 0) return give_up(std::strerror(errno));
  if (std::rename(temporary.c_str(), real.c_str()) != 0) return give_up(std::strerror(errno));
  return true;
}

}  // namespace

bool write_output(const std::string& path, const std::string& bytes, std::string& error) {
  auto target = classify(path, error);
  if (!target) return false;
  switch (target->kind) {
    case OutputKind::NewFile:
    case OutputKind::RegularFile: return replace_atomically(*target, bytes, error);
    case OutputKind::Stream: return write_into(path, bytes, error);
    case OutputKind::Directory: error = "is a directory"; return false;
    case OutputKind::BlockDevice: error = "is a block device; write to a file instead"; return false;
  }
  return false;
}

}  // namespace regimen
