// Writes the inline directives that turn a rule off (`<!-- outside-in-disable-next-line id -->`,
// `<!-- outside-in-disable-file id -->`) as plain edits, for any host that offers them.
import type { TextEdit } from "./types.ts";

/** Where a `disable-file` comment goes: after front matter (which must stay first), else at the top. */
export function fileDirectiveOffset(text: string): number {
  const fm = /^\uFEFF?(?:---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) return fm[0].length;
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/** The document's own line break, so an inserted comment does not mix styles. */
function eol(text: string): string {
  return /\r\n/.test(text) ? "\r\n" : "\n";
}

// Lines that are only Markdown markers (setext underlines, fences, thematic breaks, table rules)
// change meaning if text is appended to them.
const MARKERS_ONLY = /^[ \t]*(?:[-=*_~`+|:#>][ \t]*)*$/;
const FENCE_LINE = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * The `disable-next-line` comment for the line holding `offset`. Inside a paragraph (the line
 * above has text) it goes at the end of the line above, as an inline comment: a comment on a line
 * of its own would end the paragraph there and change how the document renders. Otherwise it goes
 * on its own line above, with the line's indentation.
 */
export function lineDirectiveEdit(text: string, offset: number, ruleId: string): TextEdit {
  const comment = `<!-- outside-in-disable-next-line ${ruleId} -->`;
  const start = lineStart(text, offset);
  const breakLength = text[start - 2] === "\r" && text[start - 1] === "\n" ? 2 : start > 0 ? 1 : 0;
  const previousEnd = start - breakLength;
  const previous = start > 0 ? text.slice(lineStart(text, previousEnd), previousEnd) : "";
  const current = text.slice(start);
  const previousIsCode = /^(?: {4}|\t)/.test(previous) && !/^(?: {4}|\t)/.test(current);
  if (previous.trim() !== "" && !MARKERS_ONLY.test(previous) && !FENCE_LINE.test(previous) && !previousIsCode) {
    return { range: { start: previousEnd, end: previousEnd }, text: ` ${comment}` };
  }
  const indent = /^[ \t]*/.exec(current)![0];
  return { range: { start, end: start }, text: `${indent}${comment}${eol(text)}` };
}

/** The `disable-file` comment, on a line of its own (with a blank line after it at the very top). */
export function fileDirectiveEdit(text: string, ruleId: string): TextEdit {
  const nl = eol(text);
  const at = fileDirectiveOffset(text);
  return { range: { start: at, end: at }, text: `<!-- outside-in-disable-file ${ruleId} -->${nl}${at > 0 ? "" : nl}` };
}
