#include "emit/text/handout_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/utf8.h"

namespace regimen {
namespace {

const std::size_t kWidth = 72;

// Splits a word too long for a line at character boundaries.
std::vector<std::string> pieces(const std::string& word, std::size_t width) {
  std::vector<std::string> out;
  std::string current;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t n = std::max<std::size_t>(1, utf8::sequence_length(word, i));
    if (chars == width) {
      out.push_back(current);
      current.clear();
      chars = 0;
    }
    current += word.substr(i, n);
    ++chars;
    i += n;
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

// `text` wrapped to the page width: the first line starts with `first`, the
// rest with as many spaces, so lists and labels hang.
std::string wrap(const std::string& text, const std::string& first) {
  std::size_t indent = utf8::count_chars(first);
  std::size_t width = kWidth > indent + 20 ? kWidth - indent : 20;
  std::vector<std::string> lines(1);
  std::size_t used = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n\t", start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    for (const auto& piece : pieces(word, width)) {
      std::size_t n = utf8::count_chars(piece);
      if (used > 0 && used + 1 + n > width) {
        lines.emplace_back();
        used = 0;
      }
      if (used > 0) {
        lines.back() += ' ';
        ++used;
      }
      lines.back() += piece;
      used += n;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? first : std::string(indent, ' ')) + lines[i] + "\n";
  return out;
}

std::string heading(const std::string& text, char underline) {
  return text + "\n" + std::string(std::max<std::size_t>(3, utf8::count_chars(text)), underline) + "\n";
}

std::string pad(const std::string& text, std::size_t width) {
  std::size_t n = utf8::count_chars(text);
  return n >= width ? text + " " : text + std::string(width - n, ' ');
}

void exercise(const handout::Exercise& e, std::string& out) {
  std::string lead = fmt::format("{}. ", e.number);
  std::string in(lead.size(), ' ');
  out += wrap(e.name, lead);
  out += wrap(e.dose, in);
  if (!e.when.empty()) out += wrap(e.when + ".", in);
  if (!e.how_often.empty()) out += wrap("How often: " + e.how_often + ".", in);
  // Plain text cannot show a picture; it says what the picture shows.
  for (const auto& picture : e.pictures) out += wrap(picture.alt, in + "Picture: ");
  if (!e.steps.empty()) {
    out += in + "How to do it:\n";
    for (std::size_t i = 0; i < e.steps.size(); ++i) out += wrap(e.steps[i], in + fmt::format("  {}) ", i + 1));
  } else {
    out += wrap(e.no_steps, in);
  }
  for (const auto& c : e.cues) out += wrap(c, in + "Tip: ");
  for (const auto& c : e.cautions) out += wrap(c, in + "Take care: ");
  for (const auto& n : e.notes) out += wrap(n, in + "Note: ");
  for (const auto& v : e.variants) out += wrap(v.text, in + v.label + ": ");
  if (!e.dose_by_week.empty()) {
    out += in + "Dose by week:\n";
    std::size_t width = 0;
    for (const auto& row : e.dose_by_week) width = std::max(width, utf8::count_chars(row.weeks));
    for (const auto& row : e.dose_by_week) out += wrap(row.dose, in + "  " + pad(row.weeks, width + 2));
  }
  out += "\n";
}

void tracker(const handout::Tracker& t, std::string& out) {
  out += heading("Tracker", '-');
  out += wrap(t.instruction, "");
  std::size_t label = 8;
  for (const auto& r : t.rows) label = std::max(label, utf8::count_chars(r.label) + 2);
  for (int week = 1; week <= t.weeks; ++week) {
    out += "\n" + pad(fmt::format("Week {}", week), label);
    for (const auto& d : t.days) out += pad(d, 7);
    out += "\n";
    for (const auto& row : t.rows) {
      out += pad(row.label, label);
      for (std::size_t d = 0; d < t.days.size(); ++d) out += pad(row.planned[d] ? "[ ]" : " - ", 7);
      out += "\n";
    }
  }
}

}  // namespace

std::string handout_text(const handout::Handout& h) {
  std::string out = heading(h.title, '=');
  if (!h.author.empty()) out += wrap(h.author, "From: ");
  out += "\n";
  out += "Name: " + (h.patient.empty() ? std::string(30, '_') : h.patient) + "\n";
  out += "Date: " + (h.date.empty() ? std::string(30, '_') : h.date) + "\n\n";

  std::size_t label = 0;
  for (const auto& f : h.facts) label = std::max(label, utf8::count_chars(f.label) + 2);
  for (const auto& f : h.facts) out += wrap(f.value, pad(f.label + ":", label));
  out += "\n" + heading("What you need", '-');
  if (h.equipment.empty()) out += wrap(h.no_equipment, "");
  for (const auto& e : h.equipment) out += wrap(e, "- ");

  out += "\n" + heading(h.safety.heading.empty() ? "When to stop" : h.safety.heading, '-');
  if (!h.safety.stop_now.empty()) {
    out += "Stop and get help straight away if:\n";
    for (const auto& s : h.safety.stop_now) out += wrap(s, "  ! ");
  }
  auto group = [&](std::string_view title, const std::vector<std::string>& entries) {
    if (entries.empty()) return;
    out += fmt::format("{}\n", title);
    for (const auto& s : entries) out += wrap(s, "  - ");
  };
  group("About pain:", h.safety.pain_rules);
  group("Take care:", h.safety.cautions);
  group("Get advice, not as an emergency:", h.safety.seek_review);
  for (const auto& s : h.safety.disclaimers) out += wrap(s, "");

  if (!h.notes.empty()) {
    out += "\n" + heading("Notes", '-');
    for (const auto& n : h.notes) out += wrap(n, "- ");
  }
  for (const auto& section : h.sections) {
    if (!out.ends_with("\n\n")) out += "\n";
    out += heading(section.title.empty() ? "Exercises" : section.title, '-');
    for (const auto& note : section.notes) out += wrap(note, "");
    if (!section.notes.empty()) out += "\n";
    for (const auto& e : section.exercises) exercise(e, out);
  }
  out += "\n";
  tracker(h.tracker, out);
  out += "\n" + wrap(h.footer, "-- ");
  // Padded columns leave spaces at line ends; plain-text readers show them as noise.
  std::string trimmed;
  std::size_t line = 0;
  while (line < out.size()) {
    std::size_t end = out.find('\n', line);
    std::size_t last = out.find_last_not_of(' ', end - 1);
    trimmed += out.substr(line, last == std::string::npos || last < line ? 0 : last + 1 - line) + "\n";
    line = end + 1;
  }
  return trimmed;
}

}  // namespace regimen
