#include "emit/html/handout_html.h"

#include "emit/html/handout_css.h"
#include "emit/html/handout_parts.h"
#include "emit/html/html_text.h"

namespace regimen {
namespace {

// "Patient: Ana" or "Patient: ________": a line to write on when the name is not given.
void write_field(std::string& page, std::string_view label, const std::string& value) {
  page += "<span class=\"field\"><span class=\"field-label\">";
  page += label;
  page += "</span> ";
  if (value.empty())
    page += "<span class=\"write-on\"></span>";
  else
    page += "<span class=\"field-value\">" + markup::escape(value) + "</span>";
  page += "</span>\n";
}

void write_masthead(std::string& page, const handout::Handout& handout, const std::string& title) {
  page += "<header class=\"masthead\">\n<h1>" + markup::escape(title) + "</h1>\n";
  if (!handout.author.empty()) page += "<p class=\"author\">" + markup::escape(handout.author) + "</p>\n";
  page += "<p class=\"patient-line\">\n";
  write_field(page, "Patient:", handout.patient);
  write_field(page, "Date:", handout.date);
  page += "</p>\n</header>\n";
}

void open_part(std::string& page, std::string_view css_class, std::string_view id, const std::string& heading) {
  page += "<section class=\"";
  page += css_class;
  page += "\" aria-labelledby=\"";
  page += id;
  page += "\">\n<h2 id=\"";
  page += id;
  page += "\">" + markup::escape(heading) + "</h2>\n";
}

void write_facts(std::string& page, const handout::Handout& handout) {
  if (handout.facts.empty()) return;
  open_part(page, "about", "about-heading", "About this program");
  page += "<dl class=\"facts\">\n";
  for (const auto& fact : handout.facts)
    page += "<div><dt>" + markup::escape(fact.label) + "</dt><dd>" + markup::escape(fact.value) + "</dd></div>\n";
  page += "</dl>\n</section>\n";
}

void write_equipment(std::string& page, const handout::Handout& handout) {
  open_part(page, "needs", "needs-heading", "What you need");
  if (handout.equipment.empty()) {
    page += "<p>" + markup::escape(handout.no_equipment) + "</p>\n";
  } else {
    page += "<ul class=\"equipment\">\n";
    for (const auto& item : handout.equipment) page += "<li>" + markup::escape(item) + "</li>\n";
    page += "</ul>\n";
  }
  page += "</section>\n";
}

void write_list(std::string& page, std::string_view css_class, const std::vector<std::string>& items) {
  page += "<ul class=\"";
  page += css_class;
  page += "\">\n";
  for (const auto& item : items) page += "<li>" + markup::escape(item) + "</li>\n";
  page += "</ul>\n";
}

// Red flags first and loudest: they are the one thing a patient must not miss.
void write_safety(std::string& page, const handout::Safety& safety) {
  open_part(page, "safety", "safety-heading", safety.heading.empty() ? "When to stop" : safety.heading);
  if (!safety.stop_now.empty()) {
    page += "<p class=\"stop-now-lead\">Stop and get help straight away if:</p>\n";
    write_list(page, "stop-now", safety.stop_now);
  }
  if (!safety.pain_rules.empty()) {
    page += "<h3>About pain</h3>\n";
    write_list(page, "safety-cautions", safety.pain_rules);
  }
  if (!safety.cautions.empty()) {
    if (!safety.stop_now.empty() || !safety.pain_rules.empty()) page += "<h3>While you exercise</h3>\n";
    write_list(page, "safety-cautions", safety.cautions);
  }
  if (!safety.seek_review.empty()) {
    page += "<h3>Get advice, not as an emergency</h3>\n";
    write_list(page, "safety-cautions", safety.seek_review);
  }
  if (!safety.disclaimers.empty()) {
    page += "<div class=\"disclaimers\">\n";
    for (const auto& disclaimer : safety.disclaimers) page += "<p>" + markup::escape(disclaimer) + "</p>\n";
    page += "</div>\n";
  }
  page += "</section>\n";
}

void write_notes(std::string& page, const handout::Handout& handout) {
  if (handout.notes.empty()) return;
  open_part(page, "routine-notes", "notes-heading", "Good to know");
  for (const auto& note : handout.notes) page += "<p>" + markup::escape(note) + "</p>\n";
  page += "</section>\n";
}

void write_sections(std::string& page, const handout::Handout& handout) {
  int index = 0;
  for (const auto& section : handout.sections) {
    ++index;
    // Exercises outside any section still sit under a heading, so that the
    // outline never jumps from the page's parts straight to an exercise.
    const std::string heading = section.title.empty() ? "Exercises" : section.title;
    open_part(page, "exercise-section", html::anchor_id("section", index, ""), heading);
    for (const auto& note : section.notes) page += "<p class=\"section-note\">" + markup::escape(note) + "</p>\n";
    for (const auto& exercise : section.exercises) html::write_exercise(page, exercise);
    page += "</section>\n";
  }
}

}  // namespace

std::string handout_html(const handout::Handout& handout, const HtmlOptions& options) {
  const std::string title = handout.title.empty() ? "Your exercises" : handout.title;
  const std::string footer = handout.footer.empty() ? title : handout.footer;
  std::string page;
  page.reserve(32 * 1024);
  page += "<!DOCTYPE html>\n<html lang=\"" + markup::escape(options.lang.empty() ? "en" : options.lang) + "\">\n<head>\n";
  page += "<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<title>" + markup::escape(title) + "</title>\n";
  page += "<style>" + html::handout_css(options, footer) + "</style>\n</head>\n";
  page += options.large_print ? "<body class=\"large-print\">\n" : "<body>\n";
  write_masthead(page, handout, title);
  page += "<main>\n";
  write_facts(page, handout);
  write_equipment(page, handout);
  write_safety(page, handout.safety);
  write_notes(page, handout);
  write_sections(page, handout);
  html::write_tracker(page, handout.tracker);
  page += "</main>\n";
  page += "<footer class=\"page-footer\">\n<p>" + markup::escape(footer) + "</p>\n</footer>\n";
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace regimen
