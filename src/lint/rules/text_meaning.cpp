#include "lint/rules/text_meaning.h"

#include <cctype>
#include <regex>

namespace regimen::lint::support {

std::string plain_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+2019 (right single quote), as word processors write "don't".
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  return out;
}

bool tells_when_to_stop(std::string_view text) {
  // A stop: the exercise ends, or the patient comes out of the position.
  static const std::regex kStop(
      R"(\b(stop|stops|stopping|come (off|out|back)|do not (carry on|continue|go on|push)|don't (carry on|continue|go on|push)|discontinue|leave (it|this|the exercise) out)\b)");
  // Easing off: less range, fewer repetitions, a lighter load.
  static const std::regex kEase(
      R"(\b(ease (off|back|up)|back off|do (fewer|less)|go less far|not as far|reduce|lessen|cut (back|down)|lighter|make (it|the .{1,30}) (easier|smaller|shorter)|take it easier)\b)");
  // A limit on pain: a score, or "should not hurt".
  static const std::regex kScore(R"(\b\d+(\.\d+)?\s*(/|out of)\s*10\b)");
  static const std::regex kCeiling(
      R"(\b(exceed|exceeds|exceeding|more than|higher than|worse than|greater than|at most|no more|not more|or less|or lower|or below|limit|maximum)\b)");
  // Words of place ("pain over the knee") that are a limit only beside a score.
  static const std::regex kBeside(R"(\b(above|over|beyond|under|below|within|up to|max)\b)");
  static const std::regex kPainFree(
      R"(\b(pain[- ]free|without (pain|hurting)|should(n't| not) (hurt|be painful|cause pain)|must(n't| not) (hurt|be painful|cause pain)|(do not|don't|never) (work|push|go) (into|through) pain|not (be|become) painful|no pain)\b)");
  std::string t = plain_lower(text);
  if (std::regex_search(t, kStop) || std::regex_search(t, kEase) || std::regex_search(t, kPainFree)) return true;
  bool about_pain = std::regex_search(t, kScore) || t.find("pain") != std::string::npos ||
                    t.find("hurt") != std::string::npos || t.find("discomfort") != std::string::npos ||
                    t.find("sore") != std::string::npos;
  if (about_pain && std::regex_search(t, kCeiling)) return true;
  return std::regex_search(t, kScore) && std::regex_search(t, kBeside);
}

}  // namespace regimen::lint::support
