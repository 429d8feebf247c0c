#include <string_view>

#include "base/base64.h"
#include "emit/html/handout_parts.h"
#include "emit/html/html_text.h"
#include "figure/drawing.h"

namespace regimen::html {
namespace {

// A paragraph that opens with a bold label ("Tip:", "Take care:") so the kind
// of advice is plain without colour.
void labelled(std::string& page, std::string_view css_class, std::string_view label, const std::string& text) {
  page += "<p class=\"";
  page += css_class;
  page += "\"><span class=\"label\">";
  page += label;
  page += "</span> " + markup::escape(text) + "</p>\n";
}

void write_timing(std::string& page, const handout::Exercise& exercise) {
  if (exercise.when.empty() && exercise.how_often.empty()) return;
  page += "<ul class=\"timing\">\n";
  if (!exercise.when.empty()) page += "<li>" + markup::escape(exercise.when) + "</li>\n";
  if (!exercise.how_often.empty()) page += "<li>" + markup::escape(exercise.how_often) + "</li>\n";
  page += "</ul>\n";
}

void write_steps(std::string& page, const handout::Exercise& exercise) {
  if (exercise.steps.empty()) {
    if (!exercise.no_steps.empty()) page += "<p class=\"no-steps\">" + markup::escape(exercise.no_steps) + "</p>\n";
    return;
  }
  page += "<ol class=\"steps\">\n";
  for (const auto& step : exercise.steps) page += "<li>" + markup::escape(step) + "</li>\n";
  page += "</ol>\n";
}

// The clinic's pictures, inline as data URIs so that the page stays one
// self-contained file. An SVG goes through <img> too, where it never runs a
// script. Width and height let the browser keep room for it while it loads.
// The library's drawing goes inline as SVG: no script, no outside file.
void write_pictures(std::string& page, const handout::Exercise& exercise) {
  if (exercise.pictures.empty() && !exercise.drawn) return;
  page += "<div class=\"pictures\">\n";
  if (exercise.drawn) {
    page += "<figure class=\"drawn\">";
    page += figure::svg(exercise.drawn->drawing, 55, exercise.drawn->alt);
    page += "</figure>\n";
  }
  for (const auto& picture : exercise.pictures) {
    page += "<figure><img src=\"data:";
    page += image::mime_type(picture.image.info.format);
    page += ";base64,";
    if (picture.image.bytes) page += base64::encode(*picture.image.bytes);
    page += "\" alt=\"" + markup::escape(picture.alt) + "\" width=\"" + std::to_string(picture.image.info.width) + "\" height=\"" +
            std::to_string(picture.image.info.height) + "\"></figure>\n";
  }
  page += "</div>\n";
}

void write_variants(std::string& page, const handout::Exercise& exercise) {
  if (exercise.variants.empty()) return;
  page += "<ul class=\"variants\">\n";
  for (const auto& variant : exercise.variants) {
    page += "<li>";
    if (!variant.label.empty()) page += "<span class=\"label\">" + markup::escape(variant.label) + ":</span> ";
    page += markup::escape(variant.text) + "</li>\n";
  }
  page += "</ul>\n";
}

void write_dose_by_week(std::string& page, const handout::Exercise& exercise) {
  if (exercise.dose_by_week.empty()) return;
  page += "<table class=\"dose-by-week\">\n<caption>How the dose changes</caption>\n";
  page += "<thead><tr><th scope=\"col\">" + markup::escape(exercise.dose_by_week_heading) +
          "</th><th scope=\"col\">Dose</th></tr></thead>\n<tbody>\n";
  for (const auto& row : exercise.dose_by_week)
    page += "<tr><th scope=\"row\">" + markup::escape(row.weeks) + "</th><td>" + markup::escape(row.dose) + "</td></tr>\n";
  page += "</tbody>\n</table>\n";
}

}  // namespace

void write_exercise(std::string& page, const handout::Exercise& exercise) {
  const std::string id = anchor_id("exercise", exercise.number, exercise.id);
  page += "<article class=\"exercise\" id=\"" + id + "\" aria-labelledby=\"" + id + "-name\">\n";
  page += "<h3 id=\"" + id + "-name\"><span class=\"exercise-number\">" + std::to_string(exercise.number) +
          "</span> <span class=\"exercise-name\">" + markup::escape(exercise.name) + "</span></h3>\n";
  if (!exercise.dose.empty()) page += "<p class=\"dose\">" + markup::escape(exercise.dose) + "</p>\n";
  write_timing(page, exercise);
  write_pictures(page, exercise);
  // How to do it (steps, then the dose by week) and advice in two boxes, so
  // that the stylesheet can set them side by side.
  const bool has_how = !exercise.steps.empty() || !exercise.no_steps.empty() || !exercise.dose_by_week.empty();
  const bool has_advice =
      !exercise.cues.empty() || !exercise.cautions.empty() || !exercise.notes.empty() || !exercise.variants.empty();
  if (!has_how && !has_advice) {
    page += "</article>\n";
    return;
  }
  page += has_how && has_advice ? "<div class=\"exercise-body two-column\">\n" : "<div class=\"exercise-body\">\n";
  if (has_how) {
    page += "<div class=\"exercise-how\">\n";
    write_steps(page, exercise);
    write_dose_by_week(page, exercise);
    page += "</div>\n";
  }
  if (has_advice) {
    page += "<div class=\"exercise-advice\">\n";
    for (const auto& cue : exercise.cues) labelled(page, "tip", "Tip:", cue);
    for (const auto& caution : exercise.cautions) labelled(page, "caution", "Take care:", caution);
    for (const auto& note : exercise.notes) labelled(page, "exercise-note", "Note:", note);
    write_variants(page, exercise);
    page += "</div>\n";
  }
  page += "</div>\n";
  page += "</article>\n";
}

}  // namespace regimen::html
