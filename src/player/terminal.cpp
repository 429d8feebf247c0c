#include "player/terminal.h"

#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cmath>

namespace regimen::player {
namespace {

// Signal handlers can reach only globals, so what they need lives here: the
// signals seen, and the terminal settings to put back in an emergency.
volatile std::sig_atomic_t g_stop = 0;
volatile std::sig_atomic_t g_suspend = 0;
volatile std::sig_atomic_t g_continue = 0;
volatile std::sig_atomic_t g_raw = 0;  // 1 while g_saved must be put back
struct termios g_saved;
volatile std::sig_atomic_t g_saved_valid = 0;

constexpr char kEnter[] = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
constexpr char kLeave[] = "\x1b[0m\x1b[?25h\x1b[?1049l";

// Only async-signal-safe calls: tcsetattr, write, _exit.
void emergency_restore() {
  if (!g_raw) return;
  if (g_saved_valid) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
  ssize_t ignored = ::write(STDOUT_FILENO, kLeave, sizeof kLeave - 1);
  (void)ignored;
  g_raw = 0;
}

void on_stop(int signal) {
  if (g_stop != 0) {
    emergency_restore();
    ::_exit(128 + signal);
  }
  g_stop = signal;
}
void on_suspend(int) { g_suspend = 1; }
void on_continue(int) { g_continue = 1; }

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[3];
struct sigaction g_previous_tstp, g_previous_cont;

void handle(int signal, void (*handler)(int), struct sigaction* previous) {
  struct sigaction action {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a signal must wake poll()
  ::sigaction(signal, &action, previous);
}

}  // namespace

SignalWatch::SignalWatch(bool watch_suspend) : watch_suspend_(watch_suspend) {
  g_stop = 0;
  g_suspend = 0;
  g_continue = 0;
  for (std::size_t i = 0; i < 3; ++i) handle(kStopSignals[i], on_stop, &g_previous[i]);
  if (watch_suspend_) {
    handle(SIGTSTP, on_suspend, &g_previous_tstp);
    handle(SIGCONT, on_continue, &g_previous_cont);
  }
}

SignalWatch::~SignalWatch() {
  for (std::size_t i = 0; i < 3; ++i) ::sigaction(kStopSignals[i], &g_previous[i], nullptr);
  if (watch_suspend_) {
    ::sigaction(SIGTSTP, &g_previous_tstp, nullptr);
    ::sigaction(SIGCONT, &g_previous_cont, nullptr);
  }
}

// Left set: the loop ends on it, and a second one exits at once.
int SignalWatch::stop_signal() const { return g_stop; }

bool SignalWatch::take_suspend() {
  bool seen = g_suspend != 0;
  g_suspend = 0;
  return seen;
}

bool SignalWatch::take_continue() {
  bool seen = g_continue != 0;
  g_continue = 0;
  return seen;
}

Terminal::Terminal() {
  if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &g_saved) == 0) {
    g_saved_valid = 1;
    keys_ = raw_ = true;
  }
  take_over();
}

Terminal::~Terminal() { restore(); }

void Terminal::take_over() {
  if (taken_) return;
  if (raw_) {
    struct termios raw = g_saved;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON);  // Ctrl-S must not freeze our writes
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    g_raw = 1;  // before the change, so a signal in between still restores
    ::tcsetattr(STDIN_FILENO, TCSANOW, &raw);
  } else {
    g_raw = 1;  // still the alternate screen and the hidden cursor to undo
  }
  write_all(kEnter);
  taken_ = true;
}

void Terminal::restore() {
  if (!taken_) return;
  write_all(kLeave);
  if (raw_) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
  g_raw = 0;
  taken_ = false;
}

void Terminal::suspend() {
  restore();
  struct sigaction ours;
  struct sigaction stop {};
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  ::sigaction(SIGTSTP, &stop, &ours);
  ::raise(SIGTSTP);  // the process stops here until continued
  ::sigaction(SIGTSTP, &ours, nullptr);
  take_over();
}

std::pair<int, int> Terminal::size() const {
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) return {ws.ws_col, ws.ws_row};
  return {80, 24};
}

void Terminal::draw(const std::vector<std::string>& lines) {
  // Overwrite in place and clear what is left, rather than clear first: no flicker.
  std::string bytes = "\x1b[H";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bytes += lines[i];
    bytes += "\x1b[K";
    if (i + 1 < lines.size()) bytes += "\r\n";
  }
  bytes += "\x1b[J";
  write_all(bytes);
}

void Terminal::bell() { write_all("\a"); }

std::string Terminal::read_keys(int timeout_ms) {
  if (!keys_) {
    nap(timeout_ms / 1000.0);
    return "";
  }
  struct pollfd in {STDIN_FILENO, POLLIN, 0};
  if (::poll(&in, 1, timeout_ms) <= 0) return "";
  if (in.revents & (POLLHUP | POLLERR | POLLNVAL)) {
    keys_ = false;  // the keyboard is gone; keep the timer going without it
    return "";
  }
  char buffer[64];
  ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "";
}

void Terminal::write_all(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the terminal went away; nothing more to show
    done += static_cast<std::size_t>(n);
  }
}

void nap(double seconds) {
  if (seconds <= 0) return;
  ::poll(nullptr, 0, static_cast<int>(std::ceil(seconds * 1000)));
}

}  // namespace regimen::player
