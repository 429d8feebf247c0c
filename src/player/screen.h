// The follow-along screen as text: one frame for a moment of the session,
// laid out for a terminal of a given size. Pure, so it can be tested and
// looked at without a terminal; terminal.h puts it on the screen.
#pragma once

#include <string>
#include <vector>

#include "player/session_clock.h"
#include "schedule/timeline.h"

namespace regimen::player {

struct ScreenInput {
  std::string title;  // the routine's
  const schedule::Timeline* timeline = nullptr;
  Snapshot snapshot;
  int width = 80, height = 24;
  bool color = true;  // ANSI colour and bold; off gives plain characters
};

// The frame's lines, at most `height` of them, none wider than `width`
// characters (not counting colour codes).
std::vector<std::string> frame_lines(const ScreenInput& input);

// "[#######.....] 42%" in `width` characters between the brackets.
std::string progress_bar(double fraction, int width);

// The countdown as people read it: "00:42", "12:05", "1:02:05"; whole
// seconds rounded up, so it reads 00:01 in the last second, not 00:00.
std::string countdown(double seconds_left);

}  // namespace regimen::player
