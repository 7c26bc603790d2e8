// Lexicons compiled for matching: each entry is a sequence of words, matched by word or lemma
// (an all-capitals entry like "ARR" matches its exact case, plural too), indexed by first word.
import type { Lexicon } from "../../types.ts";
import { tokenize, type Token } from "../../nlp/tokens.ts";
import { allForms, lemmatize } from "../../nlp/morphology.ts";
import { rarity } from "./common-words.ts";

interface EntryWord {
  lower: string;
  /** The entry word read as a plural noun and as a verb form, so "leads" and "lead" meet. */
  lemmas: string[];
  /** Acronyms match case-sensitively. */
  exact?: string;
}

interface CompiledEntry {
  phrase: string;
  words: EntryWord[];
}

export interface WordClass {
  id: string;
  /** Every form of each entry's rarest word, lowercase: the class cannot match without one of them. */
  triggers: string[];
  /** Lengths (in tokens) of the entries that match at `tokens[i]`, longest first. */
  matchAt(tokens: readonly Token[], i: number): number[];
  /** Words (and lemmas) entries begin with, for indexes over several classes. */
  firstWords: string[];
}

const ACRONYM = /^[\p{Lu}\p{N}&]{2,}$/u;
const NONE: number[] = [];

function entryWord(text: string): EntryWord {
  const lower = text.toLowerCase().replace(/’/g, "'");
  if (ACRONYM.test(text)) return { lower, lemmas: [lower], exact: text };
  return { lower, lemmas: [...new Set([lower, lemmatize(lower, "NNS"), lemmatize(lower, "VBZ"), lemmatize(lower, "VBD"), lemmatize(lower, "VBG")])] };
}

function wordMatches(word: EntryWord, token: Token): boolean {
  if (word.exact) return token.text === word.exact || token.text === `${word.exact}s`;
  return token.lower === word.lower || word.lemmas.includes(token.lemma) || word.lemmas.includes(token.lower);
}

// Forms whose lemma is the entry word, so a sentence with "leads" or "charged" is not skipped.
function formsOfWord(word: EntryWord): string[] {
  if (word.exact) return [word.lower, `${word.lower}s`];
  const base = word.lower;
  const forms = new Set([base, ...word.lemmas, `${base}s`, `${base}es`, ...allForms(base)]);
  if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + "ies");
  return [...forms];
}

/** Compiles a lexicon plus any entries a config adds. */
export function compileWordClass(lexicon: Lexicon, extra: readonly string[] = []): WordClass {
  const entries: CompiledEntry[] = [...lexicon.entries.map((e) => e.phrase), ...extra]
    .map((phrase) => ({ phrase, words: tokenize(phrase).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => entryWord(t.text)) }))
    .filter((e) => e.words.length > 0);
  const byFirst = new Map<string, CompiledEntry[]>();
  for (const entry of entries) {
    for (const key of entry.words[0]!.lemmas) {
      const list = byFirst.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byFirst.set(key, list);
    }
  }
  return {
    id: lexicon.id,
    // Every word of an entry must be present, so its rarest word is enough to look for.
    triggers: [...new Set(entries.flatMap((e) => formsOfWord(e.words.reduce((best, w) => (rarity(w.lower) > rarity(best.lower) ? w : best)))))],
    firstWords: [...byFirst.keys()],
    matchAt(tokens, i) {
      const token = tokens[i];
      if (!token) return NONE;
      const byWord = byFirst.get(token.lower);
      const byLemma = token.lemma === token.lower ? undefined : byFirst.get(token.lemma);
      if (!byWord && !byLemma) return NONE;
      let lengths: number[] | undefined;
      for (const list of [byWord, byLemma]) {
        for (const entry of list ?? []) {
          const n = entry.words.length;
          if (lengths?.includes(n)) continue;
          let all = true;
          for (let k = 0; k < n && all; k++) all = tokens[i + k] !== undefined && wordMatches(entry.words[k]!, tokens[i + k]!);
          if (all) (lengths ??= []).push(n);
        }
      }
      return lengths ? lengths.sort((a, b) => b - a) : NONE;
    },
  };
}
