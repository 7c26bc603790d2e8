// Item 5: --fix keeps a file's mode and owner, refuses read-only files and keeps hard links,
// and an untouched file is never replaced.
import { chmodSync, chownSync, linkSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree, runBin, TEST_RULES } from "../cli/helpers.ts";

const TEXT = "You can utilise the form.\n";
const isRoot = process.getuid?.() === 0;

describe("5. --fix respects the file", () => {
  it("refuses a read-only file with a clear message and leaves it as it was", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": TEXT });
    chmodSync(join(dir, "a.md"), 0o444);
    const run = runBin(["lint", "--fix", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain("not fixed: the file is read-only");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(TEXT);
    expect(statSync(join(dir, "a.md")).mode & 0o777).toBe(0o444);
  });

  it("keeps hard links by refusing to replace a linked file", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": TEXT });
    linkSync(join(dir, "a.md"), join(dir, "b.txt"));
    const run = runBin(["lint", "--fix", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain("2 hard links");
    expect(statSync(join(dir, "a.md")).nlink).toBe(2);
    expect(statSync(join(dir, "a.md")).ino).toBe(statSync(join(dir, "b.txt")).ino);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(TEXT);
  });

  it.runIf(isRoot)("keeps the owner and group of a file that belongs to another user", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": TEXT });
    chownSync(join(dir, "a.md"), 4321, 4321);
    chmodSync(join(dir, "a.md"), 0o664);
    const run = runBin(["lint", "--fix", "a.md"], { cwd: dir });
    expect(run.code).toBe(0);
    const after = statSync(join(dir, "a.md"));
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("You can use the form.\n");
    expect([after.uid, after.gid, after.mode & 0o777]).toEqual([4321, 4321, 0o664]);
  });
});
