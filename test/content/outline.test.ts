// parseOutline / findSection: lead, ## sections with exact ranges, and H1 detection.
import { describe, expect, it } from "vitest";
import { findSection, parseOutline } from "../../src/core/content/sections.ts";
import { plainText, squash } from "../../src/core/content/mdast-text.ts";
import { parseMarkdown } from "../../src/core/markdown/parse.ts";

const DOC = `---
title: T
---

The statement.

## First

One.

### Sub

Two.

## Second

Three.
`;

describe("parseOutline", () => {
  const outline = parseOutline(DOC);

  it("puts nodes before the first heading in the lead, front matter excluded", () => {
    expect(outline.lead.map((n) => n.type)).toEqual(["paragraph"]);
  });

  it("splits at ## headings and keeps ### inside its section", () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(["First", "Second"]);
    expect(outline.sections[0]!.markdown).toContain("### Sub");
    expect(outline.sections[0]!.line).toBe(7);
  });

  it("gives each section the source range of its content, after the heading", () => {
    const second = outline.sections[1]!;
    expect(DOC.slice(second.range.start, second.range.end).trim()).toBe("Three.");
    expect(second.range.end).toBe(DOC.length);
  });

  it("records level-1 headings as titles, not sections", () => {
    const withTitle = parseOutline("# Title\n\nText.\n\n## A\n\nB.\n");
    expect(withTitle.titles).toEqual([{ text: "Title", line: 1 }]);
    expect(withTitle.sections.map((s) => s.heading)).toEqual(["A"]);
  });

  it("ignores heading-like lines inside code blocks", () => {
    const outline2 = parseOutline("Lead.\n\n```\n## not a heading\n```\n");
    expect(outline2.sections).toEqual([]);
  });
});

describe("findSection", () => {
  it("finds a section by exact heading and returns undefined otherwise", () => {
    const outline = parseOutline(DOC);
    expect(findSection(outline, "Second")?.heading).toBe("Second");
    expect(findSection(outline, "second")).toBeUndefined();
  });
});

describe("mdast text helpers", () => {
  it("plainText keeps text and inline code but drops HTML comments and images", () => {
    const tree = parseMarkdown("A **bold** `code` ![alt](x.png) <!-- c --> end");
    expect(squash(plainText(tree))).toBe("A bold code end");
  });

  it("squash collapses line breaks and runs of spaces", () => {
    expect(squash("  a\n  b   c ")).toBe("a b c");
  });
});
