// The words a sequence rule cannot match without (Vale's "anchor first"). For each pattern, the
// required spec (not "?", "*" or "!") that names words, lemmas or a word class, and whose words
// are the rarest (no common word among them, the longest shortest form), gives every form those
// words can take; a sentence
// holding none of them, as whole words, is skipped before it is tagged.
import type { SequenceRule } from "../../types.ts";
import { allForms } from "../../nlp/morphology.ts";
import type { TokenPattern, TokenSpec } from "./token-spec.ts";
import type { WordClass } from "./word-classes.ts";
import { rarity } from "./common-words.ts";

const BE_FORMS = ["be", "is", "are", "am", "was", "were", "been", "being", "'re", "'m", "'s", "isn't", "aren't", "wasn't", "weren't"];
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The word as typed with either apostrophe. */
const withApostrophes = (word: string) => (word.includes("'") ? [word, word.replace(/'/g, "’")] : [word]);

/** Every form a lemma can take: verb inflections and the plural. */
export function formsOfLemma(lemma: string): string[] {
  if (lemma === "be") return BE_FORMS;
  const forms = new Set([lemma, lemma + "s", lemma + "es", ...allForms(lemma)]);
  if (/[^aeiou]y$/.test(lemma)) forms.add(lemma.slice(0, -1) + "ies");
  return [...forms];
}

/** The literal forms a spec needs in the sentence, or undefined when it names none. */
function formsOf(spec: TokenSpec, classes: ReadonlyMap<string, WordClass>): string[] | undefined {
  if (spec.op !== undefined && spec.op !== "+") return undefined;
  if (spec.word !== undefined) return asList(spec.word).map((w) => w.toLowerCase());
  if (spec.lemma !== undefined) return asList(spec.lemma).flatMap((l) => formsOfLemma(l.toLowerCase()));
  if (spec.class !== undefined) return asList(spec.class).flatMap((id) => classes.get(id)?.triggers ?? []);
  return undefined;
}

/** The spec a pattern is anchored on, if any. */
export function anchorSpec(pattern: TokenPattern, classes: ReadonlyMap<string, WordClass> = new Map()): TokenSpec | undefined {
  let best: { spec: TokenSpec; score: number } | undefined;
  for (const spec of pattern) {
    const forms = formsOf(spec, classes);
    // A class not compiled here still anchors the pattern (the rule schema asks only for one).
    if (!forms || (forms.length === 0 && spec.class === undefined)) continue;
    const score = forms.length === 0 ? 0 : Math.min(...forms.map(rarity)) - forms.length / 10000;
    if (!best || score > best.score) best = { spec, score };
  }
  return best?.spec;
}

/** Lowercase whole words a matching sentence must contain, or undefined when a pattern has no anchor. */
export function sequenceTriggers(rule: SequenceRule, classes: ReadonlyMap<string, WordClass>): string[] | undefined {
  const words = new Set<string>();
  for (const { tokens } of rule.patterns) {
    const anchor = anchorSpec(tokens, classes);
    if (!anchor) return undefined;
    for (const form of formsOf(anchor, classes) ?? []) for (const w of withApostrophes(form)) words.add(w);
  }
  return [...words];
}

/** The forms of one pattern's anchor as a set of lowercase words, or undefined when it has none. */
export function anchorForms(pattern: TokenPattern, classes: ReadonlyMap<string, WordClass>): Set<string> | undefined {
  const anchor = anchorSpec(pattern, classes);
  const forms = anchor && formsOf(anchor, classes);
  return forms && forms.length > 0 ? new Set(forms.map((f) => f.replace(/’/g, "'"))) : undefined;
}
