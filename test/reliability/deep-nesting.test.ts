// Item 2: pathological Markdown: nesting far past any real document must never throw, and the prose in
// the shallow parts around it is still linted.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/core/index.ts";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { testRulebook } from "../core/fixtures.ts";

const lintTest = (text: string) => lint(text, { rulebook: testRulebook });
const shallowProse = "Users must pay.\n\n";

describe("2. deep nesting is plain text past a fixed depth", () => {
  const deep = {
    "2,000 nested list items": "- ".repeat(2000) + "x",
    "2,000 nested blockquotes": "> ".repeat(2000) + "x",
    "2,000 tight blockquotes": ">".repeat(2000) + "x",
    "1,000 quotes and 1,000 list items, interleaved": "> - ".repeat(1000) + "x",
  };
  for (const [name, text] of Object.entries(deep)) {
    it(`does not throw on ${name}`, () => {
      expect(() => lint(text)).not.toThrow();
    });
    it(`still lints the shallow prose around ${name}`, () => {
      const ids = lintTest(`${shallowProse}${text}\n\n${shallowProse}`).findings.map((f) => f.ruleId);
      expect(ids.filter((id) => id === "test-users-must")).toHaveLength(2);
    });
  }

  it("reads the part past the depth limit as plain text, with exact offsets", () => {
    const text = `${"> ".repeat(2000)}Users must pay.\n`;
    const view = buildProseView(text);
    expect(view.text).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) if (view.text[i] !== " ") expect(view.text[i]).toBe(text[i]);
    // The words sit at their source offsets, inside one block (the deep markers read as text).
    const at = text.indexOf("Users must pay.");
    expect(view.text.slice(at)).toBe("Users must pay.\n");
    expect(view.blocks.some((b) => b.range.start <= at && b.range.end >= at + 15)).toBe(true);
  });

  it("finishes 20 KB of 10,000 nested list levels", () => {
    const text = "- ".repeat(10_000) + "x";
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    expect(lintTest(text).findings).toBeInstanceOf(Array);
  });
});
