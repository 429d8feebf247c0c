#include "emit/html/handout_parts.h"
#include "emit/html/html_text.h"

namespace regimen::html {
namespace {

bool planned(const handout::Tracker& tracker, std::size_t day) {
  // A day without a flag is treated as planned: an extra box does no harm,
  // a missing one loses a session.
  return day >= tracker.planned_days.size() || tracker.planned_days[day];
}

void write_week(std::string& page, const handout::Tracker& tracker, int week) {
  const std::string caption = "Week " + std::to_string(week);
  page += "<div class=\"tracker-week\">\n";
  // The grid may be wider than a phone in large print: it scrolls in its own box.
  page += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + caption + "\">\n";
  page += "<table class=\"tracker-table\">\n<caption>" + caption + "</caption>\n<thead><tr><td></td>";
  for (std::size_t day = 0; day < tracker.days.size(); ++day) {
    page += planned(tracker, day) ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"no-session\">";
    page += markup::escape(tracker.days[day]) + "</th>";
  }
  page += "</tr></thead>\n<tbody>\n";
  for (const auto& row : tracker.rows) {
    page += "<tr><th scope=\"row\">" + markup::escape(row.label) + "</th>";
    for (std::size_t day = 0; day < tracker.days.size(); ++day) {
      if (day >= row.planned.size() || row.planned[day])
        page += "<td><span class=\"tick-box\"></span></td>";
      else
        page += "<td class=\"no-session\"><span aria-hidden=\"true\">&#8211;</span>"
                "<span class=\"visually-hidden\">no session</span></td>";
    }
    page += "</tr>\n";
  }
  page += "</tbody>\n</table>\n</div>\n</div>\n";
}

}  // namespace

void write_tracker(std::string& page, const handout::Tracker& tracker) {
  if (tracker.weeks <= 0 || tracker.days.empty() || tracker.rows.empty()) return;
  page += "<section class=\"tracker\" aria-labelledby=\"tracker-heading\">\n";
  page += "<h2 id=\"tracker-heading\">Your tracker</h2>\n";
  if (!tracker.instruction.empty()) page += "<p>" + markup::escape(tracker.instruction) + "</p>\n";
  bool any_rest_day = false;
  for (std::size_t day = 0; day < tracker.days.size(); ++day) any_rest_day = any_rest_day || !planned(tracker, day);
  if (any_rest_day) page += "<p class=\"tracker-key\">Shaded days have no session planned.</p>\n";
  for (int week = 1; week <= tracker.weeks; ++week) write_week(page, tracker, week);
  page += "</section>\n";
}

}  // namespace regimen::html
