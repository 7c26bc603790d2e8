// A broken project config shows one notification (with "Open config"), not one per keystroke.
import * as vscode from "vscode";
import { ConfigError } from "../../src/core/config/index.ts";

export class ConfigErrorReporter {
  private readonly shown = new Set<string>();

  /**
   * Reports an error once per distinct message, until a config loads cleanly again: re-lints,
   * reloads and repeated file-watcher events never repeat the same notification.
   */
  report(error: unknown, configUri: vscode.Uri | undefined): void {
    const message = error instanceof ConfigError
      ? `Outside-In: ${error.file} is invalid: ${error.issues.map((i) => `${i.field} ${i.message}`).join("; ")}. Using the built-in rules until it is fixed.`
      : `Outside-In: could not read the project config: ${(error as Error)?.message ?? String(error)}`;
    if (this.shown.has(message)) return;
    this.shown.add(message);
    const uri = configUri ?? (error instanceof ConfigError ? this.guessUri(error.file) : undefined);
    const actions = uri ? ["Open config"] : [];
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === "Open config" && uri) void vscode.window.showTextDocument(uri);
    });
  }

  private guessUri(file: string): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, file) : undefined;
  }

  /** A config loaded without errors: the next problem is news again. */
  resolved(): void {
    this.shown.clear();
  }
}
