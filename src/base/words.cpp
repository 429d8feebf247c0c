#include "base/words.h"

namespace regimen::words {

std::string capitalised(std::string text) {
  if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') text.front() = static_cast<char>(text.front() - 'a' + 'A');
  return text;
}

std::string spaced(std::string word) {
  for (char& c : word) {
    if (c == '_') c = ' ';
  }
  return word;
}

}  // namespace regimen::words
