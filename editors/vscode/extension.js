// The Regimen extension: starts `regimen lsp` for .regimen files, sends it
// the `regimen` settings, and restarts it when the program's path changes.
// Highlighting needs none of this: it is the grammar in syntaxes/, which VS
// Code reads from package.json.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function startClient() {
  const settings = vscode.workspace.getConfiguration("regimen");
  const serverOptions = {
    command: settings.get("path", "regimen"),
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [{ language: "regimen" }],
    // `lint` when the server starts, and `workspace/didChangeConfiguration`
    // with the `regimen` section whenever a setting changes.
    initializationOptions: { lint: settings.get("lint", false) },
    synchronize: { configurationSection: "regimen" },
  };
  client = new LanguageClient("regimen", "Regimen", serverOptions, clientOptions);
  return client.start();
}

async function stopClient() {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("regimen.path")) {
        await stopClient();
        await startClient();
      }
    }),
  );
  return startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
