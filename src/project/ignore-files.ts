// .gitignore and .outside-inignore, read in every folder from the project top (the git root, or
// the folder the host starts from outside git) down to the file.
import ignore, { type Ignore } from "ignore";
import { IGNORE_FILE_NAME } from "../core/config/names.ts";
import type { ProjectFs } from "./fs.ts";
import { dirname, isInside, relativePath } from "./paths.ts";
import { findGitRoot, inFolder } from "./project-root.ts";

/** Folders never walked, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set([".git", "node_modules", ".outside-in-cache"]);

/** The ignore files read in each folder, in this order. */
export const IGNORE_FILES = [".gitignore", IGNORE_FILE_NAME];

interface FolderRules {
  rules: Ignore;
  /** The ignore files present, with their text. */
  files: Array<{ path: string; text: string }>;
}

export class IgnoreFiles {
  private readonly fs: ProjectFs;
  private readonly start: string;
  private readonly enabled: boolean;
  private top?: Promise<string>;
  private readonly perFolder = new Map<string, Promise<FolderRules | null>>();
  private readonly folderIgnored = new Map<string, Promise<boolean>>();

  /** `start` is where the host stands (the CLI's working folder, the extension's workspace folder). */
  constructor(fs: ProjectFs, start: string, enabled = true) {
    this.fs = fs;
    this.start = start;
    this.enabled = enabled;
  }

  /** Forget every file read so far (an ignore file changed). */
  clear(): void {
    this.perFolder.clear();
    this.folderIgnored.clear();
  }

  /** Ignore files above this folder are not read. */
  private topFolder(): Promise<string> {
    this.top ??= findGitRoot(this.fs, this.start).then((root) => root ?? this.start);
    return this.top;
  }

  private rulesIn(dir: string): Promise<FolderRules | null> {
    let found = this.perFolder.get(dir);
    if (!found) {
      found = (async () => {
        const files: FolderRules["files"] = [];
        for (const name of IGNORE_FILES) {
          const path = inFolder(dir, name);
          if ((await this.fs.stat(path)) !== "file") continue;
          try {
            files.push({ path, text: await this.fs.readFile(path) });
          } catch {
            // An unreadable ignore file ignores nothing, as git treats it.
          }
        }
        if (!files.length) return null;
        // One add per file: `ignore` takes each string of an array as a single pattern.
        const rules = ignore();
        for (const f of files) rules.add(f.text);
        return { rules, files };
      })();
      this.perFolder.set(dir, found);
    }
    return found;
  }

  /** The folders from the top (or only `dir` itself when outside the top) down to `dir`. */
  private async foldersDownTo(dir: string): Promise<string[]> {
    const top = await this.topFolder();
    if (!isInside(dir, top)) return [dir];
    const folders: string[] = [];
    for (let at = dir; ; at = dirname(at)) {
      folders.unshift(at);
      if (at === top || dirname(at) === at) break;
    }
    return folders;
  }

  /** The folder whose ignore files match `path`, with its rules, if any. */
  private async matchingFolder(path: string, isDir: boolean): Promise<{ folder: string; rules: FolderRules } | undefined> {
    for (const folder of await this.foldersDownTo(dirname(path))) {
      const rules = await this.rulesIn(folder);
      if (!rules) continue;
      const rel = relativePath(folder, path);
      if (rel && !rel.startsWith("..") && rules.rules.ignores(isDir ? `${rel}/` : rel)) return { folder, rules };
    }
    return undefined;
  }

  /** The ignore files read for paths in `dir`, from the top down (for `outside-in doctor`). */
  async filesApplyingIn(dir: string): Promise<string[]> {
    const files: string[] = [];
    for (const folder of await this.foldersDownTo(dir)) files.push(...((await this.rulesIn(folder))?.files.map((f) => f.path) ?? []));
    return files;
  }

  /**
   * Why a file is ignored: the path that matched (the file or a folder above it) and the ignore
   * files in the folder that matched it (each tested alone; all of them if only together they do).
   */
  async whyIgnored(file: string): Promise<{ path: string; files: string[] } | undefined> {
    if (!this.enabled) return undefined;
    const top = await this.topFolder();
    const folders = (await this.foldersDownTo(dirname(file))).filter((dir) => dir !== top && isInside(dir, top));
    const candidates = [...folders.map((dir) => ({ path: dir, isDir: true })), { path: file, isDir: false }];
    for (const { path, isDir } of candidates) {
      const match = await this.matchingFolder(path, isDir);
      if (!match) continue;
      const rel = relativePath(match.folder, path) + (isDir ? "/" : "");
      const alone = match.rules.files.filter((f) => ignore().add(f.text).ignores(rel));
      return { path, files: (alone.length ? alone : match.rules.files).map((f) => f.path) };
    }
    return undefined;
  }

  /** Whether a folder, or any folder above it up to the top, is ignored. */
  isFolderIgnored(dir: string): Promise<boolean> {
    if (!this.enabled) return Promise.resolve(false);
    let ignored = this.folderIgnored.get(dir);
    if (!ignored) {
      ignored = (async () => {
        const top = await this.topFolder();
        const parent = dirname(dir);
        if (dir === top || !isInside(dir, top) || parent === dir) return false;
        return (await this.isFolderIgnored(parent)) || (await this.matchingFolder(dir, true)) !== undefined;
      })();
      this.folderIgnored.set(dir, ignored);
    }
    return ignored;
  }

  async isFileIgnored(file: string): Promise<boolean> {
    if (!this.enabled) return false;
    return (await this.isFolderIgnored(dirname(file))) || (await this.matchingFolder(file, false)) !== undefined;
  }
}
