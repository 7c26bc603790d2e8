// Every rule's Do/Don't examples are tests: each Don't must fire (and rewrite as stated), each Do must not.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { compileRulebook } from "../../scripts/rulebook.mjs";
import { applyFixes, lint, CATEGORIES, type Rule, type Rulebook } from "../../src/core/index.ts";

const root = join(import.meta.dirname, "../..");
const { rulebook, errors } = (await compileRulebook(join(root, "content/rules"), root)) as { rulebook: Rulebook; errors: Error[] };

it("every rule file is valid", () => {
  expect(errors.map((e) => e.message)).toEqual([]);
});

describe("the rule catalogue", () => {
  it("has at least 40 rules", () => {
    expect(rulebook.rules.length).toBeGreaterThanOrEqual(40);
  });
  it("covers all nine categories", () => {
    const covered = new Set(rulebook.rules.map((r) => r.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });
  it.each(rulebook.rules.map((r) => [r.id, r] as const))("%s has at least 3 Don't and 3 Do examples", (_id, rule) => {
    expect(rule.docs?.dont.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(rule.docs?.do.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});

// Each sentence rule's examples run with that rule alone (and the lexicons): with the whole
// rulebook a more specific rule may win the same words, which "one finding per span" below checks.
// Metric rules judge whole documents, so theirs run with every rule.
function lintWith(rule: Rule, text: string) {
  const book = rule.kind === "metric" ? rulebook : { ...rulebook, rules: [rule] };
  return lint(text, { rulebook: book }).findings.filter((f) => f.ruleId === rule.id);
}

for (const rule of rulebook.rules) {
  describe(`rule ${rule.id}`, () => {
    for (const example of rule.docs?.dont ?? []) {
      it(`flags: ${example.text}`, () => {
        const findings = lintWith(rule, example.text);
        expect(findings.length, `expected ${rule.id} to flag this`).toBeGreaterThan(0);
        if (example.rewrite !== undefined) {
          const suggestion = findings[0]!.suggestions[0];
          expect(suggestion, "expected a rewrite").toBeDefined();
          expect(applyFixes(example.text, suggestion!.edits).output).toBe(example.rewrite);
        }
      });
    }
    for (const example of rule.docs?.do ?? []) {
      it(`accepts: ${example.text}`, () => {
        expect(lintWith(rule, example.text).map((f) => f.excerpt)).toEqual([]);
      });
    }
  });
}

describe("one finding per span", () => {
  const examples = rulebook.rules.flatMap((r) => (r.kind === "metric" ? [] : (r.docs?.dont ?? []).map((e) => e.text)));
  it.each(examples)("no two findings share words in: %s", (text) => {
    const findings = lint(text, { rulebook }).findings.filter((f) => f.range.start !== f.range.end);
    const clashes = findings.flatMap((a, i) => findings.slice(i + 1).filter((b) => a.range.start < b.range.end && b.range.start < a.range.end).map((b) => `${a.ruleId} / ${b.ruleId}`));
    expect(clashes).toEqual([]);
  });
});
