#include "vocab/calendar.h"

namespace regimen {
namespace {

std::string two_digits(int n) { return {static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)}; }

}  // namespace

std::string_view to_string(Weekday day) {
  switch (day) {
    case Weekday::Monday: return "mon";
    case Weekday::Tuesday: return "tue";
    case Weekday::Wednesday: return "wed";
    case Weekday::Thursday: return "thu";
    case Weekday::Friday: return "fri";
    case Weekday::Saturday: return "sat";
    case Weekday::Sunday: return "sun";
  }
  return "mon";
}

std::string_view to_string(PartOfDay part) {
  switch (part) {
    case PartOfDay::Morning: return "morning";
    case PartOfDay::Midday: return "midday";
    case PartOfDay::Afternoon: return "afternoon";
    case PartOfDay::Evening: return "evening";
    case PartOfDay::Bedtime: return "bedtime";
  }
  return "morning";
}

std::string to_string(ClockTime time) { return two_digits(time.hour) + ":" + two_digits(time.minute); }

std::string to_string(const TimeOfDay& time) {
  if (const auto* part = std::get_if<PartOfDay>(&time)) return std::string(to_string(*part));
  return to_string(std::get<ClockTime>(time));
}

std::string day_name(Weekday day) {
  for (const auto& [word, value] : OtherSpellings<Weekday>::words) {
    if (value != day) continue;
    std::string out(word);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }
  return std::string(to_string(day));
}

}  // namespace regimen
