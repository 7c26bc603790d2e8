// The prose view keeps offsets: every prose character sits exactly where it is in the source.
import { describe, expect, it } from "vitest";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { lint } from "../../src/core/index.ts";
import { testRulebook } from "./fixtures.ts";

const flagged = (text: string, options = {}) =>
  lint(text, { rulebook: testRulebook, ...options }).findings.map((f) => text.slice(f.range.start, f.range.end));

describe("buildProseView", () => {
  it("is as long as the source and copies prose characters in place", () => {
    const source = "# Title *here*\n\nSome **bold** text with `code` and a [link](https://example.com).\n";
    const view = buildProseView(source);
    expect(view.text.length).toBe(source.length);
    for (let i = 0; i < source.length; i++) {
      if (view.text[i] !== " ") expect(view.text[i]).toBe(source[i]);
    }
    expect(view.text).toContain("Some   bold   text with");
    expect(view.text).not.toContain("code");
    expect(view.text).not.toContain("https");
  });

  it("keeps line breaks so line numbers match", () => {
    const source = "a\n\n```\nx\n```\n\nb\r\nc";
    expect(buildProseView(source).text.split(/\r?\n/).length).toBe(source.split(/\r?\n/).length);
  });

  it("records HTML comments for inline configuration", () => {
    const view = buildProseView("Text.\n\n<!-- outside-in-disable foo -->\n");
    expect(view.comments.map((c) => c.body)).toEqual(["outside-in-disable foo"]);
  });
});

describe("what is linted", () => {
  const bad = "at our sole discretion";
  it.each([
    ["heading", `# Refunds ${bad}\n`],
    ["paragraph", `We decide ${bad}.\n`],
    ["list item", `- We decide ${bad}.\n`],
    ["table cell", `| a | b |\n|---|---|\n| We decide ${bad} | x |\n`],
    ["blockquote", `> We decide ${bad}.\n> More text.\n`],
    ["link text", `See [refunds ${bad}](https://example.com).\n`],
    ["image alt text", `![Refunds ${bad}](chart.png)\n`],
    ["emphasis inside the phrase", "We decide at our **sole** discretion.\n"],
  ])("lints %s", (_name, text) => {
    expect(flagged(text)).toHaveLength(1);
  });

  it.each([
    ["fenced code", "```\nWe decide at our sole discretion.\n```\n"],
    ["indented code", "Intro.\n\n    We decide at our sole discretion.\n"],
    ["inline code", "Avoid `at our sole discretion` in policies.\n"],
    ["HTML", "<div>We decide at our sole discretion.</div>\n"],
    ["URL", "See https://example.com/at-our-sole-discretion for details.\n"],
    ["autolink", "See <https://example.com/at our sole discretion>.\n"],
    ["link destination", "See [the page](https://example.com/at-our-sole-discretion).\n"],
    ["front matter", "---\ndescription: We decide at our sole discretion.\n---\nHello.\n"],
    ["a quoted mention", 'Never write "at our sole discretion" in a policy.\n'],
  ])("skips %s", (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("lints front-matter fields a config opts in", () => {
    const text = "---\ntitle: Refunds\ndescription: We decide at our sole discretion.\n---\nHello.\n";
    const findings = lint(text, { rulebook: testRulebook, frontMatterFields: ["description"] }).findings;
    expect(findings.map((f) => [text.slice(f.range.start, f.range.end), f.start.line])).toEqual([["at our sole discretion", 3]]);
  });

  it("lints plain text as prose without Markdown parsing", () => {
    const text = "Code `at our sole discretion` stays prose in a .txt file.";
    expect(flagged(text, { syntax: "text" })).toEqual(["at our sole discretion"]);
  });

  it("maps ranges exactly after emoji, CRLF and a BOM", () => {
    const text = "\uFEFF😀 Intro line.\r\n\r\nWe decide 😀 at our sole discretion.\r\n";
    const [finding] = lint(text, { rulebook: testRulebook }).findings;
    expect(text.slice(finding!.range.start, finding!.range.end)).toBe("at our sole discretion");
    expect(finding!.start).toEqual({ line: 3, column: 14 });
  });
});

describe("bare links", () => {
  it.each([
    "Write to help@example.com at our sole discretion.",
    "Visit https://example.com/path?q=1 at our sole discretion.",
    "Visit www.example.com at our sole discretion.",
  ])("blanks the link but lints the rest: %s", (text) => {
    const view = buildProseView(text);
    expect(view.text).not.toMatch(/example/);
    expect(flagged(text)).toEqual(["at our sole discretion"]);
  });
  it("keeps the sentence's closing period", () => {
    expect(buildProseView("See https://example.com.").text.endsWith(".")).toBe(true);
  });
  it("treats a GFM table as cells and a task list item as a list item", () => {
    const view = buildProseView("| a | b |\n|---|---|\n| c | d |\n\n- [ ] Task here\n");
    expect(view.blocks.map((b) => b.block)).toEqual(["table-cell", "table-cell", "table-cell", "table-cell", "list-item"]);
    expect(view.text).not.toContain("[ ]");
  });
});
