// Turns the paths and globs on the command line into the list of files to lint.
import { readdirSync, statSync, type Dirent } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { ALWAYS_SKIPPED, type IgnoreFiles } from "../project/ignore-files.ts";
import { toPosix } from "../project/glob-match.ts";

/** Extensions linted when walking folders. */
export const DEFAULT_EXTENSIONS = [".md", ".mdx", ".txt"];

export interface WalkProblem {
  path: string;
  message: string;
}

export interface WalkResult {
  files: string[];
  /** Paths that do not exist or cannot be read: errors. */
  errors: WalkProblem[];
  /** Arguments that matched no files, and explicitly named files skipped as ignored. */
  notices: WalkProblem[];
  /** Arguments that matched nothing (an error unless --no-error-on-unmatched-pattern). */
  unmatched: WalkProblem[];
}

export interface WalkOptions {
  cwd: string;
  ignoreFiles: IgnoreFiles;
  /** Config `ignore` globs for a path (file or folder). */
  isConfigIgnored: (path: string, isDir: boolean) => Promise<boolean>;
}

const isGlob = (arg: string): boolean => picomatch.scan(arg).isGlob;

async function walkFolder(dir: string, options: WalkOptions, out: string[], errors: WalkProblem[], accept: (file: string) => boolean): Promise<void> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push({ path: dir, message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    // Follow links to files; links to folders are skipped so a loop cannot trap the walk.
    if (entry.isSymbolicLink()) {
      try {
        isFile = statSync(path).isFile();
      } catch {}
      isDir = false;
    }
    if (isDir) {
      if (ALWAYS_SKIPPED.has(entry.name) || (await options.ignoreFiles.isFolderIgnored(path)) || (await options.isConfigIgnored(path, true))) continue;
      await walkFolder(path, options, out, errors, accept);
    } else if (isFile && accept(path)) {
      if ((await options.ignoreFiles.isFileIgnored(path)) || (await options.isConfigIgnored(path, false))) continue;
      out.push(path);
    }
  }
}

const hasDefaultExtension = (file: string): boolean => DEFAULT_EXTENSIONS.includes(extname(file).toLowerCase());

/** Collects files: folders are walked for .md/.mdx/.txt, globs are matched, files are taken as named. */
export async function collectFiles(args: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], errors: [], notices: [], unmatched: [] };
  const seen = new Set<string>();
  const add = (files: string[]) => {
    for (const file of files) if (!seen.has(file)) (seen.add(file), result.files.push(file));
  };
  for (const arg of args.length ? args : ["."]) {
    const path = resolve(options.cwd, arg);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && isGlob(arg)) {
        const { base, glob } = picomatch.scan(toPosix(arg));
        const root = resolve(options.cwd, base || ".");
        const test = picomatch(glob, { dot: false });
        const found: string[] = [];
        try {
          if (statSync(root).isDirectory()) await walkFolder(root, options, found, result.errors, (file) => test(toPosix(relative(root, file))));
        } catch {}
        if (found.length === 0) result.unmatched.push({ path: arg, message: "no files match this glob" });
        add(found);
        continue;
      }
      result.errors.push({ path: arg, message: code === "ENOENT" ? "no such file or folder" : `cannot be read (${code ?? (error as Error).message})` });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walkFolder(path, options, found, result.errors, hasDefaultExtension);
      if (found.length === 0) result.unmatched.push({ path: arg, message: `no ${DEFAULT_EXTENSIONS.join(", ")} files to lint in this folder` });
      add(found);
    } else if ((await options.ignoreFiles.isFileIgnored(path)) || (await options.isConfigIgnored(path, false))) {
      result.notices.push({ path: arg, message: "skipped: ignored by an ignore file or the config's `ignore` (use --no-ignore to lint it)" });
    } else {
      add([path]);
    }
  }
  return result;
}
