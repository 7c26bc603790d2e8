// Pathological patterns never hang the linter: they run on RE2 (linear time) or are rejected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePattern, PatternError, widenSpaces } from "../../src/core/rules/safe-pattern.ts";
import { parseRuleFile, RuleFileError } from "../../src/core/index.ts";

describe("compilePattern", () => {
  it.each([
    "at our sole discretion",
    "(?:users?|customers?) (?:must|shall)",
    "\\bhow (?:satisfied|happy) are you\\b",
    "(?:\\w+\\s+){0,3}must",
    "[A-Z]{2,5}s?",
  ])("runs %s natively", (pattern) => {
    expect(compilePattern(pattern).engine).toBe("native");
  });

  // Classic catastrophic-backtracking shapes (nested or overlapping quantifiers).
  it.each([
    "(a+)+$",
    "(a|a)*b",
    "(a|aa)+c",
    "(\\w+\\s?)*$",
    "\\w+\\w+x",
    "(.*a){12}",
    "\\s*\\s*\\s*x",
    "(x+x+)+y",
    "\\w+(?:\\s)?\\w+z",
    "\\w+\\s*\\w+z",
  ])("moves %s to the linear-time engine, and it finishes on hostile input", (pattern) => {
    const compiled = compilePattern(pattern);
    expect(compiled.engine).toBe("re2");
    const hostile = "a".repeat(3000) + " " + "x".repeat(3000) + "!";
    expect(compiled.matchAll(hostile)).toBeInstanceOf(Array);
  });

  it.each([
    ["(a)\\1", /backreferences/],
    ["(unclosed", /not a valid regular expression/],
    ["", /empty/],
    ["(?<=(a+)+)b", /RE2 cannot run it: it uses lookbehind/],
    ["(?:a?a?a?a?a?a?){6}b(?=x)", /drop the lookahead/],
  ])("rejects %s with a readable reason", (pattern, reason) => {
    expect(() => compilePattern(pattern)).toThrow(PatternError);
    expect(() => compilePattern(pattern)).toThrow(reason);
  });

  it("matches whole words only, case-insensitively", () => {
    const p = compilePattern("must");
    expect(p.matchAll("You MUST go; mustard is fine.").map((m) => m.start)).toEqual([4]);
  });

  it("returns capture groups on both engines", () => {
    expect(compilePattern("(users) must").matchAll("Users must pay.")[0]!.groups[1]).toBe("Users");
    expect(compilePattern("(users)+ must").matchAll("Users must pay.")[0]!.groups[1]).toBe("Users");
  });

  it("widens literal spaces to any white space outside classes", () => {
    expect(widenSpaces("a b[ ]c")).toBe("a\\s+b[ ]c");
    expect(compilePattern("sole discretion").test("sole\n  discretion")).toBe(true);
  });
});

describe("a rule file with a bad pattern", () => {
  it("names the file and the field", () => {
    const text = "---\nid: bad-rule\ntitle: T\ncategory: hype\nseverity: info\nkind: substitution\nprinciple: p\nappliesTo: [any]\nmessage: m\nswap:\n  - pattern: '(a)\\1'\n---\n";
    try {
      parseRuleFile(text, "rules/bad-rule.md");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleFileError);
      expect((error as Error).message).toMatch(/^rules\/bad-rule\.md: swap\[0\]\.pattern: backreferences/);
    }
  });
});

describe("required-word prefilter", () => {
  it.each([
    ["(?:users?|customers?) must", ["must"]],
    ["(we|our) (?:vision|mission)", ["vision", "mission"]],
    ["at our sole discretion", ["discretion"]],
    ["(?:sole )?discretion|judgment", ["discretion", "judgment"]],
    ["\\w+ly", undefined],
    ["(?:very )?\\w+", undefined],
  ])("%s needs one of %j", (pattern, literals) => {
    expect(compilePattern(pattern).literals).toEqual(literals);
  });
  it("still finds matches in any letter case", () => {
    expect(compilePattern("(?:users?|customers?) must").test("USERS MUST pay")).toBe(true);
  });
});

describe("Unicode patterns", () => {
  it("match letters by property and astral characters", () => {
    expect(compilePattern("\\p{Lu}\\p{Ll}+ must").test("Émile must go")).toBe(true);
    expect(compilePattern("😀 deal").test("a 😀 deal")).toBe(true);
  });
  it("match curly apostrophes and accented words", () => {
    expect(compilePattern("we[’']ve had to").test("We’ve had to close it")).toBe(true);
    expect(compilePattern("café").test("CAFÉ opens")).toBe(true);
  });
});

// Nested or chained bounded repeats backtracked exponentially on the native engine (82 s for one sentence).
describe("the build-time table of built-in pattern engines", () => {
  it("holds every pattern the built-in rules compile, each with the engine a fresh analysis picks", async () => {
    const { builtinPatternEngines, serializeEngines } = await import("../../scripts/pattern-engines.ts");
    const committed = readFileSync(new URL("../../src/core/generated/pattern-engines.json", import.meta.url), "utf8");
    expect(committed).toBe(serializeEngines(builtinPatternEngines()));
  });
});
