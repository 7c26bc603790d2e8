// The linguistic view of a sentence, computed on first request and shared by every rule.
import type { Sentence } from "../types.ts";
import { tagTokens } from "./tagger.ts";
import { tokenize, type Token } from "./tokens.ts";

const cache = new WeakMap<Sentence, Token[]>();

/** Tokens with tags, lemmas and clause numbers; offsets are relative to `sentence.text`. */
export function tokensOf(sentence: Sentence): Token[] {
  let tokens = cache.get(sentence);
  if (!tokens) cache.set(sentence, (tokens = tagTokens(tokenize(sentence.text))));
  return tokens;
}

const wordSets = new WeakMap<Sentence, Set<string>>();

/** The sentence's lowercase words, for rules that look for an anchor before searching. */
export function wordsOf(sentence: Sentence): Set<string> {
  let words = wordSets.get(sentence);
  if (!words) wordSets.set(sentence, (words = new Set(tokensOf(sentence).map((t) => t.lower))));
  return words;
}

/** Tags plain text (tests, the tagger comparison, the learned layer's training). */
export function analyseText(text: string): Token[] {
  return tagTokens(tokenize(text));
}
