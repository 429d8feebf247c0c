#include "handout/handout_words.h"

#include <fmt/format.h>

#include "base/words.h"
#include "schedule/dose_extras.h"

namespace regimen::handout {
namespace {

using words::capitalised;
using program::Range;

std::string number(double value) { return fmt::format("{:g}", value); }

bool single(const Range& r) { return !r.max || *r.max == r.min; }

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

std::string times_words(const Range& r, std::string_view period) {
  if (single(r)) {
    if (r.min == 1) return fmt::format("Once a {}", period);
    if (r.min == 2) return fmt::format("Twice a {}", period);
    return fmt::format("{} times a {}", number(r.min), period);
  }
  return fmt::format("{} to {} times a {}", number(r.min), number(*r.max), period);
}

std::string frequency_words(const program::Frequency& f) {
  std::vector<std::string> times;
  for (const auto& t : f.times) times.push_back(humanise(to_string(t), false));
  std::string out;
  if (f.per_day) {
    out = times_words(*f.per_day, "day");
  } else if (!times.empty()) {
    out = times_words(Range{static_cast<double>(times.size()), std::nullopt}, "day");
  }
  if (!times.empty()) out += fmt::format(" ({})", and_list(times));

  std::vector<std::string> days;
  for (Weekday d : f.days) days.push_back(day_name(d));
  if (f.per_week) {
    if (out.empty()) {
      out = times_words(*f.per_week, "week");
    } else {
      const Range& w = *f.per_week;
      out += single(w) ? fmt::format(", {} {} a week", number(w.min), w.min == 1 ? "day" : "days")
                       : fmt::format(", {} to {} days a week", number(w.min), number(*w.max));
    }
    if (!days.empty()) out += ", on " + and_list(days);
  } else if (!days.empty()) {
    out += (out.empty() ? "On " : ", on ") + and_list(days);
  } else if (!out.empty()) {
    out += ", every day";
  }
  return out;
}

}  // namespace regimen::handout
