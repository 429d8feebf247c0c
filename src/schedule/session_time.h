// How long one session takes, in the words the handout gives it ("About 10
// to 12 minutes at first; about 15 minutes by week 8"): read from the
// schedule's own timelines, so that every output that says it agrees.
#pragma once

#include <optional>
#include <string>

#include "program/program.h"

namespace regimen::schedule {

// `session` is one of `program`'s sessions (schedule/sessions.h). The time
// at the low and the high dose, from the first stretch the session has
// exercises in to the last; a stage with no date is timed from its own first
// day. None when the session has no exercise in any stretch.
std::optional<std::string> session_time_words(const program::Program& program, const program::Program& session);

}  // namespace regimen::schedule
