// Every lexicon's examples are tests: each Don't is flagged by a rule that uses the lexicon, on
// words the lexicon matches; each Do is flagged by none of those rules. Every lexicon is used.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileRulebook } from "../../scripts/rulebook.mjs";
import { lint, type Rulebook } from "../../src/core/index.ts";
import { lexiconsUsedBy } from "../../src/core/rules/sequence/lexicon-references.ts";
import { compileWordClass } from "../../src/core/rules/sequence/word-classes.ts";
import { analyseText } from "../../src/core/nlp/analyse.ts";

const root = join(import.meta.dirname, "../..");
const { rulebook } = (await compileRulebook(join(root, "content/rules"), root)) as { rulebook: Rulebook };
const lexicons = rulebook.lexicons ?? [];

describe("the lexicons", () => {
  it("exist, and every one is used by a rule", () => {
    expect(lexicons.length).toBeGreaterThanOrEqual(10);
    const used = new Set(rulebook.rules.flatMap(lexiconsUsedBy));
    expect(lexicons.map((l) => l.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(lexicons.map((l) => [l.id, l] as const))("%s says why it matters and has at least two Don't and two Do examples", (_, lexicon) => {
    expect(lexicon.docs?.why.length ?? 0).toBeGreaterThan(40);
    expect(lexicon.docs?.dont.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(lexicon.docs?.do.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

for (const lexicon of lexicons) {
  const users = rulebook.rules.filter((r) => lexiconsUsedBy(r).includes(lexicon.id));
  const book: Rulebook = { ...rulebook, rules: users };
  const wordClass = compileWordClass(lexicon);
  describe(`lexicon ${lexicon.id}`, () => {
    for (const example of lexicon.docs?.dont ?? []) {
      it(`matches and is flagged: ${example.text}`, () => {
        const tokens = analyseText(example.text);
        expect(tokens.some((_, i) => wordClass.matchAt(tokens, i).length > 0), "no entry of the lexicon matches").toBe(true);
        expect(lint(example.text, { rulebook: book }).findings.map((f) => f.ruleId)).not.toEqual([]);
      });
    }
    for (const example of lexicon.docs?.do ?? []) {
      it(`is not flagged: ${example.text}`, () => {
        expect(lint(example.text, { rulebook: book }).findings.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
      });
    }
  });
}
