// parsePrinciple: statement, Do/Don't pairs with file offsets, unlabelled items and the list sections.
import { describe, expect, it } from "vitest";
import { FrontMatterError } from "../../src/core/content/front-matter.ts";
import { parsePrinciple, PRINCIPLE_SECTIONS } from "../../src/core/content/principle.ts";

const PAGE = `---
id: sample
relatedRules: [users-must]
---

Write from the customer's side.

## Why it matters to customers

- **Don't:** This list is outside the Do and don't section.

  **Do:** So it is not a pair.

## Do and don't

- **Don't:** Users must sign up.

  **Do:** Check out as a guest.

  **Why:** A checkout spec.

- **Do not:** Fees are deducted.

  **Do:** We charge 2 euros, shown before you pay.

- Just a note.

## How to apply it

1. First step.
2. Second step.

## Questions to ask

- Who is this for?

## Related writing rules

- [users-must](../rules/users-must.md)

## Sources

- Someone, "Something", 2020.
`;

describe("parsePrinciple", () => {
  const parsed = parsePrinciple(PAGE);

  it("reads the front matter", () => {
    expect(parsed.frontMatter).toEqual({ id: "sample", relatedRules: ["users-must"] });
  });

  it("takes the first paragraph before any heading as the statement", () => {
    expect(parsed.statement).toEqual({ text: "Write from the customer's side.", line: 6 });
  });

  it("collects pairs only from the Do and don't section, with lines", () => {
    expect(parsed.pairs.map((p) => [p.dont?.text, p.do?.text, p.line])).toEqual([
      ["Users must sign up.", "Check out as a guest.", 16],
      ["Fees are deducted.", "We charge 2 euros, shown before you pay.", 22],
    ]);
    expect(parsed.pairs[0]!.why?.text).toBe("A checkout spec.");
  });

  it("gives example ranges as offsets into the whole file", () => {
    const dont = parsed.pairs[0]!.dont!;
    expect(PAGE.slice(dont.range.start, dont.range.end)).toBe("Users must sign up.");
  });

  it("reports list items in the section that are not pairs", () => {
    expect(parsed.unlabelledItems).toEqual([{ text: "Just a note.", line: 26 }]);
  });

  it("reads steps, questions, related-rule links and sources", () => {
    expect(parsed.steps.map((s) => s.text)).toEqual(["First step.", "Second step."]);
    expect(parsed.questions.map((s) => s.text)).toEqual(["Who is this for?"]);
    expect(parsed.relatedRuleLinks.map((l) => l.url)).toEqual(["../rules/users-must.md"]);
    expect(parsed.sources.map((s) => s.text)).toEqual(['Someone, "Something", 2020.']);
  });

  it("has every required section in order", () => {
    expect(parsed.outline.sections.map((s) => s.heading)).toEqual([...PRINCIPLE_SECTIONS]);
  });

  it("returns empty lists when sections are missing", () => {
    const bare = parsePrinciple("---\nid: x\n---\n\n## Sources\n");
    expect(bare.statement).toBeUndefined();
    expect(bare.pairs).toEqual([]);
    expect(bare.steps).toEqual([]);
    expect(bare.relatedRuleLinks).toEqual([]);
    expect(bare.sources).toEqual([]);
  });

  it("throws FrontMatterError on malformed front matter", () => {
    expect(() => parsePrinciple("---\nid: [unclosed\n---\n\nText.\n")).toThrow(FrontMatterError);
  });
});
