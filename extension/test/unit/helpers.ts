// Test helpers: the core's test rulebook and a minimal TextDocument over a string.
import { createLineIndex } from "../../../src/core/index.ts";
import { Position, Range } from "./fake-vscode.ts";
export { testRulebook as rulebook } from "../../../test/core/fixtures.ts";

export function textDocument(text: string, languageId = "markdown", version = 1) {
  const lines = createLineIndex(text);
  const offsetAt = (p: Position): number => {
    let line = 0;
    let i = 0;
    while (line < p.line && i < text.length) {
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      if (text[i] === "\n" || text[i] === "\r") line++;
      i++;
    }
    return i + p.character;
  };
  return {
    uri: { toString: () => "file:///doc.md" },
    languageId,
    version,
    getText: (range?: Range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    positionAt: (offset: number) => {
      const p = lines.position(offset);
      return new Position(p.line - 1, p.column - 1);
    },
    offsetAt,
  };
}
