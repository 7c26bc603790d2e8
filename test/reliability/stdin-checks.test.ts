// Item 4: stdin gets the encoding check, size limit and messages that files get, and --fix never
// hands an editor replacement text for input it refused.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, makeTree, runBin, TEST_RULES } from "../cli/helpers.ts";

const utf16le = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);

describe("4. stdin is checked like a file", () => {
  const dir = makeTree(TEST_RULES);

  it.each([
    ["invalid UTF-8", Buffer.from([0x59, 0x6f, 0x75, 0x20, 0xff, 0xfe, 0x0a]), /stdin.*not valid UTF-8 \(first bad byte at offset 4, line 1\)/],
    ["UTF-16 with a byte-order mark", utf16le("You can utilise the form.\n", true), /stdin.*UTF-16/],
    ["UTF-16 without a byte-order mark", utf16le("You can utilise the form.\n", false), /stdin.*UTF-16/],
    ["binary", Buffer.from([0x00, 0x01, 0x02, 0x00, 0x05, 0x41]), /stdin.*binary/],
  ])("--fix refuses %s: nothing on stdout, the reason on stderr, exit 2", (_, bytes, reason) => {
    const run = runBin(["lint", "--stdin", "--fix"], { cwd: dir, stdin: bytes });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(reason);
  });

  it("without --fix, a refused input is reported like a file, exit 2", () => {
    const run = runBin(["lint", "--stdin", "--stdin-filename", "notes.md"], { cwd: dir, stdin: Buffer.from([0xc3, 0x28]) });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("notes.md");
    expect(run.stdout).toContain("not valid UTF-8");
  });

  it("refuses stdin over --max-file-size without reading it all", () => {
    writeFileSync(join(dir, "big.md"), Buffer.alloc(3 * 1024 * 1024, "You can utilise the form. "));
    // Through a pipe, as an editor sends it; the writer may see EPIPE once the linter stops reading.
    const script = `cat big.md | "${process.execPath}" "${BIN}" lint --stdin --fix --max-file-size 1 > out.txt; echo $?`;
    const run = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
    expect(run.stdout).toBe("2\n");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("");
    expect(run.stderr).toContain("stdin is over the 1.0 MB limit (raise it with --max-file-size)");
  });

  it("valid UTF-8 with --fix still prints the fixed text", () => {
    const run = runBin(["lint", "--stdin", "--fix"], { cwd: dir, stdin: Buffer.from("You can utilise the café.\n") });
    expect(run.stdout).toBe("You can use the café.\n");
  });
});
