// findLinks / isInternalLink / resolveLink: what counts as internal, and where it points.
import { describe, expect, it } from "vitest";
import { findLinks, isInternalLink, resolveLink } from "../../src/core/content/links.ts";

describe("findLinks", () => {
  it("finds every link with its text, url and line", () => {
    const links = findLinks("Intro.\n\nSee [the *rule*](../rules/a.md) and <https://example.com>.\n");
    expect(links.map((l) => [l.text, l.url, l.line])).toEqual([
      ["the rule", "../rules/a.md", 3],
      ["https://example.com", "https://example.com", 3],
    ]);
  });

  it("ignores links inside code", () => {
    expect(findLinks("`[x](y.md)`\n")).toEqual([]);
  });
});

describe("isInternalLink", () => {
  it.each([
    ["../rules/a.md", true],
    ["principles/b.md#why", true],
    ["https://example.com", false],
    ["mailto:help@example.com", false],
    ["//cdn.example.com/x", false],
    ["#sources", false],
    ["", false],
  ])("%s -> %s", (url, internal) => {
    expect(isInternalLink(url)).toBe(internal);
  });
});

describe("resolveLink", () => {
  it("resolves relative to the linking file's folder", () => {
    expect(resolveLink("principles/a.md", "../rules/b.md")).toBe("rules/b.md");
    expect(resolveLink("index.md", "principles/a.md")).toBe("principles/a.md");
    expect(resolveLink("principles/a.md", "./c.md")).toBe("principles/c.md");
  });

  it("drops fragments and queries", () => {
    expect(resolveLink("principles/a.md", "b.md#sources")).toBe("principles/b.md");
    expect(resolveLink("principles/a.md", "b.md?x=1")).toBe("principles/b.md");
  });

  it("decodes percent-escapes", () => {
    expect(resolveLink("index.md", "a%20b.md")).toBe("a b.md");
  });

  it("returns undefined above the root or for malformed escapes", () => {
    expect(resolveLink("principles/a.md", "../../outside.md")).toBeUndefined();
    expect(resolveLink("index.md", "bad%zz.md")).toBeUndefined();
  });
});
