// Lexicons compiled for matching: each entry is a sequence of words, matched by word or lemma
// (an all-capitals entry like "ARR" matches its exact case, plural too), indexed by first word.
import type { Lexicon } from "../../types.ts";
import { tokenize, type Token } from "../../nlp/tokens.ts";
import { lemmatize } from "../../nlp/morphology.ts";

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
  /** Lowercase first words of every entry: the class cannot match without one of them. */
  triggers: string[];
  /** Lengths (in tokens) of the entries that match at `tokens[i]`, longest first. */
  matchAt(tokens: readonly Token[], i: number): number[];
}

const ACRONYM = /^[\p{Lu}\p{N}&]{2,}$/u;

function entryWord(text: string): EntryWord {
  const lower = text.toLowerCase().replace(/’/g, "'");
  if (ACRONYM.test(text)) return { lower, lemmas: [lower], exact: text };
  return { lower, lemmas: [...new Set([lower, lemmatize(lower, "NNS"), lemmatize(lower, "VBZ"), lemmatize(lower, "VBD"), lemmatize(lower, "VBG")])] };
}

function wordMatches(word: EntryWord, token: Token): boolean {
  if (word.exact) return token.text === word.exact || token.text === `${word.exact}s`;
  return token.lower === word.lower || word.lemmas.includes(token.lemma) || word.lemmas.includes(token.lower);
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
    triggers: [...new Set(entries.map((e) => e.words[0]!.lower))],
    matchAt(tokens, i) {
      const token = tokens[i];
      if (!token) return [];
      const candidates = new Set([...(byFirst.get(token.lower) ?? []), ...(byFirst.get(token.lemma) ?? [])]);
      const lengths: number[] = [];
      for (const entry of candidates) {
        if (entry.words.every((w, k) => tokens[i + k] !== undefined && wordMatches(w, tokens[i + k]!))) lengths.push(entry.words.length);
      }
      return [...new Set(lengths)].sort((a, b) => b - a);
    },
  };
}
