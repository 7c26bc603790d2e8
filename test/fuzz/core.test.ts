// Fuzzing the core: for any Markdown-ish or hostile input, lint never throws, every range lies
// inside the text, and applying safe fixes keeps the text well formed and reaches a fixpoint that
// further fixing leaves unchanged.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fixAll, lint, safeEdits, applyFixes } from "../../src/core/index.ts";
import { markdownDocuments } from "./markdown-documents.ts";
import { fuzzRuns, fuzzTimeout } from "./runs.ts";

// A lone surrogate half makes text malformed; fixes must never split a pair.
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe("fuzz: the core on generated Markdown", () => {
  it(`never throws and keeps every range inside the text (${fuzzRuns(300)} inputs)`, { timeout: fuzzTimeout(300) }, () => {
    fc.assert(
      fc.property(markdownDocuments, fc.constantFrom<"markdown" | "text">("markdown", "text"), (text, syntax) => {
        const result = lint(text, { syntax, frontMatterFields: ["title", "description"] });
        for (const f of result.findings) {
          expect(f.range.start).toBeGreaterThanOrEqual(0);
          expect(f.range.end).toBeLessThanOrEqual(text.length);
          expect(f.range.start).toBeLessThan(f.range.end);
          expect(f.excerpt).toBe(text.slice(f.range.start, f.range.end));
          for (const s of f.suggestions) {
            for (const e of s.edits) {
              expect(e.range.start).toBeGreaterThanOrEqual(0);
              expect(e.range.start).toBeLessThanOrEqual(e.range.end);
              expect(e.range.end).toBeLessThanOrEqual(text.length);
            }
          }
        }
        expect(result.perspective.score).toBeGreaterThanOrEqual(0);
        expect(result.perspective.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it(`safe fixes keep text well formed, reach a fixpoint and are idempotent there (${fuzzRuns(200)} inputs)`, { timeout: fuzzTimeout(200) }, () => {
    fc.assert(
      fc.property(markdownDocuments, (text) => {
        const first = fixAll(text);
        if (wellFormed(text)) expect(wellFormed(first.output)).toBe(true);
        const again = fixAll(first.output);
        expect(again.output).toBe(first.output);
        expect(safeEdits(lint(first.output))).toEqual([]);
        expect(applyFixes(first.output, []).output).toBe(first.output);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});
