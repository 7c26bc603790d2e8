// Where a Markdown document may be cut so that each piece parses alone exactly as it does inside
// the whole. Shared by incremental linting (chunks cached per keystroke) and by the prose view
// (large documents parsed in pieces, so parse time stays linear in the document's size).
//
// Markdown's block structure is decided line by line, front to back. A chunk starts at an
// unindented line after a blank line; if the text before it leaves no block open that survives
// such a line (only a fenced code block or an HTML block of kinds 1-5 does: lists, quotes,
// paragraphs and tables all end there), the parser is in its start state again. Link and footnote
// definitions are global, so labels defined elsewhere are added to a chunk as stub definitions.
import type { Root, RootContent } from "mdast";

/**
 * Offsets where a chunk may start: unindented lines after a blank line (Markdown) or after an empty
 * line (plain text, whose paragraphs are runs of non-empty lines). Lines that could open front
 * matter (`---`, `+++`) never start a chunk. Always includes 0.
 */
export function chunkStarts(text: string, syntax: "markdown" | "text" = "markdown"): number[] {
  const starts = [0];
  const n = text.length;
  let previousBlank = false;
  // A hand-written line scan: this runs on every keystroke over the whole document.
  for (let at = 0; at < n; ) {
    let end = at;
    let blank = true;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      // Markdown: a line of spaces and tabs is blank. Plain text: only an empty line is.
      if (syntax === "text" || (c !== 32 && c !== 9 && c !== 12 && c !== 11)) blank = false;
      end++;
    }
    if (previousBlank && at > 0 && !blank) {
      const first = text.charCodeAt(at);
      const startsWithSpace = first === 32 || first === 9 || first === 12 || first === 11 || first === 0xa0 || /\s/.test(text[at]!);
      const frontMatterLike = text.startsWith("---", at) || text.startsWith("+++", at);
      if (!startsWithSpace && !frontMatterLike) starts.push(at);
    }
    previousBlank = blank;
    // Step over the line break (\r\n counts as one).
    if (end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end += 2;
    else end += 1;
    at = end;
  }
  return starts;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const HTML_KINDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Start of the line holding `offset` (\r, \n and \r\n all end lines). */
function lineStartBefore(source: string, offset: number): number {
  return Math.max(source.lastIndexOf("\n", offset - 1), source.lastIndexOf("\r", offset - 1)) + 1;
}

/** True unless `node` is a fenced code block or HTML block of kinds 1-5 that is still open. */
export function closed(node: RootContent, source: string): boolean {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const raw = source.slice(start, end);
  if (node.type === "code") {
    // Node positions start after any indentation: take the whole first line.
    const lineStart = lineStartBefore(source, start);
    const open = FENCE.exec(source.slice(lineStart, end));
    if (!open) return true; // indented code
    const lines = raw.split(/\r\n|\n|\r/);
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1)!);
    return lines.length >= 2 && !!close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length;
  }
  if (node.type === "html") {
    const lineStart = lineStartBefore(source, start);
    const text = source.slice(lineStart, end);
    for (const [opener, closer] of HTML_KINDS) {
      const m = opener.exec(text);
      if (m) return closer.test(text.slice(m[0].length));
    }
  }
  return true;
}

/** Front matter the text opens (`---` or `+++` on its first line) but the parse did not close. */
export function frontMatterLeftOpen(chunkText: string, tree: Root): boolean {
  const firstNode = tree.children[0]?.type as string | undefined;
  return /^\uFEFF?(?:---|\+\+\+)[ \t]*(?:\r\n|\n|\r)/.test(chunkText) && firstNode !== "yaml" && firstNode !== "toml";
}

/** Link and footnote definition labels defined in [from, to) (`^` prefix for footnotes). */
export function definitionLabels(tree: Root, from: number, to: number): string[] {
  const labels: string[] = [];
  // An explicit stack: trees from hostile input can be deeper than the call stack.
  const stack: RootContent[] = [...tree.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    const at = node.position?.start.offset ?? -1;
    if (node.type === "definition" && at >= from && at < to) labels.push(node.label ?? node.identifier);
    else if (node.type === "footnoteDefinition" && at >= from && at < to) labels.push(`^${node.label ?? node.identifier}`);
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  return labels;
}

/** Stub definitions (`[label]: #`) for labels defined outside a chunk. */
export function stubs(labels: readonly string[]): string {
  return labels.map((label) => `[${label.replace(/\s+/g, " ")}]: #`).join("\n");
}

/**
 * A chunk with stub definitions around it. They go after the first chunk (front matter must stay at
 * the very start) and before every other chunk (so an unclosed fence cannot swallow them).
 */
export function withStubs(chunkText: string, first: boolean, definitions: string): { source: string; from: number } {
  if (!definitions) return { source: chunkText, from: 0 };
  if (first) return { source: `${chunkText}\n\n${definitions}\n`, from: 0 };
  const prefix = `${definitions}\n\n`;
  return { source: prefix + chunkText, from: prefix.length };
}

// A label as CommonMark compares labels: whitespace runs collapsed, trimmed, case-folded.
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

// Every innermost `[...]` (backslash escapes allowed inside): a reference's label is always one,
// since a label cannot hold an unescaped bracket. Extra matches only cost a harmless stub.
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** The labels from `labels` that `chunkText` could refer to (a superset of the ones it does). */
export function labelsReferredTo(chunkText: string, labels: readonly string[]): string[] {
  if (labels.length === 0 || !chunkText.includes("]")) return [];
  const bracketed = new Set<string>();
  for (const m of chunkText.matchAll(BRACKETED)) bracketed.add(normalizeLabel(m[1]!));
  // A footnote reference [^x] and a definition label "^x" normalize alike.
  return labels.filter((label) => bracketed.has(normalizeLabel(label)));
}
