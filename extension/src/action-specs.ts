// Pure: the code actions a finding offers, as plain edits (offsets into the document's text).
import type { Finding, TextEdit } from "../../src/core/index.ts";

export interface ActionSpec {
  title: string;
  kind: "quickfix";
  edits: TextEdit[];
  /** The one VS Code applies for "auto fix" and shows first. */
  preferred: boolean;
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

/**
 * One action per suggestion (the first safe one preferred), then "disable for this line" and
 * "disable for this file" (Markdown only: plain text has no comments).
 */
export function actionSpecs(finding: Finding, text: string, syntax: "markdown" | "text"): ActionSpec[] {
  const specs: ActionSpec[] = [];
  const preferred = finding.suggestions.findIndex((s) => s.safe);
  finding.suggestions.forEach((s, i) => {
    specs.push({ title: s.title, kind: "quickfix", edits: s.edits, preferred: i === preferred });
  });
  if (syntax === "markdown") {
    const nl = eol(text);
    const start = lineStart(text, finding.range.start);
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    specs.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: "quickfix",
      edits: [{ range: { start, end: start }, text: `${indent}<!-- outside-in-disable-next-line ${finding.ruleId} -->${nl}` }],
      preferred: false,
    });
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

/** The smallest single edit that turns `before` into `after` (for fix-all on save). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: { start, end: before.length - end }, text: after.slice(start, after.length - end) };
}
