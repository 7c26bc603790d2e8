// Builds a suggestion that replaces a matched span, keeping the original's case.
import type { Suggestion } from "../../types.ts";
import { fillTemplate, matchCase } from "../../text/case.ts";

/**
 * A rewrite of source[start, end). When the span holds markup (links, emphasis, code) the
 * prose view blanked, the rewrite would drop it, so it is offered but never marked safe.
 */
export function rewriteSuggestion(
  source: string,
  prose: string,
  start: number,
  end: number,
  template: string,
  groups: Array<string | undefined>,
  safe: boolean,
): Suggestion | undefined {
  const original = source.slice(start, end);
  const replacement = matchCase(prose, fillTemplate(template, groups));
  if (replacement === original) return undefined;
  const plain = original === prose;
  const title = replacement === "" ? `Remove "${prose.trim()}"` : `Replace with "${replacement}"`;
  let from = start;
  let to = end;
  let text = replacement;
  // Deleting a phrase also removes one neighbouring space so no double space is left.
  if (replacement === "") {
    if (source[to] === " ") to++;
    else if (source[from - 1] === " ") from--;
    text = "";
  }
  return { title, edits: [{ range: { start: from, end: to }, text }], safe: safe && plain };
}
