// applyFixes is the one edit applier for every front end: overlaps, line endings, BOM, surrogates.
import { describe, expect, it } from "vitest";
import { applyFixes, fixAll } from "../../src/core/index.ts";
import { articleFor } from "../../src/core/text/article.ts";
import { fillTemplate, matchCase, opensSentenceAt } from "../../src/core/text/case.ts";
import { testRulebook } from "./fixtures.ts";

const edit = (start: number, end: number, text: string) => ({ range: { start, end }, text });

describe("applyFixes", () => {
  it("applies edits in source order whatever order they come in", () => {
    expect(applyFixes("abc def ghi", [edit(8, 11, "G"), edit(0, 3, "A")]).output).toBe("A def G");
  });
  it("skips an edit that overlaps an earlier one", () => {
    const result = applyFixes("abcdef", [edit(0, 3, "X"), edit(2, 4, "Y"), edit(4, 6, "Z")]);
    expect(result.output).toBe("XdZ");
    expect(result.skipped).toEqual([edit(2, 4, "Y")]);
  });
  it("skips a second insertion at the same point", () => {
    expect(applyFixes("ab", [edit(1, 1, "X"), edit(1, 1, "Y")]).output).toBe("aXb");
  });
  it("uses CRLF in inserted text when the file uses CRLF", () => {
    expect(applyFixes("a\r\nb", [edit(1, 1, "\nX")]).output).toBe("a\r\nX\r\nb");
    expect(applyFixes("a\nb", [edit(1, 1, "\nX")]).output).toBe("a\nX\nb");
  });
  it("never touches a BOM", () => {
    const result = applyFixes("\uFEFFabc", [edit(0, 2, "X")]);
    expect(result.output).toBe("\uFEFFabc");
    expect(result.skipped).toHaveLength(1);
  });
  it("refuses edits that split a surrogate pair or leave the text", () => {
    const text = "a😀b";
    expect(applyFixes(text, [edit(2, 3, "X")]).output).toBe(text);
    expect(applyFixes(text, [edit(3, 99, "X")]).output).toBe(text);
    expect(applyFixes(text, [edit(1, 3, "X")]).output).toBe("aXb");
  });
});

describe("rewrite templates", () => {
  it("fills capture groups", () => {
    expect(fillTemplate("you $2 $1 ${1}$$", ["all", "a", "b"])).toBe("you b a a$");
  });
  it("lowers a sentence-opening function word that a template moves inside the rewrite", () => {
    expect(fillTemplate("we've suspended $1", ["", "Your account"])).toBe("we've suspended your account");
    expect(fillTemplate("$1 was closed", ["", "Your account"])).toBe("Your account was closed");
    expect(fillTemplate("we emailed $1", ["", "Madison users"])).toBe("we emailed Madison users");
    expect(fillTemplate("we emailed $1", ["", "THE TEAM"])).toBe("we emailed THE TEAM");
  });
  it.each([
    ["Users must", "you must", true, "You must"],
    ["USERS MUST", "you must", true, "YOU MUST"],
    ["users must", "you must", false, "you must"],
    ["users must", "You must", false, "You must"],
    ["MUST", "please", false, "PLEASE"],
    ["MAU", "monthly active users", false, "monthly active users"],
    ["MAU", "monthly active users", true, "Monthly active users"],
    ["KPIs", "key measures", false, "key measures"],
    ["OKRs", "goals", false, "goals"],
    ["OKR", "goal", true, "Goal"],
  ] as const)("keeps the case of %s (opening a sentence: %s)", (original, replacement, opens, expected) => {
    expect(matchCase(original, replacement, opens)).toBe(expected);
  });
  it.each([
    ["Review them. ", true],
    ["Notes:\n- ", true],
    ["We review ", false],
    ["", true],
  ] as const)("knows whether a word after %j opens a sentence", (before, expected) => {
    expect(opensSentenceAt(`${before}OKRs now`, before.length)).toBe(expected);
  });
  it.each([
    ["apple", "an"], ["user", "a"], ["hour", "an"], ["number", "a"], ["FAQ", "an"], ["KPI", "a"], ["one", "a"], ["8-page", "an"], ["umbrella", "an"],
  ] as const)("puts %s after %s", (word, article) => {
    expect(articleFor(word)).toBe(article);
  });
});

describe("fixAll", () => {
  it("applies safe suggestions until nothing changes", () => {
    const text = "Users must sign in. We decide at our sole discretion. Customers must pay.";
    const result = fixAll(text, { rulebook: testRulebook });
    expect(result.output).toBe("You must sign in. We decide based on the published criteria. You must pay.");
    expect(result.fixed).toBe(3);
    expect(fixAll(result.output, { rulebook: testRulebook }).fixed).toBe(0);
  });
  it("leaves suggestions that are not safe", () => {
    const text = "We decide at our **sole** discretion.";
    expect(fixAll(text, { rulebook: testRulebook }).output).toBe(text);
  });
});
