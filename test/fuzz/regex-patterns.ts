// Random rule patterns in the shapes that make backtracking blow up: nested and chained
// quantifiers (bounded and unbounded, greedy and lazy), alternations, classes, optional groups and
// lookaround. Plus hostile inputs: long runs of the characters those patterns repeat.
import fc from "fast-check";

const atoms = fc.constantFrom("a", "b", "ab", "\\w", "\\s", "\\d", ".", "[ab]", "[^a]", "[a-z]", " ", "x", "-", "’");
const quantifiers = fc.constantFrom("?", "*", "+", "??", "*?", "{0,6}", "{1,3}", "{2}", "{0,2}?", "{3,}");

export const regexPatterns: fc.Arbitrary<string> = fc.letrec<{ pattern: string }>((tie) => ({
  pattern: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atoms,
    fc.tuple(tie("pattern"), tie("pattern")).map(([a, b]) => a + b),
    fc.tuple(tie("pattern"), tie("pattern")).map(([a, b]) => `(?:${a}|${b})`),
    fc.tuple(tie("pattern"), quantifiers).map(([a, q]) => `(?:${a})${q}`),
    fc.tuple(atoms, quantifiers).map(([a, q]) => `${a.length > 2 ? `(?:${a})` : a}${q}`),
    tie("pattern").map((a) => `(${a})`),
    fc.tuple(fc.constantFrom("(?=", "(?!", "(?<=", "(?<!"), tie("pattern")).map(([look, a]) => `${look}${a})`),
  ),
})).pattern;

/** Text that repeats one short unit many times and then ends in a character patterns rarely expect. */
export const hostileInputs = fc
  .tuple(fc.constantFrom("a", "ab", "a ", " ", "aaab", "x-", "1"), fc.integer({ min: 1, max: 400 }), fc.constantFrom("!", "b", "", "\u00e9", "😀"))
  .map(([unit, count, end]) => ("Hello " + unit.repeat(count) + end).slice(0, 2000));
