// Hovers explain the rule with one example; the report summarises the document's score.
import { describe, expect, it } from "vitest";
import { builtinRulebook, lint } from "../../../src/core/index.ts";
import { hoverMarkdown } from "../../src/hover-text.ts";
import { reportModel, statusText } from "../../src/report.ts";
import { lineHref, reportHtml } from "../../src/report-html.ts";
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
  const buildReport = (name: string, text: string, result: ReturnType<typeof lint>) => reportHtml(reportModel(name, text, result, rulebook), "file:///ws/policy.md");

  it("gives the score, findings by rule and the costliest sentences, each line a link that opens the file there", () => {
    const text = "# Policy\n\nUsers must sign in.\n\nYou can leave any time.\n\nRefunds are paid at our sole discretion. Customers must wait.\n";
    const result = lint(text, { rulebook });
    const model = reportModel("policy.md", text, result, rulebook);
    expect(model.byRule).toEqual([{ id: "test-users-must", count: 2, title: "Test rule" }, { id: "test-sole-discretion", count: 1, title: "Test rule" }]);
    expect(model.costly.map((s) => s.line)).toEqual(expect.arrayContaining([3, 7]));
    expect(model.findings.map((f) => [f.line, f.ruleId])).toEqual([[3, "test-users-must"], [7, "test-sole-discretion"], [7, "test-users-must"]]);
    const html = buildReport("policy.md", text, result);
    expect(statusText(result)).toBe(`$(person) ${result.perspective.score}`);
    expect(html).toContain(`<strong>Perspective score: ${result.perspective.score}/100</strong> over ${result.perspective.sentences} sentences`);
    expect(html).toContain("<tr><td>test-users-must</td><td>2</td>");
    expect(html).toMatch(/Line 3<\/a> \(-?[\d.]+ points, test-users-must\): Users must sign in\./);
    // The link runs our open-at-line command with the document and the line.
    expect(lineHref("file:///ws/policy.md", 7)).toBe(`command:outsideIn.openAt?${encodeURIComponent('["file:///ws/policy.md",7]')}`);
    expect(html).toContain(`href="${lineHref("file:///ws/policy.md", 7).replace(/&/g, "&#38;")}"`);
    // No script runs in the view.
    expect(html).not.toContain("<script");
  });

  it("escapes the document's text", () => {
    const text = "Users must <b>sign</b> in & stay.\n";
    const html = buildReport("a<b>.md", text, lint(text, { rulebook }));
    expect(html).toContain("Outside-In report: a&#60;b&#62;.md");
    expect(html).not.toContain("<b>sign</b>");
  });

  it("says so when there is nothing to fix", () => {
    const text = "You can leave any time.\n";
    expect(buildReport("a.md", text, lint(text, { rulebook }))).toContain("No findings.");
  });
});
