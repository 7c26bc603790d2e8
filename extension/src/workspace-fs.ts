// The project layer's file system over vscode.workspace.fs, so config discovery, ignore files and
// rule folders work the same on the desktop, in code-server and on vscode.dev. Paths are the
// `path` of URIs that share one folder's scheme and authority.
import * as vscode from "vscode";
import type { DirectoryEntry, EntryKind, ProjectFs } from "../../src/project/fs.ts";

const decoder = new TextDecoder();

/** The parts of vscode.FileSystem the layer reads with. */
export type ReadOnlyFileSystem = Pick<vscode.FileSystem, "readFile" | "stat" | "readDirectory">;

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.Directory) return "directory";
  if (type & vscode.FileType.File) return "file";
  return "other";
}

/**
 * A ProjectFs for the URIs that share `base`'s scheme and authority. It has no realpath: VS Code's
 * file system cannot resolve links, so the layer follows none.
 */
export function workspaceProjectFs(base: vscode.Uri, fs: ReadOnlyFileSystem = vscode.workspace.fs): ProjectFs {
  const at = (path: string): vscode.Uri => base.with({ path });
  return {
    readFile: async (path) => decoder.decode(await fs.readFile(at(path))),
    stat: async (path) => {
      try {
        return kindOf((await fs.stat(at(path))).type);
      } catch {
        return undefined; // FileSystemError.FileNotFound, or a provider that cannot tell
      }
    },
    readDirectory: async (path) =>
      (await fs.readDirectory(at(path))).map(([name, type]): DirectoryEntry => ({ name, kind: kindOf(type), symlink: (type & vscode.FileType.SymbolicLink) !== 0 })),
  };
}
