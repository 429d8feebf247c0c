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

std::string sentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (text.empty()) return text;
  text = capitalised(std::move(text));
  static const std::string kClosers = ".!?:;)\"'";
  if (kClosers.find(text.back()) == std::string::npos && !text.ends_with("\u201d")) text += '.';
  return text;
}

}  // namespace regimen::handout
