// `--changed-since`: asks git which files differ from a ref, and which of their lines are new.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { UsageError } from "./args.ts";
import { parseAddedLines, parseNameStatus, type ChangedFile } from "./git-output.ts";

/** Runs git with an argument list (never a shell) in `cwd`; returns stdout, or throws a one-line UsageError. */
function git(cwd: string, args: string[], what: string): string {
  const run = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? "--changed-since needs git, and git was not found on the PATH" : `${what}: ${run.error.message}`);
  }
  if (run.status !== 0) throw new UsageError(`${what}: ${(run.stderr.trim().split("\n")[0] ?? "").replace(/^(fatal|error): /, "") || `git exited with ${run.status}`}`);
  return run.stdout;
}

export interface GitChanges {
  /** The repository's top folder (spelled from the working folder, so paths compare with the walk's). */
  root: string;
  /** The commit `ref` names, which line diffs compare against. */
  commit: string;
  /** Changed files that still exist, by absolute path. */
  files: Map<string, ChangedFile>;
}

/**
 * Files of the working tree that differ from `ref`: committed since, staged, unstaged and untracked,
 * under their new names; deleted files are left out.
 */
export function changedSince(cwd: string, ref: string): GitChanges {
  // A ref that starts with "-" would reach git as an option.
  if (ref.startsWith("-")) throw new UsageError(`--changed-since expects a git ref (a branch, tag or commit); got "${ref}"`);
  const inside = spawnSync("git", ["rev-parse", "--show-cdup"], { cwd, encoding: "utf8" });
  if (inside.error && (inside.error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("--changed-since needs git, and git was not found on the PATH");
  if (inside.status !== 0) throw new UsageError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  const root = resolve(cwd, inside.stdout.trim());
  const verified = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root, encoding: "utf8" });
  if (verified.status !== 0) throw new UsageError(`--changed-since: unknown git ref "${ref}"`);
  const commit = verified.stdout.trim();
  const diff = git(root, ["diff", "--name-status", "-M", "-z", "--no-ext-diff", "--no-relative", commit, "--"], "git diff");
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], "git ls-files");
  const files = new Map<string, ChangedFile>();
  for (const change of parseNameStatus(diff)) files.set(resolve(root, change.path), change);
  for (const path of untracked.split("\0").filter(Boolean)) files.set(resolve(root, path), { path, status: "new" });
  return { root, commit, files };
}

/** The 1-based line numbers of a changed file that were added or modified since the ref; "all" for a new file. */
export function addedLines(changes: GitChanges, change: ChangedFile): Set<number> | "all" {
  if (change.status === "new") return "all";
  const paths = change.oldPath ? [change.oldPath, change.path] : [change.path];
  // Pathspecs are literal (`:(literal)`) so a file named like a glob stays one file.
  const patch = git(changes.root, ["diff", "-U0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", changes.commit, "--", ...paths.map((p) => `:(literal)${p}`)], "git diff");
  return parseAddedLines(patch);
}
