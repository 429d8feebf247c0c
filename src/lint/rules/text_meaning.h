// What the words of a caution, a step or a red flag say, read for their
// meaning rather than for one keyword: whether they tell the patient when to
// stop or ease off, and which warning signs they name.
#pragma once

#include <string>
#include <string_view>

namespace regimen::lint::support {

// Whether `text` tells the patient how far pain may go: a stop ("Stop if
// the pain spreads", "come out of the stretch"), an easing off ("ease off if
// it hurts", "do fewer"), or a limit on pain ("Pain should not exceed 4/10",
// "keep it below 3 out of 10", "it should not hurt", "pain-free").
bool tells_when_to_stop(std::string_view text);

// `text` in lower case, with curly quotes made straight, for matching.
std::string plain_lower(std::string_view text);

}  // namespace regimen::lint::support
