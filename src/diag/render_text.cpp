#include "diag/render_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/utf8.h"

namespace regimen {
namespace {

// Lines longer than this are shown as a window around the fault, so that a
// megabyte-long line does not flood the terminal.
constexpr std::size_t kMaxShownBytes = 160;

struct Style {
  bool on;
  std::string bold(std::string_view s) const { return on ? fmt::format("\x1b[1m{}\x1b[0m", s) : std::string(s); }
  std::string severity(Severity sev, std::string_view s) const {
    if (!on) return std::string(s);
    const char* code = sev == Severity::Error ? "31" : sev == Severity::Warning ? "35" : "36";
    return fmt::format("\x1b[1;{}m{}\x1b[0m", code, s);
  }
  std::string caret(std::string_view s) const { return on ? fmt::format("\x1b[1;32m{}\x1b[0m", s) : std::string(s); }
};

std::string location(const Span& span, const SourceSet& sources) {
  if (!span.valid()) return "regimen";
  const SourceFile& file = sources.file(span.file);
  LineCol lc = file.line_col(span.begin);
  return fmt::format("{}:{}:{}", file.path(), lc.line, lc.column);
}

// Moves `i` back to the start of a UTF-8 sequence.
std::size_t char_boundary(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The source line and a caret line under the span's first line.
std::string snippet(const Span& span, const SourceSet& sources, const Style& style) {
  if (!span.valid()) return {};
  const SourceFile& file = sources.file(span.file);
  LineCol start = file.line_col(span.begin);
  std::string_view line = file.line_text(start.line);
  // Byte offset of the span inside the line.
  std::size_t line_start = static_cast<std::size_t>(line.data() - file.text().data());
  std::size_t line_offset = std::min<std::size_t>(span.begin >= line_start ? span.begin - line_start : 0, line.size());
  std::size_t span_bytes = std::min<std::size_t>(span.end > span.begin ? span.end - span.begin : 1,
                                                 line.size() > line_offset ? line.size() - line_offset : 1);

  std::size_t window_begin = 0, window_end = line.size();
  if (line.size() > kMaxShownBytes) {
    window_begin = char_boundary(line, line_offset > 60 ? line_offset - 60 : 0);
    window_end = char_boundary(line, std::min(line.size(), window_begin + kMaxShownBytes));
    span_bytes = std::min(span_bytes, window_end > line_offset ? window_end - line_offset : 1);
  }
  std::string shown = utf8::for_display(line.substr(window_begin, window_end - window_begin));
  std::string prefix = window_begin > 0 ? "..." : "";
  std::string suffix = window_end < line.size() ? "..." : "";

  // The gutter copies tabs from the line so the caret lands under the fault.
  std::string gutter = prefix.empty() ? "" : "   ";
  std::string_view before = std::string_view(line).substr(window_begin, line_offset - window_begin);
  for (std::size_t i = 0; i < before.size();) {
    std::size_t n = utf8::sequence_length(before, i);
    gutter.push_back(before[i] == '\t' ? '\t' : ' ');
    i += n == 0 ? 1 : n;
  }
  std::size_t caret_chars = std::max<std::size_t>(1, utf8::count_chars(line.substr(line_offset, span_bytes)));
  std::string marks = "^" + std::string(caret_chars - 1, '~');

  std::string number = std::to_string(start.line);
  std::string pad(number.size(), ' ');
  return fmt::format(" {} | {}{}{}\n {} | {}{}\n", number, prefix, shown, suffix, pad, gutter, style.caret(marks));
}

}  // namespace

std::string render_text(const Diagnostic& d, const SourceSet& sources, const TextRenderOptions& options) {
  Style style{options.color};
  std::string out = fmt::format("{}: {} {} [{}]\n", style.bold(location(d.span, sources)),
                                style.severity(d.severity, std::string(severity_name(d.severity)) + ":"),
                                style.bold(d.message), diagnostic_label(d));
  out += snippet(d.span, sources, style);
  for (const auto& help : d.help) out += fmt::format("{} {}\n", style.bold("help:"), help);
  for (const auto& note : d.notes) {
    if (note.span.valid()) {
      out += fmt::format("{}: {} {}\n", style.bold(location(note.span, sources)),
                         style.severity(Severity::Note, "note:"), note.message);
      out += snippet(note.span, sources, style);
    } else {
      out += fmt::format("{} {}\n", style.severity(Severity::Note, "note:"), note.message);
    }
  }
  return out;
}

std::string render_text(const Diagnostics& all, const SourceSet& sources, const TextRenderOptions& options) {
  std::string out;
  Diagnostics shown = all.first_per_file(options.shown_per_file);
  for (const auto& d : shown.all()) out += render_text(d, sources, options);
  return out;
}

std::string render_summary(const Diagnostics& all) { return render_summary(all.error_count(), all.warning_count()); }

std::string render_summary(std::size_t errors, std::size_t warnings) {
  if (errors == 0 && warnings == 0) return {};
  std::vector<std::string> parts;
  if (errors) parts.push_back(fmt::format("{} error{}", errors, errors == 1 ? "" : "s"));
  if (warnings) parts.push_back(fmt::format("{} warning{}", warnings, warnings == 1 ? "" : "s"));
  return fmt::format("{} generated.\n", fmt::join(parts, " and "));
}

}  // namespace regimen
