// Command behind the quick fix "Add ... to the project's exceptions": writes the phrase into the
// nearest project config (or a new .outside-in.yaml at the workspace folder); the config watcher
// then re-lints.
import * as vscode from "vscode";
import type { DocumentLinter } from "./document-linter.ts";
import { addException } from "./exception-edit.ts";
import { outputLog } from "./output-log.ts";

export const ADD_EXCEPTION = "outsideIn.addException";

export async function addExceptionCommand(linter: DocumentLinter, documentUri: vscode.Uri, phrase: string): Promise<void> {
  const config = await linter.configFor(documentUri);
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  const target = config.configUri ?? (folder ? vscode.Uri.joinPath(folder.uri, ".outside-in.yaml") : undefined);
  if (!target) {
    void vscode.window.showWarningMessage("Outside-In: this file is outside the workspace, so there is no project config to add the phrase to.");
    return;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  let before = "";
  if (open) before = open.getText();
  else {
    try {
      before = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    } catch {
      // No config yet: the new file holds only the exception.
    }
  }
  let after: string | undefined;
  try {
    after = addException(before, target.path, phrase);
  } catch (error) {
    void vscode.window.showErrorMessage(`Outside-In: ${(error as Error).message}`);
    return;
  }
  if (after === undefined) return;
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(open.positionAt(0), open.positionAt(before.length)), after);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  } else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(after));
  outputLog().info(`added "${phrase}" to the exceptions in ${vscode.workspace.asRelativePath(target)}`);
  // The file watcher re-lints too, but not every file system reports our own write promptly.
  await linter.reload();
}
