// .gitignore and .outside-inignore, read (through vscode.workspace.fs) in every folder from the
// workspace folder down to the file, as the CLI does: ignored files are not linted.
import * as vscode from "vscode";
import ignore, { type Ignore } from "ignore";
import { IGNORE_FILE_NAME } from "../../src/core/config/index.ts";

const decoder = new TextDecoder();

export class IgnoreFiles {
  private readonly perFolder = new Map<string, Promise<Ignore | null>>();

  clear(): void {
    this.perFolder.clear();
  }

  private rulesIn(dir: vscode.Uri): Promise<Ignore | null> {
    const key = dir.toString();
    let rules = this.perFolder.get(key);
    if (!rules) {
      rules = (async () => {
        let found: Ignore | null = null;
        for (const name of [".gitignore", IGNORE_FILE_NAME]) {
          try {
            const text = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)));
            found ??= ignore();
            found.add(text);
          } catch {
            // No such file.
          }
        }
        return found;
      })();
      this.perFolder.set(key, rules);
    }
    return rules;
  }

  /** Whether an ignore file in the file's workspace folder (or a folder below it) ignores the file. */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const base = folder.uri.path.replace(/\/$/, "");
    if (!uri.path.startsWith(`${base}/`)) return false;
    const parts = uri.path.slice(base.length + 1).split("/");
    // Each folder from the workspace folder down applies its rules to the path below it.
    for (let depth = 0; depth < parts.length; depth++) {
      const dir = vscode.Uri.joinPath(folder.uri, ...parts.slice(0, depth));
      const rules = await this.rulesIn(dir);
      if (!rules) continue;
      const below = parts.slice(depth);
      // A path is ignored when it, or a folder on the way to it, matches.
      for (let k = 1; k <= below.length; k++) {
        const rel = below.slice(0, k).join("/");
        if (rules.ignores(k < below.length ? `${rel}/` : rel)) return true;
      }
    }
    return false;
  }
}
