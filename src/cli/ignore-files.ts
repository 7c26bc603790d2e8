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
    for (const name of [".gitignore", IGNORE_FILE_NAME]) {
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

  private matches(path: string, isDir: boolean): boolean {
    for (const folder of this.foldersDownTo(dirname(path))) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const rel = toPosix(relative(folder, path));
      if (rel && !rel.startsWith("..") && rules.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    return false;
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
