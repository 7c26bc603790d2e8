// Fuzzing rule patterns: compiling any pattern either works or throws PatternError, a pattern left
// on the backtracking engine has a proven step bound, and matching hostile text finishes (a hang
// fails the test by its time limit).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import regjsparser from "regjsparser";
import { compilePattern, PatternError, NATIVE_STEP_BUDGET, widenSpaces } from "../../src/core/rules/safe-pattern.ts";
import { backtrackingBound } from "../../src/core/rules/backtracking-cost.ts";
import { MAX_MATCH_LENGTH } from "../../src/core/index.ts";
import { hostileInputs, regexPatterns } from "./regex-patterns.ts";
import { fuzzRuns, fuzzTimeout } from "./runs.ts";

const usesLookaround = (pattern: string) => /\(\?<?[=!]/.test(pattern);

function compileOrReject(pattern: string) {
  try {
    return compilePattern(pattern);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return undefined;
  }
}

describe("fuzz: generated patterns", () => {
  it(`compile or throw PatternError, never another error (${fuzzRuns(300)} inputs)`, { timeout: fuzzTimeout(300) }, () => {
    fc.assert(fc.property(fc.oneof(regexPatterns, fc.string({ maxLength: 30 })), (pattern) => void compileOrReject(pattern)), { numRuns: fuzzRuns(300) });
  });

  it(`stay on the backtracking engine only with a proven step bound (${fuzzRuns(300)} inputs)`, { timeout: fuzzTimeout(300) }, () => {
    fc.assert(
      fc.property(regexPatterns, (pattern) => {
        const compiled = compileOrReject(pattern);
        if (compiled?.engine !== "native" || usesLookaround(pattern)) return;
        const tree = regjsparser.parse(widenSpaces(pattern), "iu", { unicodePropertyEscape: true, namedGroups: true, lookbehind: true });
        expect(backtrackingBound(tree as never, MAX_MATCH_LENGTH)).toBeLessThanOrEqual(NATIVE_STEP_BUDGET);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it(`finish on hostile input, with matches inside the text (${fuzzRuns(200)} inputs)`, { timeout: fuzzTimeout(200) }, () => {
    fc.assert(
      fc.property(regexPatterns, hostileInputs, (pattern, text) => {
        const compiled = compileOrReject(pattern);
        if (!compiled) return;
        for (const m of compiled.matchAll(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});
