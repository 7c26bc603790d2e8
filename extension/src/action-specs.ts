// Pure: the code actions a finding offers, as plain edits (offsets into the document's text).
import { fileDirectiveEdit, lineDirectiveEdit, type Finding, type Suggestion, type TextEdit } from "../../src/core/index.ts";

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
    specs.push({
      title: `Disable ${finding.ruleId} for this file`,
      kind: "quickfix",
      edits: [fileDirectiveEdit(text, finding.ruleId)],
      preferred: false,
    });
  }
  return specs;
}

export { fileDirectiveOffset, minimalEdit } from "../../src/core/index.ts";
