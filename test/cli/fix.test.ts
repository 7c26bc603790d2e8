// --fix writes atomically and keeps mode, BOM and line endings; refuses files changed since read;
// --fix-dry-run writes nothing; fixing repeats until nothing changes.
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileChangedError, writeFixedFile } from "../../src/cli/fix-writer.ts";
import { TEST_RULES, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess } from "./helpers.ts";

const withRule = (files: Record<string, string | Buffer>) => makeTree({ ...TEST_RULES, ...files });

describe("--fix", () => {
  it("keeps BOM, CRLF line endings and the file mode", () => {
    const dir = withRule({ "a.md": "\uFEFFPlease utilise the form.\r\nThen utilize it again.\r\n" });
    chmodSync(join(dir, "a.md"), 0o640);
    const run = runBin(["lint", "--fix", "a.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 fixes applied");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("\uFEFFPlease use the form.\r\nThen use it again.\r\n");
    expect(statSync(join(dir, "a.md")).mode & 0o777).toBe(0o640);
    // No temp files are left behind.
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("reports what is left and exits by it", () => {
    const dir = withRule({ "a.md": `You can utilise the form. ${ZEBRA_TEXT}` });
    const run = runBin(["lint", "--fix", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(`You can use the form. ${ZEBRA_TEXT}`);
    const ids = parseJson(run.stdout)[0]!.messages.map((m) => m.ruleId);
    expect(ids).toContain("zebra-error");
    expect(ids).not.toContain("utilise-to-use");
  });

  it("leaves files without fixes untouched (same inode, same bytes)", () => {
    const dir = withRule({ "a.md": ZEBRA_TEXT });
    const before = statSync(join(dir, "a.md"));
    runBin(["lint", "--fix"], { cwd: dir });
    const after = statSync(join(dir, "a.md"));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it("--fix-dry-run prints a diff that applies, and writes nothing", async () => {
    const text = "# Title\n\nPlease utilise the form.\n\nMore text.\n";
    const dir = withRule({ "a.md": text });
    const before = statSync(join(dir, "a.md"));
    const run = await runInProcess(["lint", "--fix-dry-run", "a.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--- a/a.md\n+++ b/a.md\n@@ -1,5 +1,5 @@\n # Title\n \n-Please utilise the form.\n+Please use the form.\n \n More text.\n");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(text);
    expect(statSync(join(dir, "a.md")).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(dir).sort()).toEqual([".outside-in.yaml", "a.md", "rules"]);
  });

  it("linting without --fix never writes (no cache, no temp files)", () => {
    const dir = withRule({ "a.md": "Please utilise the form.\n" });
    runBin(["lint", "-f", "sarif"], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual([".outside-in.yaml", "a.md", "rules"]);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("Please utilise the form.\n");
  });
});

describe("writeFixedFile", () => {
  it("refuses when the file changed between read and write", () => {
    const dir = makeTree({ "a.md": "one\n" });
    const file = join(dir, "a.md");
    const original = readFileSync(file);
    writeFileSync(file, "someone else's edit\n");
    expect(() => writeFixedFile(file, original, "fixed\n")).toThrow(FileChangedError);
    expect(readFileSync(file, "utf8")).toBe("someone else's edit\n");
  });

  it("replaces the file through a rename and keeps an executable mode", () => {
    const dir = makeTree({ "a.txt": "one\n" });
    const file = join(dir, "a.txt");
    chmodSync(file, 0o755);
    const before = statSync(file);
    writeFixedFile(file, readFileSync(file), "two\n");
    const after = statSync(file);
    expect(readFileSync(file, "utf8")).toBe("two\n");
    expect(after.mode & 0o7777).toBe(0o755);
    expect(after.ino).not.toBe(before.ino); // a new file was renamed into place
  });
});
