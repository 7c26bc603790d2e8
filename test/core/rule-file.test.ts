// Rule files: the schema names the file and every bad field; one bad file never hides the others.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseRuleFile, RuleFileError } from "../../src/core/index.ts";
import { compileRulebook, serializeRulebook } from "../../scripts/rulebook.mjs";

const good = `---
id: good-rule
title: A good rule
category: hype
severity: info
kind: substitution
principle: show-dont-claim
appliesTo: [any]
message: Say what it does instead of "{match}".
swap:
  - pattern: world[- ]class
---

## Why it matters

Claims are not facts.

## Examples

- **Don't:** A world-class service.
- **Do:** Replies within a day.
`;

describe("parseRuleFile", () => {
  it("reads front matter, why and examples", () => {
    const rule = parseRuleFile(good, "rules/good-rule.md");
    expect(rule).toMatchObject({ id: "good-rule", kind: "substitution", category: "hype", source: "rules/good-rule.md" });
    expect(rule.docs).toEqual({ why: "Claims are not facts.", dont: [{ text: "A world-class service." }], do: [{ text: "Replies within a day." }] });
  });

  it.each([
    ["category: hype", "category: fluff", /category: expected one of obligation, company-goal/],
    ["severity: info", "severity: high", /severity: expected one of error, warning, info; got "high"/],
    ["kind: substitution", "kind: magic", /kind: expected one of substitution, pattern, sequence, survey, metric/],
    ["appliesTo: [any]", "appliesTo: [blog]", /appliesTo: expected only policy, spec, survey, support, help, release-notes, marketing, internal, any; got blog/],
    ["id: good-rule", "id: Good_Rule", /id: expected kebab-case/],
    ["title: A good rule\n", "", /title: is required/],
    ["message: Say", "messages: Say", /messages: is not a field of a substitution rule/],
    ["---\nid", "---\n: [\nid", /front matter: front matter is not valid YAML/],
  ])("rejects %s -> %s", (from, to, expected) => {
    const text = good.replace(from, to);
    expect(() => parseRuleFile(text, "rules/good-rule.md")).toThrow(RuleFileError);
    expect(() => parseRuleFile(text, "rules/good-rule.md")).toThrow(expected);
  });

  it("requires the id to match the file name", () => {
    expect(() => parseRuleFile(good, "rules/other-name.md")).toThrow(/id: must match the file name "other-name"/);
  });
});

describe("compileRulebook", () => {
  it("reports every bad file and still compiles the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oi-rules-"));
    writeFileSync(join(dir, "good-rule.md"), good);
    writeFileSync(join(dir, "broken-one.md"), good.replace("id: good-rule", "id: broken-one").replace("severity: info", "severity: loud"));
    const { rulebook, errors } = await compileRulebook(dir, dir);
    expect(rulebook.rules.map((r: { id: string }) => r.id)).toEqual(["good-rule"]);
    expect(errors.map((e: Error) => e.message)).toEqual([expect.stringMatching(/^broken-one\.md: severity:/)]);
  });

  it("the committed rulebook matches content/rules (run `npm run build:core` when this fails)", async () => {
    const root = join(import.meta.dirname, "../..");
    const { rulebook, errors } = await compileRulebook(join(root, "content/rules"), root);
    expect(errors).toEqual([]);
    expect(readFileSync(join(root, "src/core/generated/rulebook.json"), "utf8")).toBe(serializeRulebook(rulebook));
  });
});
