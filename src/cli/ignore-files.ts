// .gitignore and .outside-inignore, read in every folder from the project top down to the file.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { IGNORE_FILE_NAME } from "../core/config/names.ts";
import { toPosix } from "./glob-match.ts";

/** Folders never walked, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set([".git", "node_modules", ".outside-in-cache"]);

/** The nearest folder holding `.git` at or above `dir`, if any. */
export function gitRoot(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, ".git"))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** The ignore files read in each folder, in this order. */
const IGNORE_FILES = [".gitignore", IGNORE_FILE_NAME];

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export class IgnoreFiles {
  private readonly perFolder = new Map<string, Ignore | null>();
  private readonly folderIgnored = new Map<string, boolean>();
  /** Ignore files above this folder are not read. */
  private readonly top: string;

  private readonly enabled: boolean;

  constructor(cwd: string, enabled = true) {
    this.enabled = enabled;
    this.top = gitRoot(cwd) ?? resolve(cwd);
  }

  private rulesIn(dir: string): Ignore | null {
    let rules = this.perFolder.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILES) {
      const file = join(dir, name);
      try {
        if (!statSync(file).isFile()) continue;
        rules ??= ignore();
        rules.add(readFileSync(file, "utf8"));
      } catch {}
    }
    this.perFolder.set(dir, rules);
    return rules;
  }

  /** The folders from the top (or the path's own root when outside the top) down to `dir`. */
  private foldersDownTo(dir: string): string[] {
    const inside = dir === this.top || dir.startsWith(this.top + sep);
    const folders: string[] = [];
    for (let at = dir; ; at = dirname(at)) {
      folders.unshift(at);
      if ((inside && at === this.top) || dirname(at) === at || !inside) break;
    }
    return folders;
  }

  /** The folder whose ignore files match `path`, if any. */
  private matchingFolder(path: string, isDir: boolean): string | undefined {
    for (const folder of this.foldersDownTo(dirname(path))) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const rel = toPosix(relative(folder, path));
      if (rel && !rel.startsWith("..") && rules.ignores(isDir ? `${rel}/` : rel)) return folder;
    }
    return undefined;
  }

  private matches(path: string, isDir: boolean): boolean {
    return this.matchingFolder(path, isDir) !== undefined;
  }

  /** The ignore files read for paths in `dir`, from the top down (for `outside-in doctor`). */
  filesApplyingIn(dir: string): string[] {
    return this.foldersDownTo(resolve(dir)).flatMap((folder) =>
      this.rulesIn(folder) ? IGNORE_FILES.map((name) => join(folder, name)).filter((file) => isFile(file)) : [],
    );
  }

  /**
   * Why a file is ignored: the path that matched (the file or a folder above it) and the ignore
   * files in the folder that matched it (each tested alone; all of them if only together they do).
   */
  whyIgnored(file: string): { path: string; files: string[] } | undefined {
    if (!this.enabled) return undefined;
    const folders = this.foldersDownTo(dirname(file)).filter((dir) => dir.startsWith(this.top + sep));
    const candidates = [...folders.map((dir) => ({ path: dir, isDir: true })), { path: file, isDir: false }];
    for (const { path, isDir } of candidates) {
      const folder = this.matchingFolder(path, isDir);
      if (!folder) continue;
      const rel = toPosix(relative(folder, path)) + (isDir ? "/" : "");
      const present = IGNORE_FILES.map((name) => join(folder, name)).filter((f) => isFile(f));
      const alone = present.filter((f) => ignore().add(readFileSync(f, "utf8")).ignores(rel));
      return { path, files: alone.length ? alone : present };
    }
    return undefined;
  }

  /** Whether a folder, or any folder above it up to the top, is ignored. */
  isFolderIgnored(dir: string): boolean {
    if (!this.enabled) return false;
    const cached = this.folderIgnored.get(dir);
    if (cached !== undefined) return cached;
    const parent = dirname(dir);
    const inside = dir.startsWith(this.top + sep);
    const ignored = inside && parent !== dir && (this.isFolderIgnored(parent) || this.matches(dir, true));
    this.folderIgnored.set(dir, ignored);
    return ignored;
  }

  isFileIgnored(file: string): boolean {
    if (!this.enabled) return false;
    return this.isFolderIgnored(dirname(file)) || this.matches(file, false);
  }
}
