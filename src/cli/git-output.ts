// Parsers for the git output `--changed-since` reads: pure, so they are tested without a repository.

/** A file that differs from the ref, as `git diff --name-status` or `git ls-files --others` names it. */
export interface ChangedFile {
  /** Path relative to the repository's top folder, with `/`. */
  path: string;
  /** "new": not in the ref (added or untracked), so every line counts as changed. */
  status: "new" | "modified";
  /** The name in the ref, for a renamed file. */
  oldPath?: string;
}

/**
 * Reads `git diff --name-status -M -z`: a status field (`M`, `A`, `D`, `T`, `U`, or `R`/`C` with a
 * score) then one path, or two for renames and copies, each ended by NUL. Deleted files are dropped.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length && fields[i] !== "") {
    const status = fields[i++]!;
    if (status[0] === "R" || status[0] === "C") {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      files.push(status[0] === "R" ? { path, status: "modified", oldPath } : { path, status: "new" });
    } else {
      const path = fields[i++]!;
      if (status[0] === "D") continue;
      files.push({ path, status: status[0] === "A" ? "new" : "modified" });
    }
  }
  return files;
}

/** A hunk header of `git diff -U0`: `@@ -old[,count] +new[,count] @@`; group 1 is the new start, 2 the new count. */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** The new-side line numbers a `git diff -U0` patch adds or changes (a count of 0 is a pure deletion). */
export function parseAddedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  for (const line of patch.split("\n")) {
    const m = HUNK_HEADER.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let n = start; n < start + count; n++) lines.add(n);
  }
  return lines;
}
