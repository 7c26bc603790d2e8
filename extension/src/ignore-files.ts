// .gitignore and .outside-inignore, read by the project layer as the CLI reads them: from the git
// root (or the workspace folder outside git) down to the file. Ignored files are not linted.
import * as vscode from "vscode";
import { IgnoreFiles as ProjectIgnoreFiles } from "../../src/project/index.ts";
import { workspaceProjectFs } from "./workspace-fs.ts";

export class IgnoreFiles {
  private readonly perFolder = new Map<string, ProjectIgnoreFiles>();

  clear(): void {
    this.perFolder.clear();
  }

  /** Whether an ignore file on the way from the project top to the file ignores it. */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const key = folder.uri.toString();
    let ignores = this.perFolder.get(key);
    if (!ignores) this.perFolder.set(key, (ignores = new ProjectIgnoreFiles(workspaceProjectFs(folder.uri), folder.uri.path.replace(/(.)\/$/, "$1"))));
    return ignores.isFileIgnored(uri.path);
  }
}
