// libFuzzer target: routines that compile, as an iCalendar file of their
// sessions (`regimen build --emit ics --start DAY`), from two first days.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "emit/ics/calendar_ics.h"
#include "fuzz_support.h"

namespace {

using regimen::fuzz::fail;

// A Monday, and a leap day that is a Tuesday: the sessions' weekdays fall
// differently from each.
constexpr const char* kStarts[] = {"2026-01-05", "2028-02-29"};

// RFC 5545: CRLF line ends, and the calendar is one VCALENDAR object.
void check_calendar(std::string_view ics) {
  constexpr std::string_view kBegin = "BEGIN:VCALENDAR\r\n", kEnd = "END:VCALENDAR\r\n";
  if (ics.substr(0, kBegin.size()) != kBegin) fail("a calendar that does not begin with BEGIN:VCALENDAR");
  if (ics.size() < kEnd.size() || ics.substr(ics.size() - kEnd.size()) != kEnd)
    fail("a calendar that does not end with END:VCALENDAR");
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r')) fail("a line of the calendar that does not end in CRLF");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return regimen::fuzz::with_checked_routine(data, size, [](const regimen::Compilation& compilation) {
    for (const char* start : kStarts) {
      for (auto dose : {regimen::schedule::DoseChoice::Low, regimen::schedule::DoseChoice::High}) {
        std::string error;
        // With a reminder at the high dose, so both forms of an event are read.
        const char* remind = dose == regimen::schedule::DoseChoice::High ? "15min" : "";
        auto ics = regimen::ics::calendar_for_build(*compilation.program, start, dose, remind, error);
        if (!ics && error.empty()) fail("no calendar, and no reason why");
        if (ics) check_calendar(*ics);
      }
    }
  });
}
