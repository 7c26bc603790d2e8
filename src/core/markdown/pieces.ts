// Parses a large document in pieces of about PIECE_SIZE characters. The parser (micromark) copies
// its whole list of events every time a list item or quote ends, so one parse of a long document
// takes time that grows with the square of its length; pieces keep that copy small and the total
// linear. Pieces are cut only where markdown/chunks.ts shows a piece parses as it does in the whole
// document, and each piece gets stub definitions for the link labels it uses from other pieces.
import type { Root } from "mdast";
import { parseMarkdown } from "./parse.ts";
import { chunkStarts, closed, definitionLabels, frontMatterLeftOpen, labelsReferredTo, stubs, withStubs } from "./chunks.ts";

/** Characters per piece, roughly: big enough that cutting costs nothing, small enough to stay linear. */
export const PIECE_SIZE = 8 * 1024;

// Past this many times the piece size without a blank-line cut, a long list is also cut between items.
const LONG_RUN = 2;

export interface ParsedPiece {
  /** Where the piece starts in the document. */
  start: number;
  /** Where the piece ends in the document. */
  end: number;
  tree: Root;
  /** Add to an offset in `tree` to get the offset in the document (stubs may come first). */
  shift: number;
}

// An unindented bullet item with content: it ends any open paragraph, list item or quote.
const BULLET_LINE = /(?:\r\n|\n|\r)(?=[-*+][ \t]+\S)/g;
// Sticky, tried at a bullet line: `- - -` and `* * *` are thematic breaks, not list items.
const THEMATIC_BREAK = /([-*_])(?:[ \t]*\1){2,}[ \t]*(?:\r\n|\n|\r|$)/y;

// The first bullet line starting in [from, to), or -1.
function bulletLineIn(text: string, from: number, to: number): number {
  BULLET_LINE.lastIndex = Math.max(0, from - 1);
  for (let m = BULLET_LINE.exec(text); m && m.index < to; m = BULLET_LINE.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= to) break;
    THEMATIC_BREAK.lastIndex = at;
    if (!THEMATIC_BREAK.test(text)) return at;
  }
  return -1;
}

/**
 * Parses `text` piece by piece (with `pieceSize` Infinity, as one piece) and hands each tree to
 * `visit` as soon as it is parsed, so trees never pile up. A piece that uses link labels defined in
 * another piece is parsed again with their stubs and visited again under the same index: that
 * visit replaces the first.
 */
export function parseInPieces(text: string, pieceSize: number, visit: (piece: ParsedPiece, index: number) => void): void {
  if (text.length <= pieceSize) return visit({ start: 0, end: text.length, tree: parseMarkdown(text), shift: 0 }, 0);
  const starts = chunkStarts(text);
  const pieces: Array<{ start: number; end: number; labels: string[] }> = [];
  let next = 0;
  for (let start = 0; start < text.length; ) {
    let want = start + pieceSize;
    for (;;) {
      while (next < starts.length && starts[next]! < want) next++;
      let end = starts[next] ?? text.length;
      // A bullet item at the top level closes everything but a top-level fence, HTML block or the
      // list itself, which a new list in the next piece replaces with the same prose.
      const bullet = end - start > LONG_RUN * pieceSize ? bulletLineIn(text, want, end) : -1;
      if (bullet > 0) end = bullet;
      const chunkText = text.slice(start, end);
      const tree = parseMarkdown(chunkText);
      const last = tree.children.at(-1);
      const clean =
        end === text.length ||
        (!(start === 0 && frontMatterLeftOpen(chunkText, tree)) &&
          (bullet > 0 ? last?.type === "list" : !last || closed(last, chunkText)));
      if (clean) {
        visit({ start, end, tree, shift: start }, pieces.length);
        pieces.push({ start, end, labels: definitionLabels(tree, 0, chunkText.length) });
        start = end;
        break;
      }
      // A fence or HTML block runs on past the cut: try again with twice the piece.
      want = start + 2 * (want - start);
    }
  }
  // Link labels are global: parse again, with stubs, each piece that uses labels from other pieces.
  const all = [...new Set(pieces.flatMap((p) => p.labels))].sort();
  if (all.length === 0) return;
  pieces.forEach(({ start, end, labels }, index) => {
    const chunkText = text.slice(start, end);
    const own = new Set(labels);
    const needed = labelsReferredTo(chunkText, all).filter((label) => !own.has(label));
    if (needed.length === 0) return;
    const { source, from } = withStubs(chunkText, start === 0, stubs(needed));
    visit({ start, end, tree: parseMarkdown(source), shift: start - from }, index);
  });
}
