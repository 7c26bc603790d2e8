// Converts offsets to 1-based line/column positions, as editors and ESLint-style output show them.
import type { Position } from "./types.ts";

export interface LineIndex {
  position(offset: number): Position;
}

/** Indexes line starts once so each lookup is a binary search. A leading BOM takes no column. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return {
    position(offset: number): Position {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const lineStart = starts[lo]! + (lo === 0 ? bom : 0);
      return { line: lo + 1, column: Math.max(0, offset - lineStart) + 1 };
    },
  };
}
