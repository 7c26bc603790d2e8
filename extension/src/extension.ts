// Activation: wires the pieces together. Each piece lives in its own file.
import * as vscode from "vscode";
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from "../../src/core/config/index.ts";
import { DocumentLinter } from "./document-linter.ts";
import { Debouncer } from "./scheduler.ts";
import { INSERT_SNIPPET, OutsideInCodeActions, insertRewrite } from "./code-actions.ts";
import { OutsideInHover } from "./hover.ts";
import { ScoreStatusBar, SHOW_REPORT } from "./status-bar.ts";
import { lintWorkspace } from "./workspace-lint.ts";
import { OPEN_AT, openAt } from "./report-view.ts";
import { TOGGLE, toggleEnabled } from "./toggle.ts";
import { ADD_EXCEPTION, addExceptionCommand } from "./add-exception.ts";
import { disposeOutputLog, outputLog } from "./output-log.ts";

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
    { dispose: disposeOutputLog },
    linter.onDidLint((document) => {
      if (!document || document === vscode.window.activeTextEditor?.document) statusBar.update();
    }),
    vscode.workspace.onDidOpenTextDocument(lintNow),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && linter.shouldLint(e.document)) lintSoon(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      debouncer.cancel(document.uri.toString());
      void linter.closed(document);
    }),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => linter.deleted(uri))),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => void linter.renamed(oldUri, newUri))),
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
    vscode.commands.registerCommand(OPEN_AT, openAt),
    vscode.commands.registerCommand(TOGGLE, toggleEnabled),
    vscode.commands.registerCommand(ADD_EXCEPTION, (uri: vscode.Uri, phrase: string) => addExceptionCommand(linter, uri, phrase)),
    vscode.commands.registerCommand("outsideIn.showOutput", () => outputLog().show(true)),
  );

  // A change to a project config or an ignore file re-lints every open document.
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...CONFIG_FILE_NAMES, IGNORE_FILE_NAME, ".gitignore"].join(",")}}`);
  const reload = () => void linter.reload().then(() => statusBar.update());
  context.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  // A rule file changed (the folders are watched once a config names them): reload the rulebook.
  context.subscriptions.push(linter.ruleFolders.onDidChange((uri) => {
    outputLog().info(`rule file changed: ${vscode.workspace.asRelativePath(uri)}`);
    reload();
  }));
  // Files deleted outside VS Code (a terminal, git checkout) lose their problems too.
  const deletions = vscode.workspace.createFileSystemWatcher("**/*", true, true, false);
  context.subscriptions.push(deletions, deletions.onDidDelete((uri) => linter.deleted(uri)));

  for (const document of vscode.workspace.textDocuments) lintNow(document);
  statusBar.update();
  const activationMs = performance.now() - started;
  console.log(`[outside-in] activated in ${activationMs.toFixed(1)} ms`);
  outputLog().info(`activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs };
}

export function deactivate(): void {}
