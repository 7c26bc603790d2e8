// parseChecklist / principleIdOf: task items, their stable ids, text and principle links.
import { describe, expect, it } from "vitest";
import { parseChecklist, principleIdOf } from "../../src/core/content/checklist.ts";

const LIST = `---
id: sample
---

## Group one

- [ ] The refund window is stated in days. [Principle](../principles/transparency.md) <!-- id: refund-window -->
- [x] Fees are listed, see [the guide](https://example.com). [Principle](../principles/make-it-easy.md#do-and-dont) <!-- id: fees-listed -->

## Group two

- [ ] No id and no principle here.
- Not a task.
`;

describe("parseChecklist", () => {
  const parsed = parseChecklist(LIST);

  it("reads front matter and the ## groups", () => {
    expect(parsed.frontMatter).toEqual({ id: "sample" });
    expect(parsed.groups).toEqual(["Group one", "Group two"]);
  });

  it("reads each task's id, checked state, line and principle", () => {
    expect(parsed.items.map((i) => [i.id, i.checked, i.line, i.principles])).toEqual([
      ["refund-window", false, 7, ["transparency"]],
      ["fees-listed", true, 8, ["make-it-easy"]],
      [undefined, false, 12, []],
    ]);
  });

  it("keeps ordinary link text but drops the principle link and the id comment from the text", () => {
    expect(parsed.items[0]!.text).toBe("The refund window is stated in days.");
    expect(parsed.items[1]!.text).toBe("Fees are listed, see the guide.");
    expect(parsed.items[1]!.links).toHaveLength(2);
  });

  it("lists items without a checkbox separately", () => {
    expect(parsed.plainItems).toEqual([{ text: "Not a task.", line: 13 }]);
  });

  it("reads nested tasks as their own items", () => {
    const nested = parseChecklist("- [ ] Parent <!-- id: parent -->\n  - [ ] Child <!-- id: child -->\n");
    expect(nested.items.map((i) => [i.id, i.text])).toEqual([
      ["parent", "Parent"],
      ["child", "Child"],
    ]);
  });
});

describe("principleIdOf", () => {
  it.each([
    ["../principles/own-the-problem.md", "own-the-problem"],
    ["principles/easy.md#why", "easy"],
    ["../rules/shall.md", undefined],
    ["../principles/", undefined],
  ])("%s -> %s", (url, id) => {
    expect(principleIdOf(url)).toBe(id);
  });
});
