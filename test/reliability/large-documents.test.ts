// Item 3: a large document is parsed in pieces of bounded size, so parsing time and memory grow
// with the document rather than faster (npm run bench measures the time at 1, 2, 4 and 8 MB).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseInPieces, PIECE_SIZE } from "../../src/core/markdown/pieces.ts";
import { lint } from "../../src/core/index.ts";

const samples = join(import.meta.dirname, "../../samples");
const sampleText = readdirSync(samples).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(samples, f), "utf8")).join("\n\n");
const about = (bytes: number) => {
  let text = "";
  while (text.length < bytes) text += `${sampleText}\n\n`;
  return text;
};

describe("3. lint time grows with the size of the document", () => {
  it.each([256 * 1024, 1024 * 1024])("a %i-character document of policy text is parsed in pieces of bounded size", (size) => {
    const text = about(size);
    let largest = 0;
    let covered = 0;
    parseInPieces(text, PIECE_SIZE, (piece) => {
      largest = Math.max(largest, piece.end - piece.start);
      covered += piece.end - piece.start;
    });
    expect(covered).toBe(text.length);
    expect(largest).toBeLessThanOrEqual(8 * PIECE_SIZE);
  });

  it("a document of many lists and quotes without blank lines is cut too", () => {
    const text = "- item one\n  > a quote\n- item two\n".repeat(20_000);
    let largest = 0;
    parseInPieces(text, PIECE_SIZE, (piece) => void (largest = Math.max(largest, piece.end - piece.start)));
    expect(largest).toBeLessThanOrEqual(8 * PIECE_SIZE);
  });

  it("lints a document repeated four times with four times the findings", () => {
    const once = about(64 * 1024);
    const count = (text: string) => lint(text).findings.filter((f) => f.ruleId !== "perspective-score-threshold").length;
    expect(count(`${once}\n\n`.repeat(4))).toBe(4 * count(`${once}\n\n`));
  });
});
