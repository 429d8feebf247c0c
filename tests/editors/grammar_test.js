// The TextMate grammar (editors/vscode/syntaxes/regimen.tmLanguage.json),
// read by the tokeniser VS Code uses.
//
//   node grammar_test.js golden FILE EXPECTED   FILE's scopes, token by token,
//                                               equal EXPECTED (rewritten with
//                                               REGIMEN_UPDATE_GOLDEN=1)
//   node grammar_test.js classified FILE...     every token of each FILE has a
//                                               scope of its own, no token is
//                                               invalid, and its comments,
//                                               strings and numbers are whole
//   node grammar_test.js keywords               every keyword of the lexer in
//                                               grammar/Regimen.g4 is a keyword
//                                               alone and after an exercise
//   node grammar_test.js vim VIM FILE...        the Vim syntax file
//                                               (editors/vim/) gives each token
//                                               of each FILE, and each keyword,
//                                               the same kind as the grammar
//
// Each prints what it checked and exits 1 on the first kind of failure, with
// every failing token listed.
"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, loadGrammar, tokenise } = require("./tokenise.js");

function fail(messages) {
  for (const message of messages.slice(0, 50)) console.error(message);
  if (messages.length > 50) console.error(`... and ${messages.length - 50} more`);
  process.exit(1);
}

function relative(file) {
  return path.relative(ROOT, path.resolve(file));
}

// One line per token that is not blank: "line:column text scopes", the
// column in UTF-16 units from 1 as an editor counts it, the text as a JSON
// string, and the scopes inside the grammar's own.
function dump(lines) {
  const out = [];
  for (const { tokens } of lines) {
    for (const token of tokens) {
      if (token.text.trim() === "") continue;
      out.push(`${token.line}:${token.start + 1} ${JSON.stringify(token.text)} ${token.scopes.slice(1).join(" ")}`);
    }
  }
  return out.join("\n") + "\n";
}

function golden(grammar, file, expected) {
  const actual = dump(tokenise(grammar, fs.readFileSync(file, "utf8")));
  if (process.env.REGIMEN_UPDATE_GOLDEN === "1") {
    fs.writeFileSync(expected, actual);
    console.log(`rewrote ${relative(expected)}`);
    return;
  }
  if (!fs.existsSync(expected)) {
    fail([`${relative(expected)} is missing; create it with REGIMEN_UPDATE_GOLDEN=1 and read it through`]);
  }
  const want = fs.readFileSync(expected, "utf8").split("\n");
  const got = actual.split("\n");
  const differences = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) differences.push(`line ${i + 1} of ${path.basename(expected)}\n  expected: ${want[i] ?? "(nothing)"}\n  actual:   ${got[i] ?? "(nothing)"}`);
  }
  if (differences.length > 0) {
    fail([
      `the scopes of ${relative(file)} differ from ${relative(expected)}`,
      "(if the change is intended: REGIMEN_UPDATE_GOLDEN=1 ctest --test-dir build -R editors/, then review the diff)",
      ...differences,
    ]);
  }
  console.log(`${relative(file)}: ${got.length - 1} tokens as expected`);
}

// The spans of the lexer's comments, strings and numbers on one line, found
// the way grammar/Regimen.g4's lexer finds them (a `#` in a string starts no
// comment, a digit in a word is no number), to hold the grammar's tokens to.
function lexerSpans(line) {
  const spans = [];
  const rules = [
    ["comment", /#.*/y],
    ["string", /"(?:[^"\\\r\n]|\\.)*"?/y],
    ["word", /[A-Za-z_][A-Za-z0-9_]*/y],
    ["number", /[0-9]+(?:\.[0-9]+)?/y],
  ];
  let at = 0;
  while (at < line.length) {
    let matched = false;
    for (const [kind, rule] of rules) {
      rule.lastIndex = at;
      const m = rule.exec(line);
      if (m && m[0].length > 0) {
        spans.push({ kind, start: at, end: at + m[0].length });
        at += m[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) at += 1;
  }
  return spans;
}

const SPAN_SCOPES = {
  comment: "comment.line.number-sign.regimen",
  string: "string.quoted.double.regimen",
  number: "constant.numeric",
};

function classified(grammar, files) {
  const problems = [];
  let count = 0;
  for (const file of files) {
    const where = relative(file);
    for (const { text, tokens } of tokenise(grammar, fs.readFileSync(file, "utf8"))) {
      for (const token of tokens) {
        if (token.text.trim() === "") continue;
        count += 1;
        const own = token.scopes.slice(1).filter((scope) => !scope.startsWith("meta."));
        const at = `${where}:${token.line}:${token.start + 1} ${JSON.stringify(token.text)} (${token.scopes.join(" ")})`;
        if (own.length === 0) problems.push(`not classified: ${at}`);
        if (token.scopes.some((scope) => scope.startsWith("invalid."))) problems.push(`invalid in a valid file: ${at}`);
      }
      for (const span of lexerSpans(text)) {
        const scope = SPAN_SCOPES[span.kind];
        if (!scope) continue;
        const inside = tokens.filter((token) => token.start < span.end && token.end > span.start);
        const whole =
          inside.length > 0 &&
          (span.kind === "number" || (inside[0].start === span.start && inside[inside.length - 1].end === span.end)) &&
          inside.every((token) => token.scopes.some((s) => s.startsWith(scope)));
        if (!whole) {
          const line = inside.length > 0 ? inside[0].line : "?";
          problems.push(`${span.kind} not whole: ${where}:${line}:${span.start + 1} ${JSON.stringify(text.slice(span.start, span.end))} as ${inside.map((t) => `${JSON.stringify(t.text)} (${t.scopes.join(" ")})`).join(", ")}`);
        }
      }
    }
  }
  if (problems.length > 0) fail(problems);
  if (count === 0) fail(["no token was checked"]);
  console.log(`${files.length} files, ${count} tokens: each classified; comments, strings and numbers whole`);
}

// The lexer's keywords: its rules whose text is one literal word.
function lexerKeywords() {
  const g4 = fs.readFileSync(path.join(ROOT, "grammar/Regimen.g4"), "utf8");
  return [...g4.matchAll(/^[A-Z_]+\s*:\s*'([a-z_]+)'\s*;/gm)].map((m) => m[1]);
}

function isKeyword(token) {
  return token.scopes.some((scope) => scope.startsWith("keyword.") || scope.startsWith("storage.type."));
}

function keywords(grammar) {
  const words = lexerKeywords();
  if (words.length < 70) fail([`found only ${words.length} keywords in grammar/Regimen.g4; has its lexer changed shape?`]);
  const problems = [];
  for (const word of words) {
    for (const line of [word, `  ${word}`, `cat_camel ${word}`]) {
      const [{ tokens }] = tokenise(grammar, line);
      const token = tokens.find((t) => t.start === line.length - word.length);
      if (!token || token.text !== word || !isKeyword(token)) {
        problems.push(`\`${word}\` in ${JSON.stringify(line)} is ${token ? `${JSON.stringify(token.text)} (${token.scopes.join(" ")})` : "no token"}`);
      }
    }
  }
  // The words that are keywords only where the parser makes them one, and
  // the word that is not a keyword there: the exercise named by a line.
  const cases = [
    ["days 1-3 { cat_camel }", "days", "keyword.other.phase.regimen"],
    ["day 4 { cat_camel }", "day", "keyword.other.phase.regimen"],
    ["region knee \"Knee\"", "region", "storage.type.vocabulary.regimen"],
    ["demand kneeling \"Kneeling\"", "demand", "storage.type.vocabulary.regimen"],
    ["cat_camel reps 10", "cat_camel", "entity.name.function.exercise.regimen"],
    ["reps 10; cat_camel reps 10", "cat_camel", "entity.name.function.exercise.regimen"],
    ["weeks 1-2 { cat_camel reps 10 }", "cat_camel", "entity.name.function.exercise.regimen"],
  ];
  for (const [line, word, scope] of cases) {
    const [{ tokens }] = tokenise(grammar, line);
    const token = tokens.find((t) => t.text === word);
    if (!token || !token.scopes.includes(scope)) {
      problems.push(`\`${word}\` in ${JSON.stringify(line)} is not ${scope}: ${token ? token.scopes.join(" ") : "no token"}`);
    }
  }
  if (problems.length > 0) fail(problems);
  console.log(`${words.length} keywords of grammar/Regimen.g4, and ${cases.length} words in context, have their scopes`);
}

// The kinds of word both editors tell apart: a TextMate scope's, and a Vim
// syntax group's, by the first rule that fits.
const KINDS = [
  ["comment", /^comment\./, /^regimenComment$/],
  ["escape", /^constant\.character\.escape\./, /^regimenEscape$/],
  ["string", /^string\./, /^regimenString$/],
  ["declaration", /^storage\.type\./, /^regimen(Declaration|ParamKeyword)$/],
  ["import", /^keyword\.control\.import\./, /^regimenImport$/],
  ["conditional", /^keyword\.control\.conditional\./, /^regimenConditional$/],
  ["number", /^(constant\.numeric|keyword\.other\.unit)\./, /^regimen(Number|GluedUnit|Unit|RateUnit|Sets|SetsCount|TimeOfDay)$/],
  ["keyword", /^keyword\.other\./, /^regimen(Fact|Text|Variant|Phase|Clause|Phrase)$/],
  ["constant", /^constant\.language\./, /^regimen(Day|Time|Rate|Level|Side)$/],
  ["exercise", /^entity\.name\.function\.exercise\./, /^regimen(Exercise|ExerciseRef)$/],
  ["definition", /^entity\.name\.function\.definition\./, /^regimenDefinitionName$/],
  ["vocabulary", /^entity\.name\.(type|namespace)\./, /^regimen(VocabularyName|Module)$/],
  ["parameter", /^variable\.parameter\./, /^regimen(ParamName|WhenName)$/],
  ["value", /^variable\.other\.constant\./, /^regimenParamValue$/],
  ["property", /^variable\.other\.property\./, /^regimenPropertyName$/],
  ["word", /^variable\.other\.regimen$/, /^(|regimenDefinitionBlock)$/],
  ["operator", /^keyword\.operator\./, /^regimen(Operator|RateSlash)$/],
  ["punctuation", /^punctuation\./, /^regimen(Delimiter|Brace)$/],
  ["error", /^invalid\./, /^regimen(Error|BadEscape)$/],
];

function textmateKind(scopes) {
  // The innermost scope that names a kind: a string's quote is a string.
  for (const scope of [...scopes].reverse()) {
    const kind = KINDS.find(([, textmate]) => textmate.test(scope));
    if (kind && !(kind[0] === "punctuation" && scopes.some((s) => /^(string|comment)\./.test(s)))) return kind[0];
  }
  return "word";
}

function vimKind(group) {
  const kind = KINDS.find(([, , vim]) => vim.test(group));
  return kind ? kind[0] : `unknown Vim group ${group}`;
}

// The syntax groups Vim gives FILE, by line and by UTF-16 column from 0.
function vimGroups(vim, file) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "regimen-vim-")), "groups");
  const result = childProcess.spawnSync(
    vim,
    ["-es", "-N", "-u", "NONE", "-i", "NONE", "--cmd", `set rtp^=${path.join(ROOT, "editors/vim")}`, "--cmd", "filetype plugin on",
      "--cmd", "syntax on", "-c", `source ${path.join(__dirname, "vim_groups.vim")}`, file],
    { env: { ...process.env, OUT: out }, encoding: "utf8", timeout: 60000 },
  );
  if (result.status !== 0 || !fs.existsSync(out)) fail([`${vim} on ${relative(file)} failed (${result.status}): ${result.stderr}`]);
  const [filetype, ...rows] = fs.readFileSync(out, "utf8").split("\n");
  fs.rmSync(path.dirname(out), { recursive: true });
  if (filetype !== "regimen") fail([`Vim took ${relative(file)} for \`${filetype}\`, not regimen: is editors/vim/ftdetect read?`]);
  const lines = fs.readFileSync(file, "utf8").split(/\r\n|\r|\n/);
  return rows.filter((row) => row !== "").map((row) => {
    const [number, cells] = [row.slice(0, row.indexOf(":")), row.slice(row.indexOf(":") + 1)];
    const bytes = Buffer.from(lines[Number(number) - 1], "utf8");
    const groups = new Map();
    for (const cell of cells.split(" ").filter(Boolean)) {
      const [column, group] = cell.split("=");
      groups.set(bytes.subarray(0, Number(column) - 1).toString("utf8").length, group);
    }
    return groups;
  });
}

function vim(grammar, vimProgram, files) {
  const problems = [];
  let count = 0;
  const keywordFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "regimen-keywords-")), "keywords.regimen");
  fs.writeFileSync(keywordFile, lexerKeywords().map((word) => `${word}\ncat_camel ${word}\n`).join(""));
  for (const file of [...files, keywordFile]) {
    const groups = vimGroups(vimProgram, file);
    for (const { tokens } of tokenise(grammar, fs.readFileSync(file, "utf8"))) {
      for (const token of tokens) {
        if (token.text.trim() === "") continue;
        const start = token.start + token.text.search(/\S/);
        const group = groups[token.line - 1]?.get(start);
        const want = textmateKind(token.scopes);
        const got = group === undefined ? "nothing" : vimKind(group);
        count += 1;
        if (want !== got) {
          problems.push(`${relative(file)}:${token.line}:${start + 1} ${JSON.stringify(token.text)}: the grammar's ${want} (${token.scopes.slice(1).join(" ")}) is Vim's ${got} (${group})`);
        }
      }
    }
  }
  fs.rmSync(path.dirname(keywordFile), { recursive: true });
  if (problems.length > 0) fail(problems);
  console.log(`${files.length} files and the lexer's keywords, ${count} tokens: Vim's kinds are the grammar's`);
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  const grammar = await loadGrammar();
  if (mode === "golden" && args.length === 2) return golden(grammar, args[0], args[1]);
  if (mode === "classified" && args.length > 0) return classified(grammar, args);
  if (mode === "keywords" && args.length === 0) return keywords(grammar);
  if (mode === "vim" && args.length > 1) return vim(grammar, args[0], args.slice(1));
  fail(["usage: grammar_test.js golden FILE EXPECTED | classified FILE... | keywords | vim VIM FILE..."]);
}

main().catch((error) => fail([String(error.stack || error)]));
