// A rewrite the linter flags again is one the writer cannot accept: apply every suggestion alone
// to every rule example and every corpus sentence, lint again, and expect nothing on the changed
// words. Also: placeholders are never safe, and no two findings share words.
import { describe, expect, it } from "vitest";
import { builtinRulebook, lint } from "../../src/core/index.ts";
import { allItems, loadCorpus } from "../../scripts/quality/corpus.ts";
import { relintAll } from "../../scripts/quality/relint.ts";

const examples = builtinRulebook().rules.flatMap((r) => (r.kind === "metric" ? [] : (r.docs?.dont ?? []).map((e) => e.text)));
const sentences = allItems(loadCorpus()).map((i) => i.text);
const describeAgain = (r: ReturnType<typeof relintAll>["reflagged"][number]) => `${r.ruleId} «${r.excerpt}» -> ${r.output} :: ${r.again.map((a) => a.ruleId).join(", ")}`;

describe("rewrites are not flagged again", () => {
  it("on the rules' own examples", () => {
    const { suggestions, reflagged } = relintAll(examples);
    expect(suggestions).toBeGreaterThan(100);
    expect(reflagged.map(describeAgain)).toEqual([]);
  });

  it("on every corpus sentence", () => {
    const { suggestions, reflagged } = relintAll(sentences);
    expect(suggestions).toBeGreaterThan(100);
    expect(reflagged.map(describeAgain)).toEqual([]);
  });
});

describe("placeholders", () => {
  const all = [...examples, ...sentences].flatMap((text) => lint(text).findings.flatMap((f) => f.suggestions));
  const withPlaceholders = all.filter((s) => s.edits.some((e) => /\[[^\]]+\]/.test(e.text)));

  it("some rewrites ask the writer for a fact instead of inventing one", () => expect(withPlaceholders.length).toBeGreaterThan(5));

  it("are never safe, and say where they sit", () => {
    for (const s of withPlaceholders) {
      expect(s.safe, s.title).toBe(false);
      const [place] = s.placeholders ?? [];
      expect(place, s.title).toBeDefined();
      expect(s.edits[place!.edit]!.text.slice(place!.start, place!.end)).toMatch(/^\[[^\]]+\]$/);
    }
  });
});

describe("one finding per span", () => {
  it("no two findings on a corpus sentence share words", () => {
    const clashes = sentences.flatMap((text) => {
      const findings = lint(text).findings.filter((f) => f.range.end > f.range.start);
      return findings.flatMap((a, i) => findings.slice(i + 1).filter((b) => a.range.start < b.range.end && b.range.start < a.range.end).map((b) => `${a.ruleId}/${b.ruleId}: ${text}`));
    });
    expect(clashes).toEqual([]);
  });
});

describe("safe means the meaning is kept", () => {
  const findings = [...examples, ...sentences].flatMap((text) => lint(text).findings);

  it("legal clauses (liability rules) are never rewritten unattended", () => {
    const liability = findings.filter((f) => f.category === "liability").flatMap((f) => f.suggestions);
    expect(liability.length).toBeGreaterThan(10);
    expect(liability.filter((s) => s.safe).map((s) => s.title)).toEqual([]);
  });

  it("suggestions are ranked: safe first, then complete rewrites, then those with placeholders", () => {
    const rank = (s: { safe: boolean; placeholders?: unknown[] }) => (s.safe ? 0 : s.placeholders?.length ? 2 : 1);
    for (const f of findings) {
      const ranks = f.suggestions.map(rank);
      expect(ranks, f.ruleId).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});
