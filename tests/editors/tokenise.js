// Reads text with Regimen's TextMate grammar through the tokeniser VS Code
// itself uses (vscode-textmate, with the Oniguruma regular expressions built
// to WebAssembly), so that the tests see the scopes an editor would.
"use strict";

const fs = require("fs");
const path = require("path");
const textmate = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const ROOT = path.resolve(__dirname, "../..");
const GRAMMAR = path.join(ROOT, "editors/vscode/syntaxes/regimen.tmLanguage.json");

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === "source.regimen" ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, "utf8"), GRAMMAR) : null,
  });
  const grammar = await registry.loadGrammar("source.regimen");
  if (!grammar) throw new Error(`cannot load ${GRAMMAR}`);
  return grammar;
}

// The text's lines as an editor splits them, each with its tokens:
// { line (from 1), start and end (UTF-16 offsets in the line), text, scopes }.
function tokenise(grammar, text) {
  const lines = text.split(/\r\n|\r|\n/);
  let state = textmate.INITIAL;
  return lines.map((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const tokens = result.tokens
      .filter((token) => token.startIndex < line.length)
      .map((token) => {
        const end = Math.min(token.endIndex, line.length);
        return { line: index + 1, start: token.startIndex, end, text: line.slice(token.startIndex, end), scopes: token.scopes };
      });
    return { text: line, tokens };
  });
}

module.exports = { ROOT, GRAMMAR, loadGrammar, tokenise };
