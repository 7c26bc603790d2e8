// The content checker over the real playbook (zero errors) and over broken fixtures (each specific error).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRulebook, lint } from "../../src/core/index.ts";
import type { LintOptions, Rulebook } from "../../src/core/types.ts";
import { checkContent, defaultOptions } from "../../scripts/content-check/check.ts";
import { maskRanges } from "../../scripts/content-check/dogfood.ts";
import { formatReport } from "../../scripts/content-check/format.ts";
import { loadContentTree } from "../../scripts/content-check/load.ts";
import { lintForTree } from "../../scripts/content-check/tree-rulebook.ts";
import type { CheckOptions, ContentProblem } from "../../scripts/content-check/types.ts";
import { fixtureNames, fixtureTree, readFixture, type Expected } from "./fixture-tree.ts";

// A fixed rulebook keeps fixture expectations independent of the built-in rules as they evolve.
const FIXTURE_RULEBOOK: Rulebook = {
  version: 1,
  rules: [
    {
      id: "fixture-sole-discretion",
      title: "Fixture: sole discretion",
      category: "liability",
      severity: "error",
      kind: "substitution",
      principle: "alpha",
      appliesTo: ["any"],
      message: "Say how you decide.",
      swap: [{ pattern: "sole discretion" }],
    },
    {
      id: "fixture-rule-name",
      title: "Fixture: matches a rule id, which the checker must not lint in related-rule links",
      category: "liability",
      severity: "error",
      kind: "substitution",
      principle: "alpha",
      appliesTo: ["any"],
      message: "Rule names are not prose.",
      swap: [{ pattern: "sole-discretion" }],
    },
    {
      id: "fixture-parcel",
      title: "Fixture: a warning that must not fail the check",
      category: "jargon",
      severity: "warning",
      kind: "substitution",
      principle: "alpha",
      appliesTo: ["any"],
      message: "Only a warning.",
      swap: [{ pattern: "parcel" }],
    },
  ],
};

const fixtureLint = (text: string, options?: LintOptions) => lint(text, { ...options, rulebook: FIXTURE_RULEBOOK });

const FIXTURE_OPTIONS: CheckOptions = defaultOptions({
  today: "2026-06-01",
  minPrinciples: 1,
  minChecklists: 1,
  minPairsTotal: 4,
  themes: [{ slug: "complaints", theme: "Make it easy to complain and own the problem" }],
  pendingRules: ["no-such-rule-yet"],
  lint: fixtureLint,
});

// Compares problems by file and field, and by line where the fixture states one.
function matches(problem: ContentProblem, expected: Expected): boolean {
  return problem.file === expected.file && problem.field === expected.field && (expected.line === undefined || problem.line === expected.line);
}

function unmatched(problems: ContentProblem[], expected: Expected[]): { missing: Expected[]; unexpected: ContentProblem[] } {
  const left = [...problems];
  const missing: Expected[] = [];
  for (const e of expected) {
    const i = left.findIndex((p) => matches(p, e));
    if (i === -1) missing.push(e);
    else left.splice(i, 1);
  }
  return { missing, unexpected: left };
}

describe("the real playbook in content/", () => {
  // Linted with the rules in content/rules, as `npm run check:content` does.
  const tree = loadContentTree(join(import.meta.dirname, "../../content"));
  const report = checkContent(tree, defaultOptions({ lint: lintForTree(tree, lint, builtinRulebook()).lint }));

  it("has no errors", () => {
    expect(report.errors).toEqual([]);
  });

  it("meets the issue's minimums", () => {
    expect(report.counts.principles).toBeGreaterThanOrEqual(14);
    expect(report.counts.checklists).toBeGreaterThanOrEqual(6);
    expect(report.counts.pairs).toBeGreaterThanOrEqual(60);
  });

  it("counts the Don't examples the linter catches on their own", () => {
    expect(report.counts.dontsCaught).toBeGreaterThan(0);
    expect(report.counts.dontsCaught).toBeLessThanOrEqual(report.counts.pairs);
  });

  it("reports a perspective score for every principle, checklist and the index", () => {
    expect(report.scores.length).toBe(report.counts.principles + report.counts.checklists + 1);
    for (const s of report.scores) expect(s.score).toBeGreaterThanOrEqual(0);
  });
});

describe("checker fixtures", () => {
  for (const name of fixtureNames()) {
    const fixture = readFixture(name);
    it(`${name}: ${fixture.description}`, () => {
      const report = checkContent(fixtureTree(fixture), FIXTURE_OPTIONS);
      expect(unmatched(report.errors, fixture.expect)).toEqual({ missing: [], unexpected: [] });
      // A fixture that states no warnings expects none.
      expect(unmatched(report.warnings, fixture.expectWarnings ?? [])).toEqual({ missing: [], unexpected: [] });
    });
  }

  it("the valid fixture's warning-level finding and its rule-name link are not errors", () => {
    const report = checkContent(fixtureTree(readFixture("valid")), FIXTURE_OPTIONS);
    const unmasked = fixtureLint(fixtureTree(readFixture("valid")).sources.get("principles/alpha.md")!);
    expect(unmasked.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["fixture-parcel", "fixture-rule-name"]));
    expect(report.errors).toEqual([]);
  });

  it("counts the valid fixture's Don't examples that the fixture rules catch", () => {
    const report = checkContent(fixtureTree(readFixture("valid")), FIXTURE_OPTIONS);
    // Only "Refunds are granted at our sole discretion." matches a fixture rule.
    expect(report.counts.dontsCaught).toBe(1);
  });

  it("warns, instead of failing, when lint() is not available", () => {
    const report = checkContent(fixtureTree(readFixture("valid")), { ...FIXTURE_OPTIONS, lint: undefined });
    expect(report.errors).toEqual([]);
    expect(report.scores).toEqual([]);
    expect(report.counts.dontsCaught).toBeUndefined();
    expect(report.warnings).toContainEqual(expect.objectContaining({ field: "prose" }));
  });

  it("the default options ask for what the issue asks for", () => {
    const options = defaultOptions();
    expect(options).toMatchObject({ minPrinciples: 14, minChecklists: 6, minPairsPerPrinciple: 4, minPairsTotal: 60 });
    expect(options.themes).toHaveLength(17);
    expect(options.pendingRules).toEqual([]);
    expect(options.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("lintForTree", () => {
  const rule = FIXTURE_RULEBOOK.rules[0]!;
  const ruleFile = `---\nid: tree-rule\ntitle: T\ncategory: liability\nseverity: error\nkind: substitution\nprinciple: alpha\nappliesTo: [any]\nmessage: M\nswap:\n  - pattern: sole discretion\n---\n`;

  it("lints with the tree's own rule files", () => {
    const tree = { paths: new Set(["rules/tree-rule.md"]), sources: new Map([["rules/tree-rule.md", ruleFile]]) };
    const bound = lintForTree(tree, lint, FIXTURE_RULEBOOK);
    expect(bound).toMatchObject({ ruleCount: 1, fromTree: true, problems: [] });
    expect(bound.lint("At our sole discretion.").findings.map((f) => f.ruleId)).toEqual(["tree-rule"]);
  });

  it("falls back to the given rulebook when the tree has no rules, and reports invalid rule files", () => {
    const tree = { paths: new Set(["rules/broken.md"]), sources: new Map([["rules/broken.md", "---\nid: broken\n---\n"]]) };
    const bound = lintForTree(tree, lint, FIXTURE_RULEBOOK);
    expect(bound.fromTree).toBe(false);
    expect(bound.problems).toEqual([expect.objectContaining({ file: "rules/broken.md", field: "rule" })]);
    expect(bound.lint("At our sole discretion.").findings.map((f) => f.ruleId)).toContain(rule.id);
  });
});

describe("maskRanges", () => {
  it("blanks each range but keeps line breaks and length", () => {
    const masked = maskRanges("ab\ncd\nef", [{ start: 1, end: 5 }]);
    expect(masked).toBe("a \n  \nef");
  });

  it("ignores ranges past the end", () => {
    expect(maskRanges("abc", [{ start: 2, end: 10 }])).toBe("ab ");
  });
});

describe("formatReport", () => {
  it("names the file, line and field of each error, and prints scores and totals", () => {
    const text = formatReport(
      {
        errors: [{ file: "principles/a.md", field: "reviewed", line: 5, message: "2999-01-01 is in the future" }],
        warnings: [],
        scores: [{ file: "principles/a.md", score: 96, sentences: 40 }],
        counts: { principles: 1, checklists: 0, pairs: 4, checklistItems: 0 },
      },
      "content",
    );
    expect(text).toContain("error content/principles/a.md:5  reviewed: 2999-01-01 is in the future");
    expect(text).toContain("96  principles/a.md (40 sentences)");
    expect(text).toContain("1 error(s), 0 warning(s).");
    expect(text).not.toContain("The linter flags");
  });
});
