// The hand-judged rewrite table in test/corpus/review: well formed, large enough, and about the
// rewrites the linter makes today, so the figures in docs/quality.md cannot quietly go stale.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/quality/corpus.ts";
import { appliedRewrites, JUDGEMENTS_FILE, loadJudgements, rewriteKey, type Judgement } from "../../scripts/quality/rewrite-table.ts";

const lines = readFileSync(JUDGEMENTS_FILE, "utf8").split("\n").filter((l) => l.trim());
const records = lines.map((l) => JSON.parse(l) as Judgement);
const secondPass = readFileSync(join(JUDGEMENTS_FILE, "../rewrite-second-pass.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Judgement);

describe("the judged rewrite table", () => {
  it("records the rewrite, the three answers and a note for every failure", () => {
    for (const r of records) {
      expect([r.grammatical, r.keepsMeaning, r.customerSide].every((b) => typeof b === "boolean"), r.key).toBe(true);
      expect(typeof r.before === "string" && typeof r.after === "string" && r.before !== r.after, r.key).toBe(true);
      expect(r.key).toBe(rewriteKey(r.before!, r.rule!, r.after!));
      expect(Number.isInteger(r.round), r.key).toBe(true);
      if (!(r.grammatical && r.keepsMeaning && r.customerSide)) expect(r.note?.trim(), r.key).toBeTruthy();
    }
  });

  it("judges each rewrite once per round", () => {
    const seen = records.map((r) => `${r.round}:${r.key}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("covers today's rewrites on the labelled corpus, and at least 300 in all", () => {
    const judged = loadJudgements();
    const today = appliedRewrites(loadCorpus());
    const covered = today.filter((r) => judged.has(r.key)).length;
    expect(covered / today.length).toBeGreaterThanOrEqual(0.9);
    expect(judged.size).toBeGreaterThanOrEqual(300);
  });

  it("has a second judge's answers on a sample of the first round", () => {
    const first = new Map(records.filter((r) => r.round === 1).map((r) => [r.key, r]));
    expect(secondPass.length).toBeGreaterThanOrEqual(50);
    expect(secondPass.every((s) => first.has(s.key))).toBe(true);
  });
});
