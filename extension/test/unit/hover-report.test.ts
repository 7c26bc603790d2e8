// Hovers explain the rule with one example; the report summarises the document's score.
import { describe, expect, it } from "vitest";
import { builtinRulebook, lint } from "../../../src/core/index.ts";
import { hoverMarkdown } from "../../src/hover-text.ts";
import { buildReport, statusText } from "../../src/report.ts";
import { rulebook } from "./helpers.ts";

describe("hover", () => {
  it("says why the rule matters and gives one Don't/Do example, with the rule link and the fix", () => {
    const book = builtinRulebook();
    const text = "Users must verify their email before checkout.\n";
    const finding = lint(text, { rulebook: book }).findings.find((f) => f.ruleId === "users-must")!;
    const rule = book.rules.find((r) => r.id === "users-must")!;
    const md = hoverMarkdown(finding, rule, "https://playbook.example");
    expect(md).toContain(`**Outside-In: ${rule.title}** ([users-must](https://playbook.example/rules/users-must/))`);
    expect(md).toContain(`**Why it matters:** ${rule.docs!.why.replace(/\s+/g, " ").trim()}`);
    expect(md).toContain(`- **Don't:** ${rule.docs!.dont[0]!.text}`);
    expect(md).toContain(`- **Do:** ${rule.docs!.do[0]!.text}`);
    expect(md.match(/\*\*Don't:\*\*/g)).toHaveLength(1);
    expect(md).toContain(`Quick fix (Ctrl+.): ${finding.suggestions[0]!.title}`);
  });

  it("still shows the rule id for a rule without docs", () => {
    const text = "Users must sign in.\n";
    const finding = lint(text, { rulebook }).findings[0]!;
    const md = hoverMarkdown(finding, undefined, "");
    expect(md).toContain("**Outside-In: test-users-must**");
    expect(md).not.toContain("Why it matters");
  });
});

describe("report", () => {
  it("gives the score, findings by rule and the costliest sentences with line numbers", () => {
    const text = "# Policy\n\nUsers must sign in.\n\nYou can leave any time.\n\nRefunds are paid at our sole discretion. Customers must wait.\n";
    const result = lint(text, { rulebook });
    const report = buildReport("policy.md", text, result, rulebook);
    expect(statusText(result)).toBe(`$(person) ${result.perspective.score}`);
    expect(report).toContain(`**Perspective score: ${result.perspective.score}/100** over ${result.perspective.sentences} sentences`);
    expect(report).toContain("| test-users-must | 2 |");
    expect(report).toContain("| test-sole-discretion | 1 |");
    expect(report).toMatch(/- Line 3 \(-?[\d.]+ points, test-users-must\): Users must sign in\./);
    expect(report).toMatch(/- Line 7 .*Refunds are paid at our sole discretion\./);
  });

  it("says so when there is nothing to fix", () => {
    const text = "You can leave any time.\n";
    expect(buildReport("a.md", text, lint(text, { rulebook }), rulebook)).toContain("No findings.");
  });
});
