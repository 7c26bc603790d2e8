// Command "Outside-In: Toggle linting": flips outsideIn.enable for this workspace (or for the
// user when no folder is open); the configuration listener then re-lints or clears.
import * as vscode from "vscode";
import { outputLog } from "./output-log.ts";

export const TOGGLE = "outsideIn.toggle";

export async function toggleEnabled(): Promise<void> {
  const config = vscode.workspace.getConfiguration("outsideIn");
  const next = !config.get<boolean>("enable", true);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update("enable", next, target);
  outputLog().info(`linting turned ${next ? "on" : "off"} by the toggle command`);
  void vscode.window.setStatusBarMessage(`Outside-In: linting ${next ? "on" : "off"}`, 3000);
}
