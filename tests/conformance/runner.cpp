// Runs one conformance case through the real `regimen` binary and compares
// what it prints with the case's expected file (see README.md for the rules).
//
//   conformance_runner REGIMEN_BINARY AREA/CASE.regimen
//
// Exit status: 0 the case passes, 1 it does not, 2 the runner could not run it.
// With REGIMEN_UPDATE_GOLDEN=1 the expected file is rewritten from the actual
// output instead of compared; a wrong exit status still fails the case.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;

constexpr int kPass = 0;
constexpr int kFail = 1;
constexpr int kCannotRun = 2;

// What kind of case a file is, read from its name.
struct CaseKind {
  std::string command;        // `build` or `check`
  std::string golden_suffix;  // `.json` or `.diag`
  std::string golden_stream;  // which output the golden file holds
  int exit_status = 0;
};

CaseKind kind_of(const std::string& stem) {
  auto starts = [&](const char* prefix) { return stem.rfind(prefix, 0) == 0; };
  if (starts("fail_")) return {"check", ".diag", "stderr", 1};
  if (starts("warn_")) return {"check", ".diag", "stderr", 0};
  return {"build", ".json", "stdout", 0};
}

std::optional<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool write_whole(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  return static_cast<bool>(out);
}

// Extra command-line words for a case, one per line in CASE.args (optional).
std::vector<std::string> extra_args(const fs::path& args_file) {
  std::vector<std::string> out;
  auto text = read_whole(args_file);
  if (!text) return out;
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
};

// A temporary file that the child writes one stream into.
struct Capture {
  std::string path;
  int fd = -1;

  Capture() {
    const char* dir = std::getenv("TMPDIR");
    path = std::string(dir && *dir ? dir : "/tmp") + "/regimen-conformance.XXXXXX";
    fd = ::mkstemp(path.data());
  }
  ~Capture() {
    if (fd >= 0) ::close(fd);
    if (fd >= 0) ::unlink(path.c_str());
  }
  std::string contents() const { return read_whole(path).value_or(""); }
};

// Runs the binary in the current folder, standard input closed to /dev/null.
std::optional<Outcome> run(const std::vector<std::string>& argv) {
  Capture out, err;
  if (out.fd < 0 || err.fd < 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd, STDERR_FILENO);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    std::cerr << "cannot start " << argv[0] << ": " << std::strerror(rc) << "\n";
    return std::nullopt;
  }
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR) return std::nullopt;
  }
  Outcome o;
  o.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + (WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
  o.out = out.contents();
  o.err = err.contents();
  return o;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(text.substr(start) + "\n\\ No newline at end of file");
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// A unified diff (three lines of context) from the expected text to the actual one.
std::string unified_diff(const std::string& expected, const std::string& actual, const std::string& label) {
  auto a = split_lines(expected), b = split_lines(actual);
  std::size_t n = a.size(), m = b.size();
  // Longest common subsequence table; goldens are at most a few thousand lines.
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  struct Edit {
    char op;  // ' ', '-', '+'
    std::size_t ai, bi;
  };
  std::vector<Edit> edits;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      edits.push_back({' ', i++, j++});
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      edits.push_back({'-', i++, j});  // removals first, as diff(1) prints them
    } else {
      edits.push_back({'+', i, j++});
    }
  }
  std::ostringstream out;
  out << "--- expected " << label << "\n+++ actual " << label << "\n";
  constexpr std::size_t kContext = 3;
  std::size_t k = 0;
  while (k < edits.size()) {
    if (edits[k].op == ' ') {
      ++k;
      continue;
    }
    // One hunk: from kContext before this change to kContext after the last
    // change that is no more than 2*kContext unchanged lines further on.
    std::size_t begin = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    for (std::size_t quiet = 0; end < edits.size(); ++end) {
      quiet = edits[end].op == ' ' ? quiet + 1 : 0;
      if (quiet > 2 * kContext) break;
    }
    while (end > k && edits[end - 1].op == ' ') --end;
    end = std::min(edits.size(), end + kContext);
    std::size_t a_count = 0, b_count = 0;
    for (std::size_t e = begin; e < end; ++e) {
      if (edits[e].op != '+') ++a_count;
      if (edits[e].op != '-') ++b_count;
    }
    out << "@@ -" << edits[begin].ai + (a_count ? 1 : 0) << "," << a_count << " +" << edits[begin].bi + (b_count ? 1 : 0)
        << "," << b_count << " @@\n";
    for (std::size_t e = begin; e < end; ++e) {
      const std::string& line = edits[e].op == '+' ? b[edits[e].bi] : a[edits[e].ai];
      out << edits[e].op << line << "\n";
    }
    k = end;
  }
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: conformance_runner REGIMEN_BINARY AREA/CASE.regimen\n";
    return kCannotRun;
  }
  std::error_code ec;
  fs::path binary = fs::absolute(argv[1], ec);
  fs::path case_path = fs::absolute(argv[2], ec);
  if (!fs::is_regular_file(case_path)) {
    std::cerr << "no such case: " << argv[2] << "\n";
    return kCannotRun;
  }
  const std::string stem = case_path.stem().string();
  const std::string file_name = case_path.filename().string();
  const CaseKind kind = kind_of(stem);
  const fs::path folder = case_path.parent_path();
  const fs::path golden = folder / (stem + kind.golden_suffix);

  // The case runs from its own folder, so that every path in the output is the
  // bare file name and the expected files do not depend on where the tree is.
  if (::chdir(folder.c_str()) != 0) {
    std::cerr << "cannot enter " << folder << ": " << std::strerror(errno) << "\n";
    return kCannotRun;
  }
  std::vector<std::string> command = {binary.string(), kind.command, file_name};
  if (kind.command == "build") {
    command.insert(command.end(), {"--emit", "json"});
  } else {
    command.insert(command.end(), {"--color", "never"});
  }
  for (auto& extra : extra_args(folder / (stem + ".args"))) command.push_back(std::move(extra));

  auto outcome = run(command);
  if (!outcome) return kCannotRun;
  const std::string& produced = kind.golden_stream == "stdout" ? outcome->out : outcome->err;
  const std::string& other = kind.golden_stream == "stdout" ? outcome->err : outcome->out;
  const std::string other_name = kind.golden_stream == "stdout" ? "stderr" : "stdout";

  std::string shown_command;
  for (const auto& word : command) shown_command += (shown_command.empty() ? "" : " ") + word;
  bool ok = true;
  if (outcome->status != kind.exit_status) {
    std::cout << "exit status " << outcome->status << ", expected " << kind.exit_status << "\n";
    ok = false;
  }
  // The stream the golden file does not hold must stay empty: a passing build
  // prints no diagnostics, and `check` prints nothing on standard output.
  if (!other.empty()) {
    std::cout << "unexpected output on " << other_name << ":\n" << other;
    ok = false;
  }

  const char* update = std::getenv("REGIMEN_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    if (!write_whole(golden, produced)) {
      std::cerr << "cannot write " << golden << "\n";
      return kCannotRun;
    }
    std::cout << "wrote " << golden.filename().string() << "\n";
  } else {
    auto expected = read_whole(golden);
    if (!expected) {
      std::cout << "missing expected file " << golden.filename().string()
                << " (run with REGIMEN_UPDATE_GOLDEN=1 to create it)\n";
      ok = false;
    } else if (*expected != produced) {
      std::cout << unified_diff(*expected, produced, golden.filename().string());
      ok = false;
    }
  }
  if (!ok) std::cout << "in " << folder.string() << ": " << shown_command << "\n";
  return ok ? kPass : kFail;
}
