// The --fix-dry-run diff: applying its hunks to the old text gives the new text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unifiedDiff } from "../../src/cli/unified-diff.ts";

/** A minimal `patch`: applies unified-diff hunks to text. */
function applyPatch(before: string, diff: string): string {
  const lines = before === "" ? [] : before.split(/(?<=\n)/);
  const out: string[] = [];
  let at = 0;
  const body = diff.split(/(?<=\n)/).slice(2);
  for (let i = 0; i < body.length; i++) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@\n$/.exec(body[i]!);
    if (header) {
      const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
      while (at < start) out.push(lines[at++]!);
      continue;
    }
    const line = body[i]!;
    const noNewline = body[i + 1]?.startsWith("\\ No newline");
    const text = noNewline ? line.slice(1, -1) : line.slice(1);
    if (line[0] === " ") (out.push(text), at++);
    else if (line[0] === "-") at++;
    else if (line[0] === "+") out.push(text);
    if (noNewline) i++;
  }
  while (at < lines.length) out.push(lines[at++]!);
  return out.join("");
}

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n", "x.md")).toBe("");
  });

  it("marks a missing final newline", () => {
    expect(unifiedDiff("a\n", "b", "x.md")).toBe("--- a/x.md\n+++ b/x.md\n@@ -1,1 +1,1 @@\n-a\n+b\n\\ No newline at end of file\n");
  });

  it("applies back to the new text (property)", () => {
    const line = fc.constantFrom("a\n", "b\n", "c\r\n", "d\n", "e\n");
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom("", "z")).map(([ls, tail]) => ls.join("") + tail);
    fc.assert(fc.property(text, text, (a, b) => applyPatch(a, unifiedDiff(a, b, "f")) === b), { numRuns: 500 });
  });
});
