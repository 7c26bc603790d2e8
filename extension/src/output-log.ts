// The "Outside-In" Output channel: what the extension linted or skipped, and why.
import * as vscode from "vscode";

let channel: vscode.LogOutputChannel | undefined;

/** The channel, created on first use (one per window). */
export function outputLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel("Outside-In", { log: true });
  return channel;
}

export function disposeOutputLog(): void {
  channel?.dispose();
  channel = undefined;
}
