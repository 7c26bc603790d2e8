// The trigger index must never skip a rule whose trigger word occurs anywhere in the sentence.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TriggerIndex } from "../../src/core/rules/trigger-index.ts";

describe("TriggerIndex", () => {
  it("marks rules whose trigger occurs, including overlapping and nested words", () => {
    const index = new TriggerIndex([["must"], ["discretion", "judgment"], undefined, ["he", "she", "hers"], ["ü"]]);
    expect([...index.candidates("you must decide")]).toEqual([1, 0, 1, 0, 0]);
    expect([...index.candidates("ushers at our discretion")]).toEqual([0, 1, 1, 1, 0]);
    expect([...index.candidates("grüße")]).toEqual([0, 0, 1, 0, 1]);
  });

  it("agrees with a plain substring search on random text", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "é", " "), maxLength: 40 }), (triggers, text) => {
        const expected = triggers.map((words) => (words.some((w) => text.includes(w)) ? 1 : 0));
        expect([...new TriggerIndex(triggers).candidates(text)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
