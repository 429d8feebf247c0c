#include "cli/in_order.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <thread>
#include <vector>

namespace regimen::cli {
namespace {

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool read_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// A result on the pipe: its length in 8 bytes, then its bytes.
bool send(int fd, const std::string& result) {
  std::uint64_t size = result.size();
  return write_all(fd, reinterpret_cast<const char*>(&size), sizeof size) && write_all(fd, result.data(), result.size());
}

std::optional<std::string> receive(int fd) {
  std::uint64_t size = 0;
  if (!read_all(fd, reinterpret_cast<char*>(&size), sizeof size)) return std::nullopt;
  std::string result(size, '\0');
  if (!read_all(fd, result.data(), result.size())) return std::nullopt;
  return result;
}

struct Child {
  pid_t pid = -1;
  int from = -1;  // the read end of its pipe; -1 once it has stopped early
};

}  // namespace

unsigned worker_count(unsigned requested, std::size_t jobs) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned wanted = requested == 0 ? cores : requested;
  return static_cast<unsigned>(std::min<std::size_t>(wanted, std::max<std::size_t>(jobs, 1)));
}

void run_in_order(std::size_t count, unsigned workers, const std::function<std::string(std::size_t)>& job,
                  const std::function<void(std::size_t, std::string)>& take,
                  const std::function<void(std::size_t)>& lost) {
  if (workers <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) take(i, job(i));
    return;
  }
  // Nothing buffered may be written twice, once by each process.
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::vector<Child> children;
  for (unsigned w = 0; w < workers; ++w) {
    int ends[2];
    if (::pipe(ends) != 0) break;
    pid_t pid = ::fork();
    if (pid < 0) {
      ::close(ends[0]);
      ::close(ends[1]);
      break;
    }
    if (pid == 0) {
      ::close(ends[0]);
      for (const Child& sibling : children) ::close(sibling.from);
      int status = 0;
      try {
        for (std::size_t i = w; i < count; i += workers) {
          if (!send(ends[1], job(i))) {
            status = 1;
            break;
          }
        }
      } catch (...) {
        // Never past this point: the child must not go on with the parent's work.
        status = 1;
      }
      ::close(ends[1]);
      // No destructors, no flushing of what the parent owns.
      ::_exit(status);
    }
    ::close(ends[1]);
    children.push_back(Child{pid, ends[0]});
  }
  // A worker that could not be started has its jobs done here.
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t w = i % workers;
    if (w >= children.size()) {
      take(i, job(i));
      continue;
    }
    Child& child = children[w];
    std::optional<std::string> result;
    if (child.from >= 0) result = receive(child.from);
    if (!result) {
      if (child.from >= 0) ::close(child.from);
      child.from = -1;
      lost(i);
      continue;
    }
    take(i, std::move(*result));
  }
  for (Child& child : children) {
    if (child.from >= 0) ::close(child.from);
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

}  // namespace regimen::cli
