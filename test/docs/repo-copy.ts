// A scratch copy of the repository's tracked files, so documented commands (`--fix`, `init`) can
// run against the real tree without touching the checkout.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const made: string[] = [];

/** Removes every copy made so far (call from afterAll). */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function scratchDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "oi-docs-")));
  made.push(dir);
  return dir;
}

/** Copies the files git tracks (the tree a clean clone has) into a new scratch folder. */
export function copyTrackedFiles(root: string): string {
  const dir = scratchDir();
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  return dir;
}

/** A fresh copy of an earlier copy. */
export function copyOf(source: string): string {
  const dir = scratchDir();
  cpSync(source, dir, { recursive: true });
  return dir;
}
