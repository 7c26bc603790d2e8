// Activation: wires the pieces together. Each piece lives in its own file.
import * as vscode from "vscode";
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from "../../src/core/config/index.ts";
import { DocumentLinter } from "./document-linter.ts";
import { Debouncer } from "./scheduler.ts";
import { INSERT_SNIPPET, OutsideInCodeActions, insertRewrite } from "./code-actions.ts";
import { OutsideInHover } from "./hover.ts";
import { ScoreStatusBar, SHOW_REPORT } from "./status-bar.ts";
import { lintWorkspace } from "./workspace-lint.ts";

export interface ExtensionApi {
  /** Milliseconds activate() took (the benchmark and e2e test read this). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const linter = new DocumentLinter();
  const debouncer = new Debouncer();
  const statusBar = new ScoreStatusBar(linter);
  const selector: vscode.DocumentSelector = "*";

  const lintNow = (document: vscode.TextDocument) => void linter.lint(document);
  const lintSoon = (document: vscode.TextDocument) =>
    debouncer.schedule(document.uri.toString(), linter.settings.debounceMs, () => lintNow(document));

  context.subscriptions.push(
    linter,
    statusBar,
    { dispose: () => debouncer.dispose() },
    linter.onDidLint((document) => {
      if (document === vscode.window.activeTextEditor?.document) statusBar.update();
    }),
    vscode.workspace.onDidOpenTextDocument(lintNow),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && linter.shouldLint(e.document)) lintSoon(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      debouncer.cancel(document.uri.toString());
      linter.forget(document);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("outsideIn")) void linter.reload().then(() => statusBar.update());
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void linter.reload()),
    vscode.languages.registerCodeActionsProvider(selector, new OutsideInCodeActions(linter), {
      providedCodeActionKinds: OutsideInCodeActions.kinds,
    }),
    vscode.languages.registerHoverProvider(selector, new OutsideInHover(linter)),
    vscode.commands.registerCommand(SHOW_REPORT, () => statusBar.showReport()),
    vscode.commands.registerCommand("outsideIn.lintWorkspace", () => lintWorkspace(linter)),
    vscode.commands.registerCommand(INSERT_SNIPPET, insertRewrite),
  );

  // A change to a project config or an ignore file re-lints every open document.
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...CONFIG_FILE_NAMES, IGNORE_FILE_NAME, ".gitignore"].join(",")}}`);
  const reload = () => void linter.reload().then(() => statusBar.update());
  context.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));

  for (const document of vscode.workspace.textDocuments) lintNow(document);
  statusBar.update();
  const activationMs = performance.now() - started;
  console.log(`[outside-in] activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs };
}

export function deactivate(): void {}
