// Property tests: for any Markdown or Unicode input the core never throws, every range lies inside
// the text, and applying safe fixes reaches a fixpoint that further fixing leaves unchanged.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fixAll, lint, safeEdits, applyFixes } from "../../src/core/index.ts";

// Markdown-ish fragments mixed with arbitrary Unicode, so both structure and odd characters occur.
const fragment = fc.oneof(
  fc.constantFrom(
    "# ", "## ", "- ", "1. ", "> ", "```\n", "    ", "`", "**", "_", "[", "](", ")", "![", "<!--", "-->", "<div>", "|", "---\n",
    "\n", "\n\n", "\r\n", "\uFEFF", "😀", "Users must", "at our sole discretion", "How satisfied are you with our service?",
    "We reserve the right", "you must", "\"must\"", "e.g. ", ". ", "? ", "https://example.com ", "<!-- outside-in-disable -->",
  ),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const documents = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

describe("core properties", () => {
  it("never throws and keeps every range inside the text", () => {
    fc.assert(
      fc.property(documents, fc.constantFrom<"markdown" | "text">("markdown", "text"), (text, syntax) => {
        const result = lint(text, { syntax, frontMatterFields: ["title", "description"] });
        for (const f of result.findings) {
          expect(f.range.start).toBeGreaterThanOrEqual(0);
          expect(f.range.end).toBeLessThanOrEqual(text.length);
          expect(f.range.start).toBeLessThan(f.range.end);
          expect(f.excerpt).toBe(text.slice(f.range.start, f.range.end));
          for (const s of f.suggestions) for (const e of s.edits) expect(e.range.end).toBeLessThanOrEqual(text.length);
        }
        expect(result.perspective.score).toBeGreaterThanOrEqual(0);
        expect(result.perspective.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it("safe fixes reach a fixpoint and are idempotent there", () => {
    fc.assert(
      fc.property(documents, (text) => {
        const first = fixAll(text);
        const again = fixAll(first.output);
        expect(again.output).toBe(first.output);
        expect(safeEdits(lint(first.output))).toEqual([]);
        expect(applyFixes(first.output, []).output).toBe(first.output);
      }),
      { numRuns: 200 },
    );
  });
});
