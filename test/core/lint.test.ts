// lint(): rule kinds, options, inline configuration and the perspective score, on a test rulebook.
import { describe, expect, it } from "vitest";
import { lint, perspectiveScore } from "../../src/core/index.ts";
import { rule, testRulebook } from "./fixtures.ts";

const ids = (text: string, options = {}) => lint(text, { rulebook: testRulebook, ...options }).findings.map((f) => f.ruleId);

describe("rule kinds", () => {
  it("substitution flags each match with its rewrite", () => {
    const [finding] = lint("Users must pay.", { rulebook: testRulebook }).findings;
    expect(finding).toMatchObject({ ruleId: "test-users-must", severity: "warning", category: "obligation", excerpt: "Users must" });
    expect(finding!.suggestions).toEqual([{ title: 'Replace with "You must"', edits: [{ range: { start: 0, end: 10 }, text: "You must" }], safe: true }]);
    expect(finding!.message).toBe("Flagged Users must.");
  });
  it("survey rules look at questions only", () => {
    expect(ids("How satisfied are you with our service?")).toEqual(["test-how-satisfied"]);
    expect(ids("We asked how satisfied are you with our service.")).toEqual([]);
  });
  it("pattern rules honour actor conditions", () => {
    expect(ids("We are proud of our launch.")).toEqual(["test-we-proud"]);
    expect(ids("You can be proud of your work.")).toEqual([]);
  });
  it("metric rules flag a document below the perspective threshold", () => {
    const metric = rule({ id: "test-score", kind: "metric", category: "we-centric", metric: "perspective-score", min: 80, minSentences: 2 });
    const rulebook = { version: 1 as const, rules: [...testRulebook.rules, metric] };
    const text = "Users must pay. Customers must sign. Users must wait. Fine sentence here.";
    expect(lint(text, { rulebook }).findings.map((f) => f.ruleId)).toContain("test-score");
    expect(lint(text, { rulebook, perspectiveThreshold: 30 }).findings.map((f) => f.ruleId)).not.toContain("test-score");
    expect(lint("Fine. Also fine.", { rulebook }).findings).toEqual([]);
  });
});

describe("options", () => {
  it("turns rules off and changes severities", () => {
    expect(ids("Users must pay.", { rules: { "test-users-must": "off" } })).toEqual([]);
    expect(lint("Users must pay.", { rulebook: testRulebook, rules: { "test-users-must": "error" } }).findings[0]!.severity).toBe("error");
  });
  it("skips rules limited to other document types", () => {
    const surveyOnly = rule({ id: "test-survey-only", kind: "substitution", appliesTo: ["survey"], swap: [{ pattern: "rate us" }] });
    const rulebook = { version: 1 as const, rules: [surveyOnly] };
    expect(lint("Please rate us.", { rulebook, documentType: "policy" }).findings).toEqual([]);
    expect(lint("Please rate us.", { rulebook, documentType: "survey" }).findings).toHaveLength(1);
    expect(lint("Please rate us.", { rulebook }).findings).toHaveLength(1);
  });
});

describe("inline configuration", () => {
  it("disables and re-enables a rule for a region", () => {
    const text = "<!-- outside-in-disable test-users-must -->\n\nUsers must pay.\n\n<!-- outside-in-enable test-users-must -->\n\nUsers must sign.\n";
    expect(lint(text, { rulebook: testRulebook }).findings.map((f) => f.start.line)).toEqual([7]);
  });
  it("disables the next line only", () => {
    const text = "<!-- outside-in-disable-next-line -->\nUsers must pay.\n\nUsers must sign.\n";
    expect(lint(text, { rulebook: testRulebook }).findings.map((f) => f.start.line)).toEqual([4]);
  });
  it("disables a rule for the whole file and reports unused disables", () => {
    const text = "Users must pay.\n\n<!-- outside-in-disable-file test-users-must -->\n<!-- outside-in-disable-file test-how-satisfied -->\n";
    const result = lint(text, { rulebook: testRulebook });
    expect(result.findings).toEqual([]);
    expect(result.unusedDisables.map((d) => d.ruleIds)).toEqual([["test-how-satisfied"]]);
  });
  it("can be ignored", () => {
    expect(ids("<!-- outside-in-disable -->\n\nUsers must pay.\n", { inlineConfig: false })).toEqual(["test-users-must"]);
  });
});

describe("perspective score", () => {
  it("is 100 minus the share of penalised sentences", () => {
    const result = lint("Users must pay. You can pay later. We decide at our sole discretion. Thanks.", { rulebook: testRulebook });
    // penalties: warning 0.6 + error 1 over 4 sentences -> 100 * (1 - 1.6 / 4) = 60
    expect(result.perspective.score).toBe(60);
    expect(result.perspective.perSentence.map((s) => s.contribution)).toEqual([-15, 0, -25, 0]);
  });
  it("is 100 for a document without sentences", () => {
    expect(perspectiveScore([], []).score).toBe(100);
  });
});
