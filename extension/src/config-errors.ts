// A broken project config shows one notification (with "Open config"), not one per keystroke.
// Every problem goes to the Output channel; the notification lists a few and offers "Show all".
import * as vscode from "vscode";
import { ConfigError } from "../../src/core/config/index.ts";
import { RuleFileError } from "../../src/core/index.ts";
import { outputLog } from "./output-log.ts";

/** A notification lists at most this many problems; the rest are a click away. */
export const MAX_LISTED = 3;

/** The notification text for an error, and whether some problems were left out of it. */
export function describeConfigError(error: unknown): { message: string; truncated: boolean; lines: string[] } {
  if (error instanceof ConfigError || error instanceof RuleFileError) {
    const lines = error.issues.map((i) => `${i.field} ${i.message}`);
    const truncated = lines.length > MAX_LISTED;
    const listed = truncated ? `${lines.length} problems, first: ${lines.slice(0, MAX_LISTED).join("; ")}` : lines.join("; ");
    const what = error instanceof ConfigError ? "is invalid" : "is not a valid rule file";
    return { message: `Outside-In: ${error.file} ${what}: ${listed}. Using the built-in rules until it is fixed.`, truncated, lines: lines.map((l) => `${error.file}: ${l}`) };
  }
  const text = (error as Error)?.message ?? String(error);
  return { message: `Outside-In: could not read the project config: ${text}`, truncated: false, lines: [text] };
}

export class ConfigErrorReporter {
  private readonly shown = new Set<string>();

  /**
   * Reports an error once per distinct message, until a config loads cleanly again: re-lints,
   * reloads and repeated file-watcher events never repeat the same notification.
   */
  report(error: unknown, configUri: vscode.Uri | undefined): void {
    const { message, truncated, lines } = describeConfigError(error);
    if (this.shown.has(message)) return;
    this.shown.add(message);
    for (const line of lines) outputLog().error(line);
    const uri = configUri ?? (error instanceof ConfigError ? this.guessUri(error.file) : undefined);
    const actions = [...(uri ? ["Open config"] : []), ...(truncated ? ["Show all"] : [])];
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === "Open config" && uri) void vscode.window.showTextDocument(uri);
      if (choice === "Show all") outputLog().show(true);
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
