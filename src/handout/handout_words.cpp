#include "handout/handout_words.h"

#include <fmt/format.h>

#include "base/words.h"
#include "schedule/dose_extras.h"

namespace regimen::handout {
namespace {

using words::capitalised;
}  // namespace

std::string humanise(const std::string& word, bool capital) {
  std::string out = words::spaced(word);
  return capital ? capitalised(out) : out;
}

}  // namespace regimen::handout
