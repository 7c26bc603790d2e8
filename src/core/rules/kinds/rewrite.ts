// Builds findings and suggestions that replace a matched span, keeping the original's case.
import type { Sentence, Suggestion } from "../../types.ts";
import type { CompiledPattern } from "../safe-pattern.ts";
import { insideMention } from "../../text/mentions.ts";
import { formatMessage, type RawFinding } from "../compiled-rule.ts";
import { articleFor } from "../../text/article.ts";
import { fillTemplate, matchCase, opensSentenceAt } from "../../text/case.ts";

/**
 * A rewrite of source[start, end) from a template with $1..$9 groups. When the span holds markup
 * (links, emphasis, code) the prose view blanked, the rewrite would drop it, so it is offered but
 * never marked safe.
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
  return replacementSuggestion(source, prose, start, end, fillTemplate(template, groups), safe);
}

/** A suggestion replacing source[start, end) with `text`, in the original's case. */
export function replacementSuggestion(source: string, prose: string, start: number, end: number, text: string, safe: boolean): Suggestion | undefined {
  const original = source.slice(start, end);
  const replacement = matchCase(prose, text, opensSentenceAt(source, start));
  if (replacement === original) return undefined;
  const plain = original === prose;
  const title = replacement === "" ? `Remove "${prose.trim()}"` : `Replace with "${replacement}"`;
  let from = start;
  let to = end;
  let inserted = replacement;
  // Deleting a phrase also removes one neighbouring space so no double space is left.
  if (replacement === "") {
    if (source[to] === " ") to++;
    else if (source[from - 1] === " ") from--;
  }
  // "an incredible number" loses "incredible": the article follows the new next word.
  const article = /(?:^|[^\p{L}])(an?)( +)$/iu.exec(source.slice(Math.max(0, start - 5), start));
  const nextWord = (replacement || source.slice(to).trimStart()).match(/^[\p{L}\p{N}]+/u)?.[0];
  if (article && nextWord && articleFor(nextWord) !== article[1]!.toLowerCase()) {
    const wanted = articleFor(nextWord);
    from = start - article[1]!.length - article[2]!.length;
    inserted = `${article[1]![0] === "A" ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted} ${replacement}`;
  }
  const placeholders = placeholdersIn(inserted);
  return {
    title,
    edits: [{ range: { start: from, end: to }, text: inserted }],
    safe: safe && plain && placeholders.length === 0,
    ...(placeholders.length ? { placeholders: placeholders.map(([start, end]) => ({ edit: 0, start, end })) } : {}),
  };
}

/** Where `[bracketed facts]` sit in a rewrite's text. */
export function placeholdersIn(text: string): Array<[number, number]> {
  return [...text.matchAll(/\[[^\]\n]+\]/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * One finding for the first pattern that matches outside a quoted mention (the sentence, not each
 * word, is the problem), with a rewrite of the matched words when a template is given.
 */
export function firstMatchFinding(
  patterns: readonly CompiledPattern[],
  sentence: Sentence,
  source: string,
  message: string,
  replace: string | undefined,
  safe: boolean,
): RawFinding[] {
  for (const pattern of patterns) {
    const m = pattern.matchAll(sentence.text).find((x) => !insideMention(sentence.mentions, x.start, x.end));
    if (!m) continue;
    const start = sentence.start + m.start;
    const end = sentence.start + m.end;
    const prose = sentence.text.slice(m.start, m.end);
    const suggestion = replace === undefined ? undefined : rewriteSuggestion(source, prose, start, end, replace, m.groups, safe);
    return [{ start, end, message: formatMessage(message, prose), suggestions: suggestion ? [suggestion] : [] }];
  }
  return [];
}
