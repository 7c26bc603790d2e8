// Fills a sequence rule's rewrite template from a match: {name} inserts a captured slot as
// written, {name:form} re-inflects it (base, past, participle, third, gerund) from its lemma,
// turns an action noun into its verb (verb) or an adjective into its adverb (adverb), or changes
// a pronoun's case (object, subject); [square brackets] stay as placeholders for the writer.
import type { Token } from "../../nlp/tokens.ts";
import { adverbOf, inflect, verbOfNoun, type VerbForm } from "../../nlp/morphology.ts";
import type { TokenMatch } from "./match-tokens.ts";

const VERB_FORMS = new Set(["base", "past", "participle", "third", "gerund"]);
const OBJECT_CASE: Record<string, string> = { i: "me", we: "us", they: "them", he: "him", she: "her", who: "whom" };
const SUBJECT_CASE: Record<string, string> = Object.fromEntries(Object.entries(OBJECT_CASE).map(([s, o]) => [o, s]));

/** Filters a template may apply to a slot. */
export const TEMPLATE_FILTERS = [...VERB_FORMS, "object", "subject", "lower", "verb", "adverb"] as const;

/** Slot names and filters used in a template, for validation. */
export function templateSlots(template: string): Array<{ name: string; filter?: string }> {
  return [...template.matchAll(/\{([a-z][\w-]*)(?::([a-z]+))?\}/g)].map((m) => ({ name: m[1]!, filter: m[2] }));
}

/** True when a template leaves a [placeholder] for the writer to fill. */
export function hasPlaceholder(text: string): boolean {
  return /\[[^\]\n]+\]/.test(text);
}

function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The words of a slot, with a sentence-opening capital dropped when they move (names keep theirs). */
function slotText(text: string, tokens: readonly Token[], [from, to]: [number, number]): string {
  const value = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const first = tokens[from]!;
  const opensSentence = tokens.slice(0, from).every((t) => t.tag === "PUNCT");
  if (opensSentence && first.tag !== "NNP" && first.tag !== "NNPS" && first.lower !== "i" && /^\p{Lu}[\p{Ll}'’-]*$/u.test(first.text)) {
    return value[0]!.toLowerCase() + value.slice(1);
  }
  return value;
}

function applyFilter(filter: string, text: string, tokens: readonly Token[], [from, to]: [number, number]): string {
  if (filter === "lower") return text.toLowerCase();
  if (filter === "verb") return text.replace(/\p{L}+$/u, (w) => verbOfNoun(w));
  if (filter === "adverb") return text.replace(/\p{L}+$/u, (w) => adverbOf(w));
  if (filter === "object" || filter === "subject") {
    const table = filter === "object" ? OBJECT_CASE : SUBJECT_CASE;
    return text.replace(/\p{L}+/gu, (w) => (table[w.toLowerCase()] ? keepCase(w, table[w.toLowerCase()]!) : w));
  }
  // Re-inflect the last verb of the slot; the words around it stay.
  let verb = -1;
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") { verb = k; break; }
  if (verb < 0) verb = to - 1;
  const token = tokens[verb]!;
  const inflected = inflect(token.lemma, filter as VerbForm);
  const startInSlot = token.start - tokens[from]!.start;
  return text.slice(0, startInSlot) + keepCase(token.text, inflected) + text.slice(startInSlot + token.text.length);
}

/** The template filled from `match`; unknown or empty slots leave nothing, and spacing is tidied. */
export function fillSequenceTemplate(template: string, match: TokenMatch, tokens: readonly Token[], text: string): string {
  return template
    .replace(/\{([a-z][\w-]*)(?::([a-z]+))?\}/g, (_, name: string, filter: string | undefined) => {
      const span = name === "match" ? ([match.start, match.end] as [number, number]) : match.captures.get(name);
      if (!span || span[0] >= span[1]) return "";
      const value = slotText(text, tokens, span);
      return filter ? applyFilter(filter, value, tokens, span) : value;
    })
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}
