// The one place where edits are applied. The CLI's --fix, the editor's quick fixes and the
// playground all call applyFixes, so overlap, line-ending and BOM handling live here only.
import type { OffsetRange, Suggestion, TextEdit } from "./types.ts";

export interface AppliedFixes {
  output: string;
  /** Edits that were applied, in source order. */
  applied: TextEdit[];
  /** Edits skipped because they overlapped an earlier one or fell outside the text. */
  skipped: TextEdit[];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// An edit may not start or end between the two halves of an emoji or other astral character.
function splitsSurrogate(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset));
}

/** Uses the text's own line ending for line breaks inside inserted text. */
function withLineEndings(text: string, inserted: string): string {
  if (!inserted.includes("\n")) return inserted;
  const crlf = /\r\n/.test(text);
  return crlf ? inserted.replace(/\r?\n/g, "\r\n") : inserted;
}

/**
 * Applies non-overlapping edits to `text`. Edits are sorted by position; an edit that overlaps an
 * earlier one (or touches a BOM, or splits a surrogate pair) is skipped, never merged.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): AppliedFixes {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cursor = 0;
  let lastEnd = -1;
  let output = "";
  for (const edit of sorted) {
    const { start, end } = edit.range;
    const valid =
      Number.isInteger(start) && Number.isInteger(end) && start >= bom && end >= start && end <= text.length &&
      !splitsSurrogate(text, start) && !splitsSurrogate(text, end);
    // Two insertions at one point, or an edit starting inside the previous one, overlap.
    if (!valid || start < lastEnd || (start === lastEnd && applied.length > 0 && start === applied.at(-1)!.range.start)) {
      skipped.push(edit);
      continue;
    }
    output += text.slice(cursor, start) + withLineEndings(text, edit.text);
    cursor = end;
    lastEnd = end;
    applied.push(edit);
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

/** The smallest single edit that turns `before` into `after` (for editors' undo stacks and fix-all). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: { start, end: before.length - end }, text: after.slice(start, after.length - end) };
}

/** Where a suggestion's `[placeholders]` land in the text after applyFixes(text, suggestion.edits). */
export function placeholdersAfter(suggestion: Suggestion): OffsetRange[] {
  const order = suggestion.edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.range.start - b.edit.range.start);
  const startOf = new Map<number, number>();
  let shift = 0;
  for (const { edit, index } of order) {
    startOf.set(index, edit.range.start + shift);
    shift += edit.text.length - (edit.range.end - edit.range.start);
  }
  return (suggestion.placeholders ?? []).map((p) => ({ start: startOf.get(p.edit)! + p.start, end: startOf.get(p.edit)! + p.end }));
}
