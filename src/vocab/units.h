// Units of measure a routine may write, and what they convert to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regimen {

enum class Dimension { Time, Breaths, Count, Mass, Distance, Days, Weeks, Percent };

struct Unit {
  Dimension dimension;
  double factor;        // to seconds, breaths, counts, kilograms, metres, days, weeks, percent
  std::string_view canonical;
};

// How a routine counts the program's time: `program 10 days`, `weeks 1-2`.
// The checked program counts in days; the unit written is kept for display.
enum class TimeUnit { Days, Weeks };
inline constexpr int kDaysPerWeek = 7;
std::string_view to_string(TimeUnit unit);  // "days", "weeks"


std::optional<Unit> find_unit(std::string_view word);

// A length of time as given on the command line or in a config file: "20min",
// "90s", "1h", "1.5 hours". Seconds, or nullopt (a bare number has no unit;
// zero or less is no length).
std::optional<double> parse_time_length(std::string_view text);
std::vector<std::string> unit_words();
// "a time", "a count", for messages.
std::string_view describe(Dimension dimension);
// "`20s`", "`10s` or `3 breaths`": an example of a well-formed amount.
std::string_view example(Dimension dimension);

}  // namespace regimen
