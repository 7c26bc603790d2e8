// The "Outside-In" Output channel: what the extension linted or skipped, and why. Each line is
// also written to the extension host console (Help > Toggle Developer Tools), where tests read it.
import * as vscode from "vscode";

export interface OutputLog {
  info(line: string): void;
  error(line: string): void;
  show(preserveFocus?: boolean): void;
}

let channel: vscode.LogOutputChannel | undefined;
const open = () => (channel ??= vscode.window.createOutputChannel("Outside-In", { log: true }));

const log: OutputLog = {
  info(line) {
    open().info(line);
    console.log(`[outside-in] ${line}`);
  },
  error(line) {
    open().error(line);
    console.log(`[outside-in] error: ${line}`);
  },
  show(preserveFocus) {
    open().show(preserveFocus);
  },
};

/** The channel (created on first use, one per window). */
export function outputLog(): OutputLog {
  return log;
}

export function disposeOutputLog(): void {
  channel?.dispose();
  channel = undefined;
}
