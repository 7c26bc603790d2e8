// Item 5: --fix keeps a file's mode and owner, refuses read-only files and keeps hard links,
// and an untouched file is never replaced.
import { spawn } from "node:child_process";
import { chmodSync, chownSync, linkSync, readFileSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, makeTree, runBin, TEST_RULES } from "../cli/helpers.ts";

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

  it("stays atomic under kill -9: killed once the new copy is being written, the file is whole, old or new", async () => {
    const original = TEXT.repeat(5_000);
    const dir = makeTree({ ...TEST_RULES, "a.md": original });
    const child = spawn(process.execPath, [BIN, "lint", "--fix", "a.md"], { cwd: dir, stdio: "ignore" });
    // The moment the temporary copy appears is the moment a non-atomic writer would be half done.
    await new Promise<void>((done) => {
      const watcher = watch(dir, (_, name) => {
        if (!String(name).includes(".outside-in-")) return;
        child.kill("SIGKILL");
        watcher.close();
        done();
      });
    });
    await new Promise((done) => child.once("exit", done));
    const after = readFileSync(join(dir, "a.md"), "utf8");
    expect(after === original || after === "You can use the form.\n".repeat(5_000)).toBe(true);
  });
});
