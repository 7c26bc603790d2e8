// Pure: the code actions a finding offers, as plain edits (offsets into the document's text).
import type { Finding, Suggestion, TextEdit } from "../../src/core/index.ts";

export interface ActionSpec {
  title: string;
  kind: "quickfix";
  edits: TextEdit[];
  /** The one VS Code applies for "auto fix" and shows first. */
  preferred: boolean;
  /**
   * For a rewrite with `[placeholders]`: one edit as a snippet, each placeholder a tab stop that
   * starts selected, so the writer types the missing fact over it.
   */
  snippet?: { range: TextEdit["range"]; text: string };
}

// Characters a snippet reads as syntax.
const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, "\\$&");

/** A suggestion's one edit as snippet text: `${1:[how customers cancel]}` for each placeholder. */
export function snippetFor(suggestion: Suggestion): ActionSpec["snippet"] {
  const places = suggestion.placeholders ?? [];
  if (places.length === 0 || suggestion.edits.length !== 1 || places.some((p) => p.edit !== 0)) return undefined;
  const edit = suggestion.edits[0]!;
  let text = "";
  let at = 0;
  places.forEach((p, i) => {
    text += escapeSnippet(edit.text.slice(at, p.start)) + `\${${i + 1}:${escapeSnippet(edit.text.slice(p.start, p.end))}}`;
    at = p.end;
  });
  return { range: edit.range, text: text + escapeSnippet(edit.text.slice(at)) };
}

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

/**
 * One action per suggestion (the first safe one preferred), then "disable for this line" and
 * "disable for this file" where the document can hold HTML comments (Markdown; not plain text,
 * and not MDX, where `<!-- -->` is a syntax error).
 */
export function actionSpecs(finding: Finding, text: string, htmlComments: boolean): ActionSpec[] {
  const specs: ActionSpec[] = [];
  const preferred = finding.suggestions.findIndex((s) => s.safe);
  finding.suggestions.forEach((s, i) => {
    const snippet = snippetFor(s);
    specs.push({ title: s.title, kind: "quickfix", edits: s.edits, preferred: i === preferred, ...(snippet ? { snippet } : {}) });
  });
  if (htmlComments) {
    specs.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: "quickfix",
      edits: [lineDirectiveEdit(text, finding.range.start, finding.ruleId)],
      preferred: false,
    });
    const nl = eol(text);
    const at = fileDirectiveOffset(text);
    specs.push({
      title: `Disable ${finding.ruleId} for this file`,
      kind: "quickfix",
      edits: [{ range: { start: at, end: at }, text: `<!-- outside-in-disable-file ${finding.ruleId} -->${nl}${at > 0 ? "" : nl}` }],
      preferred: false,
    });
  }
  return specs;
}

export { minimalEdit } from "../../src/core/index.ts";
