#include "emit/md/handout_md.h"

#include <fmt/format.h>

namespace regimen {
namespace {

// Escapes every character Markdown could read as markup, and folds line
// breaks, so a routine's text never changes the document's structure.
std::string esc(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
      case '!': case '~':
        out += '\\';
        out += c;
        break;
      case '&': out += "&amp;"; break;
      case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// A link destination in angle brackets, which may hold spaces and
// parentheses; only `<`, `>` and line breaks would end it early.
std::string destination(const std::string& path) {
  std::string out = "<";
  for (char c : path) {
    switch (c) {
      case '<': out += "%3C"; break;
      case '>': out += "%3E"; break;
      case '\n': out += "%0A"; break;
      case '\r': out += "%0D"; break;
      default: out += c;
    }
  }
  return out + ">";
}

std::string link_to(const std::string& file, const MarkdownOptions& options) {
  std::filesystem::path target(file);
  std::filesystem::path relative = target.lexically_relative(options.links_from);
  return (relative.empty() ? target : relative).generic_string();
}

void exercise(const handout::Exercise& e, const MarkdownOptions& options, std::string& out) {
  out += fmt::format("### {}. {}\n\n", e.number, esc(e.name));
  out += fmt::format("**{}**\n\n", esc(e.dose));
  if (!e.when.empty()) out += fmt::format("*{}.*\n\n", esc(e.when));
  if (!e.how_often.empty()) out += fmt::format("How often: {}.\n\n", esc(e.how_often));
  for (const auto& picture : e.pictures) {
    out += fmt::format("![{}]({})\n\n", esc(picture.alt), destination(link_to(picture.image.file, options)));
  }
  if (!e.steps.empty()) {
    for (std::size_t i = 0; i < e.steps.size(); ++i) out += fmt::format("{}. {}\n", i + 1, esc(e.steps[i]));
    out += "\n";
  } else {
    out += esc(e.no_steps) + "\n\n";
  }
  std::string extra;
  for (const auto& c : e.cues) extra += fmt::format("- Tip: {}\n", esc(c));
  for (const auto& c : e.cautions) extra += fmt::format("- **Take care:** {}\n", esc(c));
  for (const auto& n : e.notes) extra += fmt::format("- Note: {}\n", esc(n));
  for (const auto& v : e.variants) extra += fmt::format("- {}: {}\n", v.label, esc(v.text));
  if (!extra.empty()) out += extra + "\n";
  if (!e.dose_by_week.empty()) {
    out += fmt::format("| {} | Dose |\n| --- | --- |\n", e.dose_by_week_heading);
    for (const auto& row : e.dose_by_week) out += fmt::format("| {} | {} |\n", esc(row.weeks), esc(row.dose));
    out += "\n";
  }
}

void tracker(const handout::Tracker& t, std::string& out) {
  out += "## Tracker\n\n" + esc(t.instruction) + "\n\n";
  for (int week = 1; week <= t.weeks; ++week) {
    out += fmt::format("| Week {} |", week);
    for (const auto& d : t.days) out += fmt::format(" {} |", esc(d));
    out += "\n| --- |";
    for (std::size_t d = 0; d < t.days.size(); ++d) out += " :-: |";
    out += "\n";
    for (const auto& row : t.rows) {
      out += fmt::format("| {} |", esc(row.label));
      for (std::size_t d = 0; d < t.days.size(); ++d) out += row.planned[d] ? " ☐ |" : " – |";
      out += "\n";
    }
    out += "\n";
  }
}

}  // namespace

std::string handout_markdown(const handout::Handout& h, const MarkdownOptions& options) {
  std::string out = fmt::format("# {}\n\n", esc(h.title));
  if (!h.author.empty()) out += fmt::format("From {}\n\n", esc(h.author));
  out += fmt::format("Name: {}  \nDate: {}\n\n", h.patient.empty() ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : esc(h.patient),
                     h.date.empty() ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : esc(h.date));
  for (const auto& f : h.facts) out += fmt::format("- **{}:** {}\n", esc(f.label), esc(f.value));
  out += "\n## What you need\n\n";
  if (h.equipment.empty()) out += esc(h.no_equipment) + "\n";
  for (const auto& e : h.equipment) out += fmt::format("- {}\n", esc(e));

  // A block quote: the box that stands out in most Markdown viewers.
  out += fmt::format("\n## {}\n\n", esc(h.safety.heading));
  if (!h.safety.stop_now.empty()) {
    out += "> **Stop and get help straight away if:**\n>\n";
    for (const auto& s : h.safety.stop_now) out += fmt::format("> - {}\n", esc(s));
  }
  bool first = h.safety.stop_now.empty();
  auto group = [&](std::string_view title, const std::vector<std::string>& entries) {
    if (entries.empty()) return;
    if (!first) out += ">\n";
    first = false;
    out += fmt::format("> **{}**\n>\n", title);
    for (const auto& s : entries) out += fmt::format("> - {}\n", esc(s));
  };
  group("About pain:", h.safety.pain_rules);
  group("Take care:", h.safety.cautions);
  group("Get advice, not as an emergency:", h.safety.seek_review);
  for (const auto& s : h.safety.disclaimers) out += fmt::format(">\n> *{}*\n", esc(s));

  if (!h.notes.empty()) {
    out += "\n## Notes\n\n";
    for (const auto& n : h.notes) out += fmt::format("- {}\n", esc(n));
  }
  for (const auto& section : h.sections) {
    out += fmt::format("\n## {}\n\n", section.title.empty() ? "Exercises" : esc(section.title));
    for (const auto& note : section.notes) out += esc(note) + "\n\n";
    for (const auto& e : section.exercises) exercise(e, options, out);
  }
  out += "\n";
  tracker(h.tracker, out);
  out += fmt::format("---\n\n*{}*\n", esc(h.footer));
  return out;
}

}  // namespace regimen
