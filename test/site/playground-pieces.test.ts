// The playground's pure pieces, in Node: permalink state, which files open, and download names.
import { describe, expect, test } from "vitest";
import { hashForText, stateFromHash, textFromHash } from "../../site/src/scripts/playground/permalink.ts";
import { MAX_FILE_BYTES, readTextFile } from "../../site/src/scripts/playground/open-file.ts";
import { downloadName } from "../../site/src/scripts/playground/download.ts";

describe("permalink", () => {
  test("text and document type round-trip through the fragment", () => {
    const hash = hashForText("Users must & log in?", "survey");
    expect(stateFromHash(hash)).toEqual({ text: "Users must & log in?", documentType: "survey" });
    expect(textFromHash(hash)).toBe("Users must & log in?");
  });
  test("an empty state is an empty fragment; an unknown type is ignored", () => {
    expect(hashForText("")).toBe("");
    expect(stateFromHash("#text=Hi&type=poem")).toEqual({ text: "Hi" });
  });
});

describe("opening files", () => {
  test("Markdown opens with its line breaks as \\n", async () => {
    expect(await readTextFile(new File(["# Hi\r\nThere\r"], "a.md"))).toEqual({ ok: true, name: "a.md", text: "# Hi\nThere\n" });
  });
  test("a binary file is refused even under a text name, and so is an image name", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]);
    for (const file of [new File([png], "notes.md"), new File(["hello"], "photo.png", { type: "image/png" })]) {
      const opened = await readTextFile(file);
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.message).toMatch(new RegExp(`^${file.name} is not a text file`));
    }
  });
  test("a file over the limit is refused before it is read, with its size in the message", async () => {
    const opened = await readTextFile(new File(["x".repeat(MAX_FILE_BYTES + 1)], "big.md"));
    expect(!opened.ok && opened.message).toMatch(/^big\.md is too large \(513 KB\)/);
    expect((await readTextFile(new File(["x".repeat(MAX_FILE_BYTES)], "edge.txt"))).ok).toBe(true);
  });
});

describe("download names", () => {
  test("the opened file's name, made safe, or draft.md", () => {
    expect(downloadName("terms.md")).toBe("terms.md");
    expect(downloadName('a/b:"c".md')).toBe("a_b__c_.md");
    expect(downloadName(undefined)).toBe("draft.md");
    expect(downloadName("  ")).toBe("draft.md");
  });
});
