// The terminal the player draws on: keys one at a time, the alternate
// screen, and putting the terminal back however the player ends — normally,
// by Ctrl-C or another signal, or when suspended with Ctrl-Z.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace regimen::player {

// Records SIGINT, SIGTERM and SIGHUP (and, when asked, SIGTSTP and SIGCONT)
// for the player's loop to act on; the previous handlers come back when it
// goes. A second stop signal before the loop saw the first puts the terminal
// back and exits at once, so a stuck loop cannot leave it raw.
class SignalWatch {
 public:
  explicit SignalWatch(bool watch_suspend);
  ~SignalWatch();
  SignalWatch(const SignalWatch&) = delete;
  SignalWatch& operator=(const SignalWatch&) = delete;

  int stop_signal() const;  // the stop signal received, or 0
  bool take_suspend();   // Ctrl-Z was pressed
  bool take_continue();  // the process was continued after a stop

 private:
  bool watch_suspend_;
};

class Terminal {
 public:
  // Takes over standard output's screen, and standard input's keys when it
  // is a terminal too: no echo, no line buffering, no flow control; Ctrl-C
  // still sends SIGINT.
  Terminal();
  ~Terminal();  // restore()
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  void take_over();  // again, after restore(); harmless when already taken
  void restore();    // the terminal as it was; harmless when already restored
  // restore(), stop the process as Ctrl-Z would, and take over on continuing.
  void suspend();

  std::pair<int, int> size() const;  // columns, rows
  void draw(const std::vector<std::string>& lines);
  void bell();
  // The keys pressed, waiting up to `timeout_ms` for the first one; empty
  // when none came (or a signal interrupted the wait).
  std::string read_keys(int timeout_ms);

 private:
  void write_all(const std::string& bytes);

  bool keys_ = false;  // standard input is a terminal we can read keys from
  bool raw_ = false;   // ... and whose settings we change
  bool taken_ = false;
};

// Sleeps up to `seconds`, waking early for a signal.
void nap(double seconds);

}  // namespace regimen::player
