// The file system the project layer reads through. Each host fills it in a few dozen lines: Node's
// fs for the CLI (src/cli/node-project-fs.ts), vscode.workspace.fs for the extension
// (extension/src/workspace-fs.ts). Paths are absolute and use `/`.

/** What a path is. For a symbolic link, what it points to; a dangling link is "other". */
export type EntryKind = "file" | "directory" | "other";

/** One name in a folder. */
export interface DirectoryEntry {
  name: string;
  /** What the entry is, after following a link. */
  kind: EntryKind;
  /** The entry is a symbolic link. */
  symlink: boolean;
}

export interface ProjectFs {
  /** The file's text, decoded as UTF-8. Rejects when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** What the path is (links followed), or undefined when nothing is there. */
  stat(path: string): Promise<EntryKind | undefined>;
  /** The folder's entries, in any order. Rejects when it cannot be read. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  /**
   * The path with every link resolved. A host that cannot tell (vscode.workspace.fs) leaves it
   * out, and then no link is ever followed.
   */
  realpath?(path: string): Promise<string>;
}

/** Whether anything is at `path`. */
export const exists = async (fs: ProjectFs, path: string): Promise<boolean> => (await fs.stat(path)) !== undefined;
