// Custom rule folders a project config names: watched, so editing a rule file re-lints, and known,
// so rule definition files are not linted as prose.
import * as vscode from "vscode";
import type { ProjectConfig } from "./project-config.ts";

/** The rule folders that apply to a file, from its config chain (none when the config is broken). */
export async function ruleFoldersFor(config: ProjectConfig, uri: vscode.Uri): Promise<vscode.Uri[]> {
  try {
    const chain = await config.chainFor(uri);
    return chain.flatMap((loaded) => (loaded.config.ruleFolders ?? []).map((f) => vscode.Uri.joinPath(loaded.dir, f)));
  } catch {
    return [];
  }
}

/** Whether `uri` is `folder` or inside it. */
export function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.replace(/\/$/, "");
  return uri.path === base || uri.path.startsWith(`${base}/`);
}

export class RuleFolderWatch implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.Disposable[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the rule file that was created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  /** Starts watching folders not watched yet. */
  track(folders: readonly vscode.Uri[]): void {
    for (const folder of folders) {
      const key = folder.toString();
      if (this.watchers.has(key)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, "**/*"));
      const fire = (uri: vscode.Uri) => this.changed.fire(uri);
      this.watchers.set(key, [watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire), watcher.onDidDelete(fire)]);
    }
  }

  /** Whether a file sits in a watched rule folder. */
  holds(uri: vscode.Uri): boolean {
    return [...this.watchers.keys()].some((key) => isInside(uri, vscode.Uri.parse(key)));
  }

  dispose(): void {
    for (const list of this.watchers.values()) for (const d of list) d.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }
}
