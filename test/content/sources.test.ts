// citationOf: a source entry's title, public link and date, as the playbook writes them.
import { describe, expect, it } from "vitest";
import { parsePrinciple } from "../../src/core/content/principle.ts";
import { citationOf } from "../../src/core/content/sources.ts";

const link = (text: string, url: string) => ({ text, url, range: { start: 0, end: 0 }, line: 1 });

describe("citationOf", () => {
  it("takes a quoted title and the year", () => {
    expect(citationOf('eXcentris, "7 Pillars of Customer Obsessive Organisations", 2019. Source of the pillar.', [])).toEqual({
      title: "7 Pillars of Customer Obsessive Organisations",
      url: undefined,
      date: "2019",
    });
  });

  it("takes a linked title with its link, and an honest undated before a later year", () => {
    const text = 'Lynn Hunsaker, "Customer-Centered Culture", CustomerThink, undated (an earlier version appeared in 2015).';
    expect(citationOf(text, [link('"Customer-Centered Culture"', "https://customerthink.com/x/")])).toEqual({
      title: "Customer-Centered Culture",
      url: "https://customerthink.com/x/",
      date: "undated",
    });
  });

  it("reads curly quotes, and ignores a link that is not the title", () => {
    const text = "“Firms of Endearment”, Wharton School Publishing, 2007, as summarised in Other Article.";
    expect(citationOf(text, [link("Other Article", "https://example.org/")])).toEqual({ title: "Firms of Endearment", url: undefined, date: "2007" });
  });

  it("leaves out what the entry does not say", () => {
    expect(citationOf("A blog post we read once.", [])).toEqual({ title: undefined, url: undefined, date: undefined });
  });
});

describe("parsePrinciple citations", () => {
  it("reads each Sources item, with its line", () => {
    const source = [
      "---",
      "id: alpha",
      "---",
      "",
      "Statement.",
      "",
      "## Sources",
      "",
      '- ["A public article"](https://example.org/a), Publisher, 2021. Source of one idea.',
      '- "A book", 1999.',
      "",
    ].join("\n");
    expect(parsePrinciple(source).citations).toEqual([
      { title: "A public article", url: "https://example.org/a", date: "2021", text: '"A public article", Publisher, 2021. Source of one idea.', line: 9 },
      { title: "A book", url: undefined, date: "1999", text: '"A book", 1999.', line: 10 },
    ]);
  });
});
