// Context: what a document is and who it is for (front matter or options) picks the rules;
// headings are flagged but not rewritten; named words and glossary terms are mentions, not uses.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/core/index.ts";
import { createIncrementalLinter } from "../../src/core/incremental.ts";

const ids = (text: string, options = {}) => lint(text, options).findings.map((f) => f.ruleId);
const ORDER = "Users must verify their email before checkout.\n";

describe("audience", () => {
  it("a staff document skips the rules about telling customers what to do", () => {
    expect(ids(ORDER)).toContain("users-must");
    expect(ids(ORDER, { audience: "staff" })).not.toContain("users-must");
  });

  it("keeps the rules that matter inside the company too", () => {
    const text = "Every webinar should feed forty new leads into the funnel.\n";
    expect(ids(text, { audience: "staff" })).toContain("leads-and-prospects");
  });

  it("front matter sets it, and wins over the options", () => {
    expect(ids(`---\naudience: staff\n---\n\n${ORDER}`)).not.toContain("users-must");
    expect(ids(`---\naudience: customers\n---\n\n${ORDER}`, { audience: "staff" })).toContain("users-must");
  });

  it("ignores front matter values it does not know", () => {
    expect(ids(`---\naudience: robots\n---\n\n${ORDER}`)).toContain("users-must");
  });
});

describe("document type", () => {
  const survey = "How satisfied are you with our service?\n";
  it("front matter limits the rules to the document's type", () => {
    expect(ids(survey)).toContain("how-satisfied-are-you");
    expect(ids(`---\ndocumentType: survey\n---\n\n${survey}`)).toContain("how-satisfied-are-you");
    expect(ids(`---\ndocumentType: policy\n---\n\n${survey}`)).toEqual([]);
  });

  it("the incremental linter follows a front-matter change exactly as lint() does", () => {
    const linter = createIncrementalLinter();
    const before = ORDER;
    const after = `---\naudience: staff\n---\n\n${ORDER}`;
    expect(linter.lint(before).findings.map((f) => f.ruleId)).toEqual(ids(before));
    expect(linter.lint(after).findings.map((f) => f.ruleId)).toEqual(ids(after));
    expect(linter.lint(before).findings.map((f) => f.ruleId)).toEqual(ids(before));
  });
});

describe("headings", () => {
  it("are flagged but get no rewrite", () => {
    const [finding] = lint("# Users must verify their email\n").findings.filter((f) => f.ruleId === "users-must");
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(lint("Users must verify their email.\n").findings.find((f) => f.ruleId === "users-must")!.suggestions.length).toBeGreaterThan(0);
  });
});

describe("mentions", () => {
  it("a word named as a word is not used", () => {
    expect(ids("Please utilise the form.\n")).toContain("business-jargon");
    expect(ids("Avoid the word *utilise* in help articles.\n")).not.toContain("business-jargon");
    expect(ids('Avoid the word "utilise" in help articles.\n')).not.toContain("business-jargon");
  });

  it("a glossary entry's term is not used", () => {
    expect(ids("- utilise (say _use_)\n")).not.toContain("business-jargon");
    expect(ids("- leverage – say use\n")).not.toContain("business-jargon");
    expect(ids("- We will leverage the new tool.\n")).toContain("business-jargon");
  });
});
