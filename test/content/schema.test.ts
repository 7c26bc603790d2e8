// validateFrontMatter / isoDate: each field's rule, reported by field name.
import { describe, expect, it } from "vitest";
import { isoDate, validateFrontMatter } from "../../src/core/content/schema.ts";

const CONTEXT = { fileId: "own-the-problem", today: "2026-11-23" };

const PRINCIPLE = {
  id: "own-the-problem",
  title: "Make it easy to complain, then own the problem",
  summary: "One sentence.",
  owner: "Customer Support lead",
  reviewed: "2026-11-20",
  reviewInterval: "6 months",
  relatedRules: ["sole-discretion"],
  tags: ["complaints"],
  sidebar: { order: 3 },
};

function fieldsWithIssues(data: Record<string, unknown>, kind: "principle" | "checklist" | "index" = "principle"): string[] {
  return validateFrontMatter(kind, data, CONTEXT).map((i) => i.field);
}

describe("validateFrontMatter", () => {
  it("accepts a complete principle", () => {
    expect(validateFrontMatter("principle", PRINCIPLE, CONTEXT)).toEqual([]);
  });

  it.each([
    ["id", { id: "Own_The_Problem" }],
    ["id", { id: "another-id" }],
    ["title", { title: "" }],
    ["summary", { summary: 42 }],
    ["owner", { owner: "   " }],
    ["reviewed", { reviewed: "2026-11-24" }],
    ["reviewed", { reviewed: "2026-02-30" }],
    ["reviewed", { reviewed: "20 November 2026" }],
    ["reviewInterval", { reviewInterval: "6 weeks" }],
    ["reviewInterval", { reviewInterval: "0 months" }],
    ["relatedRules", { relatedRules: [] }],
    ["relatedRules", { relatedRules: "sole-discretion" }],
    ["tags", { tags: ["Complaints"] }],
    ["tags", { tags: ["complaints", "complaints"] }],
    ["sidebar", { sidebar: { order: 1.5 } }],
    ["sidebar", { sidebar: 3 }],
    ["author", { author: "Jane" }],
    ["roles", { roles: ["lawyer"] }],
    ["roles", { roles: [] }],
    ["roles", { roles: ["support", "support"] }],
    ["documentTypes", { documentTypes: ["any"] }],
    ["documentTypes", { documentTypes: "policy" }],
  ])("reports %s for %j", (field, patch) => {
    expect(fieldsWithIssues({ ...PRINCIPLE, ...patch })).toEqual([field]);
  });

  it("reports each missing required field", () => {
    const { owner: _owner, tags: _tags, ...rest } = PRINCIPLE;
    expect(fieldsWithIssues(rest)).toEqual(["owner", "tags"]);
  });

  it("accepts roles and document types from their vocabularies, and names the allowed ones", () => {
    expect(fieldsWithIssues({ ...PRINCIPLE, roles: ["support", "policy-writer"], documentTypes: ["policy", "help"] })).toEqual([]);
    const [issue] = validateFrontMatter("principle", { ...PRINCIPLE, roles: ["lawyer"] }, CONTEXT);
    expect(issue?.message).toMatch(/"lawyer", not one of: policy-writer, product-manager, support, research, team-lead/);
  });

  it("says which date is in the future and what today is", () => {
    const [issue] = validateFrontMatter("principle", { ...PRINCIPLE, reviewed: "2027-01-01" }, CONTEXT);
    expect(issue?.message).toBe("2027-01-01 is in the future (today is 2026-11-23)");
  });

  it("does not ask checklists for relatedRules, nor the index for tags", () => {
    const { relatedRules: _r, ...checklist } = PRINCIPLE;
    expect(fieldsWithIssues(checklist, "checklist")).toEqual([]);
    const { tags: _t, ...index } = checklist;
    expect(fieldsWithIssues(index, "index")).toEqual([]);
    expect(fieldsWithIssues({ ...index, tags: ["x"] }, "index")).toEqual(["tags"]);
  });
});

describe("isoDate", () => {
  it("accepts real YYYY-MM-DD dates, as strings or YAML 1.1 dates", () => {
    expect(isoDate("2024-02-29")).toBe("2024-02-29");
    expect(isoDate(new Date(Date.UTC(2026, 10, 20)))).toBe("2026-11-20");
  });

  it("rejects impossible days, other formats and other types", () => {
    expect(isoDate("2023-02-29")).toBeUndefined();
    expect(isoDate("2026-1-5")).toBeUndefined();
    expect(isoDate(20261120)).toBeUndefined();
    expect(isoDate(new Date("nonsense"))).toBeUndefined();
  });
});
