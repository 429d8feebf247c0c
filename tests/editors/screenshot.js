// Makes docs/images/editor-highlighting.png: lines of a routine tokenised
// with the TextMate grammar, coloured by their scopes as VS Code's Dark+
// theme colours them (the table below is that theme's rules for the scopes
// the grammar uses), and photographed with Debian's headless chromium.
//
//   node tests/editors/screenshot.js [FILE] [FIRST-LAST] [OUT.png]
//
// (defaults: examples/mid-back-prehab.regimen, lines 1-58, the docs' image).
// Long lines are cut at the window's edge, as an editor shows them.
"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, loadGrammar, tokenise } = require("./tokenise.js");

// Dark+'s colour for a scope: the rule with the longest matching prefix.
const DARK_PLUS = [
  ["comment", "#6A9955"],
  ["string", "#CE9178"],
  ["constant.character.escape", "#D7BA7D"],
  ["constant.numeric", "#B5CEA8"],
  ["keyword.other.unit", "#B5CEA8"],
  ["constant.language", "#569CD6"],
  ["keyword", "#569CD6"],
  ["keyword.control", "#C586C0"],
  ["keyword.operator", "#D4D4D4"],
  ["storage", "#569CD6"],
  ["entity.name.function", "#DCDCAA"],
  ["entity.name.type", "#4EC9B0"],
  ["entity.name.namespace", "#4EC9B0"],
  ["variable", "#9CDCFE"],
  ["variable.other.constant", "#4FC1FF"],
  ["invalid", "#F44747"],
];
const FOREGROUND = "#D4D4D4";
const BACKGROUND = "#1E1E1E";

function colour(scopes) {
  let best = { length: -1, colour: FOREGROUND };
  // Inner scopes win over outer ones, as in a theme.
  for (const scope of scopes) {
    for (const [prefix, value] of DARK_PLUS) {
      const fits = scope === prefix || scope.startsWith(`${prefix}.`);
      if (fits && prefix.length >= best.length) best = { length: prefix.length, colour: value };
    }
  }
  return best.colour;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "examples/mid-back-prehab.regimen"));
  const [first, last] = (process.argv[3] || "1-58").split("-").map(Number);
  const out = path.resolve(process.argv[4] || path.join(ROOT, "docs/images/editor-highlighting.png"));
  const grammar = await loadGrammar();
  const lines = tokenise(grammar, fs.readFileSync(file, "utf8")).slice(first - 1, last);
  const rows = lines.map(({ tokens }, index) => {
    const code = tokens.map((t) => `<span style="color:${colour(t.scopes)}">${escapeHtml(t.text)}</span>`).join("");
    return `<div class="line"><span class="number">${first + index}</span><span class="code">${code}</span></div>`;
  });
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: ${BACKGROUND}; }
.title { font: 13px sans-serif; color: #CCCCCC; background: #2D2D2D; padding: 7px 14px; }
.editor { padding: 8px 0; font: 14px/20px "DejaVu Sans Mono", monospace; white-space: pre; overflow: hidden; }
.line { display: flex; }
.number { color: #858585; width: 3.5em; padding-right: 1.5em; text-align: right; flex: none; }
.code { color: ${FOREGROUND}; }
</style></head><body><div class="title">${escapeHtml(path.basename(file))}</div><div class="editor">${rows.join("")}</div></body></html>`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "regimen-screenshot-"));
  const html = path.join(work, "page.html");
  fs.writeFileSync(html, page);
  const height = 31 + 16 + 20 * lines.length;
  fs.rmSync(out, { force: true });
  const result = childProcess.spawnSync(
    "chromium",
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--hide-scrollbars", `--user-data-dir=${path.join(work, "profile")}`,
      `--screenshot=${out}`, `--window-size=1000,${height}`, `file://${html}`],
    { encoding: "utf8", timeout: 120000 },
  );
  fs.rmSync(work, { recursive: true, force: true });
  if (!fs.existsSync(out)) {
    console.error(`chromium wrote no ${out} (${result.status}): ${result.stderr}`);
    process.exit(1);
  }
  console.log(`wrote ${path.relative(process.cwd(), out)}: lines ${first} to ${first + lines.length - 1} of ${path.relative(ROOT, file)}`);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
