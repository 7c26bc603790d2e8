// The project layer's file system over Node's fs, for the CLI and the build scripts. Synchronous
// calls behind promises: the CLI walks many small files, and the sync calls are the fastest there.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DirectoryEntry, EntryKind, ProjectFs } from "../project/fs.ts";

function kindAt(path: string): EntryKind | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? "file" : stat.isDirectory() ? "directory" : "other";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A dangling link or a path through a file is "nothing here"; other failures are "something".
    return code === "ENOENT" || code === "ENOTDIR" ? undefined : "other";
  }
}

export const nodeProjectFs: ProjectFs = {
  readFile: async (path) => readFileSync(path, "utf8"),
  stat: async (path) => kindAt(path),
  readDirectory: async (path) =>
    readdirSync(path, { withFileTypes: true }).map((entry): DirectoryEntry => {
      const symlink = entry.isSymbolicLink();
      const kind = symlink ? (kindAt(join(path, entry.name)) ?? "other") : entry.isFile() ? "file" : entry.isDirectory() ? "directory" : "other";
      return { name: entry.name, kind, symlink };
    }),
  realpath: async (path) => realpathSync(path),
};
