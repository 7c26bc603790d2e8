// A cap on Markdown container nesting. The parser's time and memory grow with the number of quote
// and list markers it must track on each line, and thousands of levels stall it or overflow the
// call stack. So before parsing, a line whose leading quote markers, list markers and indentation
// reach past NESTING_COLUMN_LIMIT columns has the character at that column replaced by a letter:
// the parser then reads the rest of the line as plain text inside the containers opened so far.
// The text keeps its length, so every offset still points at the same source character.

/**
 * Columns of leading container syntax (`>`, list markers, indentation; a tab counts to the next
 * multiple of 4) read as structure. Each level of nesting takes at least one column, so no line
 * opens more than this many containers; real documents stay far below it.
 */
export const NESTING_COLUMN_LIMIT = 100;

// Stands in for the first character past the limit; any letter ends the container markers.
const PLAIN_TEXT = "a";

export interface FlattenedText {
  /** The text to parse: as long as the source, equal to it outside `replaced`. */
  text: string;
  /** Offsets whose character was replaced, in order. */
  replaced: number[];
}

// A list marker at `at`: a bullet, or 1-9 digits and `.` or `)`, followed by a space, tab or line end.
function listMarkerLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let end = at;
  if (c === 45 || c === 42 || c === 43) end = at + 1; // - * +
  else {
    while (end < text.length && end - at < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === at) return 0;
    const d = text.charCodeAt(end);
    if (d !== 46 && d !== 41) return 0; // . )
    end++;
  }
  const after = text.charCodeAt(end);
  return after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after) ? end - at : 0;
}

// Where the line starting at `at` reaches the limit inside its container syntax, or -1.
function cutPoint(text: string, at: number): number {
  let column = 0;
  let i = at;
  while (i < text.length) {
    if (column >= NESTING_COLUMN_LIMIT) return i;
    const c = text.charCodeAt(i);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else if (c === 62) column++; // >
    else {
      const marker = listMarkerLength(text, i);
      if (marker === 0) return -1;
      column += marker;
      i += marker;
      continue;
    }
    i++;
  }
  return -1;
}

/** Replaces the first character past the nesting limit on each line that has one. */
export function flattenDeepNesting(source: string): FlattenedText {
  const replaced: number[] = [];
  let parts: string[] | undefined;
  let copiedTo = 0;
  for (let at = 0; at < source.length; ) {
    let lineEnd = at;
    while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    // A shorter line cannot reach the limit (a tab, the widest character, is 4 columns).
    if (lineEnd - at > NESTING_COLUMN_LIMIT / 4) {
      const cut = cutPoint(source, at);
      // A line of markers with nothing after them stays as it is: a letter would add a paragraph.
      if (cut >= 0 && cut < lineEnd && /\S/.test(source.slice(cut, lineEnd))) {
        (parts ??= []).push(source.slice(copiedTo, cut), PLAIN_TEXT);
        copiedTo = cut + 1;
        replaced.push(cut);
      }
    }
    at = lineEnd + 1;
  }
  if (!parts) return { text: source, replaced };
  parts.push(source.slice(copiedTo));
  return { text: parts.join(""), replaced };
}
