// Bad and big input: each gives a clear message naming the file, the rest are still linted,
// and the exit code stays meaningful. (The 50 MB file and 10,000 files live in `npm run bench`.)
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/cli/read-source.ts";
import { COMPANY_TEXT, CUSTOMER_TEXT, makeTree, parseJson, runBin, runBinUnprivileged } from "./helpers.ts";

describe("bad input", () => {
  it("a large file (about 4 MB) is linted, with findings at the right line", () => {
    const filler = "You can read this paragraph and move on.\n\n".repeat(100_000);
    const dir = makeTree({ "big.md": `${filler}${COMPANY_TEXT}`, "small.md": CUSTOMER_TEXT });
    const run = runBin(["lint", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const big = parseJson(run.stdout).find((f) => f.filePath.endsWith("big.md"))!;
    expect(big.messages.find((m) => m.ruleId === "sole-discretion")).toMatchObject({ line: 200_001 });
  });

  // Root reads every file whatever its mode, so this case needs an ordinary user.
  it("an unreadable file is named and the others are linted", () => {
    const dir = makeTree({ "secret.md": COMPANY_TEXT, "a.md": COMPANY_TEXT });
    chmodSync(join(dir, "secret.md"), 0o000);
    const run = runBinUnprivileged(["lint", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("secret.md: cannot be read: permission denied");
    expect(parseJson(run.stdout).find((f) => f.filePath.endsWith("a.md"))!.messages.length).toBeGreaterThan(0);
  });

  it("UTF-16 files get a hint to save as UTF-8", () => {
    const dir = makeTree({ "u16.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hi", "utf16le")]) });
    const run = runBin(["lint"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("the file is UTF-16; save it as UTF-8");
  });

  it("several bad paths are each named, and the good one still counts", () => {
    const dir = makeTree({ "a.md": CUSTOMER_TEXT });
    const run = runBin(["lint", "missing-1.md", "a.md", "missing-2", "nothing/**/*.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing-1.md: no such file or folder");
    expect(run.stderr).toContain("missing-2: no such file or folder");
    expect(run.stderr).toContain("nothing/**/*.md: no files match this glob");
    expect(run.stdout).toContain("No problems in 1 file");
  });

  it("an empty file and a file of only markup are fine", () => {
    const dir = makeTree({ "empty.md": "", "markup.md": "---\ntitle: x\n---\n\n```js\nconst a = 1;\n```\n" });
    expect(runBin(["lint"], { cwd: dir }).code).toBe(0);
  });

  it("decodeSource keeps a BOM and rejects truncated UTF-8", () => {
    const bom = decodeSource(Buffer.from("\uFEFFhi", "utf8"));
    expect(bom.ok && bom.text).toBe("\uFEFFhi");
    const truncated = decodeSource(Buffer.from([0x68, 0x69, 0x0a, 0xe2, 0x82]));
    expect(truncated.ok ? "" : truncated.message).toContain("offset 3, line 2");
  });
});
