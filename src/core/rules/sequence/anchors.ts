// The words a sequence rule cannot match without (Vale's "anchor first"): for each pattern, the
// literal forms of its first required spec that names words, lemmas or a word class. A sentence
// without any of them is skipped before it is tagged.
import type { SequenceRule } from "../../types.ts";
import { inflect } from "../../nlp/morphology.ts";
import type { TokenPattern, TokenSpec } from "./token-spec.ts";
import type { WordClass } from "./word-classes.ts";

const BE_FORMS = ["be", "is", "are", "am", "was", "were", "'re", "'m", "'s", "’re", "’m", "’s"];
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The spec a pattern is anchored on: required (no "?", "*" or "!") and literal. */
export function anchorSpec(pattern: TokenPattern): TokenSpec | undefined {
  return pattern.find((s) => (s.op === undefined || s.op === "+") && (s.word !== undefined || s.lemma !== undefined || s.class !== undefined));
}

function formsOfLemma(lemma: string): string[] {
  if (lemma === "be") return BE_FORMS;
  const forms = new Set([lemma, ...(["past", "participle", "third", "gerund"] as const).map((f) => inflect(lemma, f))]);
  return [...forms];
}

/** Lowercase substrings a matching sentence must contain, or undefined when a pattern has no anchor. */
export function sequenceTriggers(rule: SequenceRule, classes: ReadonlyMap<string, WordClass>): string[] | undefined {
  const words = new Set<string>();
  for (const { tokens: pattern } of rule.patterns) {
    const anchor = anchorSpec(pattern);
    if (!anchor) return undefined;
    // A spec with several tests is anchored on the most selective one it has.
    if (anchor.word !== undefined) for (const w of asList(anchor.word)) words.add(w.toLowerCase());
    else if (anchor.lemma !== undefined) for (const l of asList(anchor.lemma)) for (const f of formsOfLemma(l.toLowerCase())) words.add(f);
    else for (const id of asList(anchor.class)) {
      const wordClass = classes.get(id);
      if (!wordClass) continue;
      for (const t of wordClass.triggers) words.add(t);
    }
  }
  return [...words];
}
