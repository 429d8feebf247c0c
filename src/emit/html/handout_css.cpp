#include "emit/html/handout_css.h"

#include "emit/html/html_text.h"

namespace regimen::html {
namespace {

// Colours are dark enough to stay legible in black-and-white print, and every
// mark that matters (the safety box, the tick boxes, cautions) is also drawn
// with a border, which printers keep when they drop backgrounds.
constexpr std::string_view kBase = R"css(
:root {
  color-scheme: light;
  --ink: #1c2226;
  --muted: #4d5960;
  --accent: #0b5563;
  --accent-soft: #e8f2f4;
  --rule: #c5d0d5;
  --warn: #9e1b1b;
  --warn-soft: #fdf1e7;
  --shade: #dfe4e7;
}
*, *::before, *::after { box-sizing: border-box; }
html {
  background: #eef2f4;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body {
  max-width: 52em;
  margin: 0 auto;
  padding: 2.5em 3em 2em;
  background: #fff;
  color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 12pt;
  line-height: 1.5;
  overflow-wrap: anywhere;
  word-break: normal;
}
h1, h2, h3 { line-height: 1.2; color: var(--accent); break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2.1em; margin: 0 0 .2em; letter-spacing: -.01em; }
h2 {
  font-size: 1.45em;
  margin: 2em 0 .75em;
  padding-bottom: .3em;
  border-bottom: 2px solid var(--accent);
}
h3 { font-size: 1.2em; margin: 0 0 .4em; }
p, ul, ol, dl { margin: 0 0 .75em; }
ul, ol { padding-left: 1.4em; }
li { margin-bottom: .3em; }
li::marker { color: var(--accent); font-weight: 700; }

.masthead { padding-bottom: 1.25em; border-bottom: 4px solid var(--accent); }
.author { margin: 0 0 1.25em; color: var(--muted); font-size: 1.1em; }
.patient-line { display: flex; flex-wrap: wrap; gap: .75em 2.5em; margin: 0; }
.field { display: inline-flex; align-items: baseline; gap: .5em; flex: 1 1 14em; }
.field-label { font-weight: 700; }
.field-value { font-weight: 600; }
.write-on { flex: 1 1 auto; min-width: 8em; height: 1.3em; border-bottom: 1.5px solid var(--ink); }

.facts { display: grid; grid-template-columns: max-content 1fr; gap: .4em 1.75em; margin: 0; }
.facts dt { font-weight: 700; color: var(--muted); }
.facts dd { margin: 0; }
.facts > div { display: contents; }

.equipment { display: flex; flex-wrap: wrap; gap: .5em; list-style: none; padding: 0; }
.equipment li { margin: 0; padding: .2em .85em; border: 1.5px solid var(--rule); border-radius: 999px; }

.safety {
  margin: 2em 0;
  padding: 1.1em 1.4em .6em;
  border: 3px solid var(--warn);
  border-left-width: .6em;
  border-radius: .5em;
  background: var(--warn-soft);
  break-inside: avoid;
  page-break-inside: avoid;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.safety h2 { margin: 0 0 .6em; padding: 0; border: 0; color: var(--warn); }
.safety h3 { margin: 1em 0 .4em; font-size: 1.05em; color: var(--ink); }
.stop-now-lead { font-weight: 800; font-size: 1.05em; margin-bottom: .4em; }
.stop-now li { font-weight: 600; }
.stop-now li::marker, .safety-cautions li::marker { color: var(--warn); }
.disclaimers { margin-top: 1em; padding-top: .6em; border-top: 1px dashed var(--warn); color: var(--muted); font-size: .85em; }
.disclaimers p { margin-bottom: .4em; }

.routine-notes p, .section-note {
  padding: .6em .9em;
  border-left: 4px solid var(--accent);
  background: var(--accent-soft);
}
.section-note { font-style: italic; }

.exercise {
  margin: 0 0 1.1em;
  padding: 1.1em 1.3em .5em;
  border: 1.5px solid var(--rule);
  border-radius: .6em;
  break-inside: avoid;
  page-break-inside: avoid;
}
.exercise h3 { display: flex; align-items: center; gap: .6em; }
.exercise-number {
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 1.9em;
  height: 1.9em;
  padding: 0 .3em;
  border: 2px solid var(--accent);
  border-radius: 1em;
  font-size: .85em;
}
.dose { font-size: 1.15em; font-weight: 700; margin-bottom: .5em; }
.timing { display: flex; flex-wrap: wrap; gap: .4em; margin-bottom: .75em; padding: 0; list-style: none; }
.timing li { margin: 0; padding: .1em .65em; border: 1px solid var(--accent); border-radius: .3em; color: var(--accent); font-size: .9em; }
.pictures { display: flex; flex-wrap: wrap; gap: .75em; margin: 0 0 .9em; }
.pictures figure { margin: 0; flex: 0 1 auto; max-width: 100%; }
.pictures figure.drawn svg { display: block; width: 5.5cm; height: auto; max-height: 4.5cm; max-width: 100%; }
.pictures img { display: block; width: auto; height: 4.5cm; max-width: 100%; object-fit: contain; border: 1px solid var(--rule); border-radius: .3em; background: #fff; }
.exercise-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1.5em; }
.steps { margin-bottom: .9em; }
.steps li { padding-left: .15em; }
.no-steps { color: var(--muted); font-style: italic; }
.tip, .caution, .exercise-note { margin-bottom: .5em; }
.label { font-weight: 700; }
.tip .label { color: var(--accent); }
.caution { padding-left: .7em; border-left: 4px solid var(--warn); }
.caution .label { color: var(--warn); }
.variants { list-style: none; padding: 0; margin-top: .75em; }
.variants li { margin-bottom: .25em; }
.exercise-how > :last-child, .exercise-advice > :last-child { margin-bottom: .75em; }

table { border-collapse: collapse; }
caption { text-align: left; font-weight: 700; padding-bottom: .35em; }
th, td { padding: .3em .7em; text-align: left; vertical-align: top; }
.dose-by-week { margin: .5em 0 1em; font-size: .9em; }
.dose-by-week caption { color: var(--muted); font-size: .95em; }
.dose-by-week th, .dose-by-week td { border-bottom: 1px solid var(--rule); }
.dose-by-week thead th { border-bottom: 2px solid var(--accent); color: var(--muted); }
.dose-by-week tbody th { font-weight: 600; white-space: nowrap; }

.tracker-week { margin-bottom: 1.5em; break-inside: avoid; page-break-inside: avoid; }
.table-scroll { max-width: 100%; overflow-x: auto; }
/* Narrower than this, the day names would break inside words: scroll instead. */
.tracker-table { width: 100%; min-width: 22em; table-layout: fixed; }
.tracker-table caption { font-size: 1.1em; color: var(--accent); }
.tracker-table th, .tracker-table td { border: 1.5px solid var(--muted); text-align: center; vertical-align: middle; }
.tracker-table thead th { font-size: .9em; overflow-wrap: normal; }
.tracker-table thead td { border-top-color: transparent; border-left-color: transparent; }
/* A fixed table takes its column widths from the first row: the corner cell. */
.tracker-table tr > :first-child { width: 7.5em; }
.tracker-table tbody th { text-align: left; font-size: .9em; }
.tracker-table td { height: 2.6em; padding: .3em; }
.tick-box { display: inline-block; width: 1.3em; height: 1.3em; border: 2px solid var(--ink); border-radius: .2em; vertical-align: middle; }
.no-session {
  color: var(--muted);
  background: repeating-linear-gradient(135deg, var(--shade) 0 .35em, #fff .35em .7em);
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
th.no-session { background: var(--shade); }
.tracker-key { color: var(--muted); font-size: .9em; }

.page-footer { margin-top: 2.5em; padding-top: .6em; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85em; }
.page-footer p { margin: 0; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}

@media (max-width: 40em) {
  body { padding: 1.25em 1em 1.5em; }
  h1 { font-size: 1.75em; }
  h2 { font-size: 1.3em; }
  .safety { padding: .9em 1em .4em; }
  .exercise { padding: .9em .9em .3em; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: .5em; }
  .tracker-table tr > :first-child { width: 5.25em; }
  .tracker-table th, .tracker-table td { padding: .25em .1em; }
}

@media print {
  html, body { background: #fff; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; line-height: 1.4; orphans: 3; widows: 3; }
  h2 { margin: 1.2em 0 .6em; }
  .masthead { padding-bottom: 1em; }
  .safety { margin: 1.25em 0; }
  .exercise { margin-bottom: .8em; padding: .8em 1em .2em; border-color: #8a979d; }
  .table-scroll { overflow: visible; }
  .page-footer { margin-top: 1.5em; }
}
)css";

// On paper and wide screens an exercise's steps and its advice stand side by
// side, which keeps each card short enough to stay on one page. Not in large
// print: a column would hold too few words a line.
constexpr std::string_view kSideBySide = R"css(
@media (min-width: 56em), print {
  .exercise-body.two-column { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .two-column .exercise-advice { padding-left: 1.25em; border-left: 1px solid var(--rule); }
}
)css";

// Large print: at least 16 pt body text on screen and on paper; headings are
// sized in em, so they scale with it.
constexpr std::string_view kLargePrint = R"css(
body { font-size: 16pt; max-width: 40em; line-height: 1.55; }
.tick-box { width: 1.5em; height: 1.5em; border-width: 2.5px; }
@media print {
  body { font-size: 16pt; }
}
)css";

}  // namespace

std::string handout_css(const HtmlOptions& options, std::string_view footer) {
  std::string css{kBase};
  // The page box is left to the printer's paper (A4 or letter); the margins
  // leave room for the title and page number in the bottom margin.
  const std::string margin_font = options.large_print ? "12pt" : "9pt";
  const std::string margin_style = "font: " + margin_font + " system-ui, sans-serif; color: #4d5960;";
  css += "@page {\n  margin: 16mm 15mm 18mm;\n";
  css += "  @bottom-left { content: " + css_string(footer) + "; " + margin_style + " }\n";
  css += "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); " + margin_style + " }\n}\n";
  css += options.large_print ? kLargePrint : kSideBySide;
  return css;
}

}  // namespace regimen::html
