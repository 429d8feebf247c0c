// Plays one session in real time: on a terminal, a full-screen timer that
// follows the keys; otherwise a plain log of each step as it starts.
#pragma once

#include <string>

#include "schedule/timeline.h"

namespace regimen::player {

struct PlayOptions {
  double speed = 1;   // session seconds per real second
  bool bell = true;   // ring at each change of step (screen only)
  bool color = true;  // colour on the screen
};

// Plays the session and returns the exit status: 0 when it ran to the end or
// the user quit, 128 + the signal when a signal stopped it.
int play(const std::string& title, const schedule::Timeline& timeline, const PlayOptions& options);

}  // namespace regimen::player
