// The token-pattern language of `sequence` rules, as data (spaCy's Matcher is the model): a pattern
// is a list of token specs; each spec tests one token's word, lemma, tag, part of speech or word
// class, can repeat or be optional, and can name what it matched for the rewrite.
import type { Pos, Tag } from "../../nlp/tokens.ts";

/** Tests on one token; every test given must hold. Lists mean "any of these". */
export interface TokenTest {
  /** The word, case-insensitive ("must"). */
  word?: string | string[];
  /** The dictionary form ("be" matches is, are, was, 're...). */
  lemma?: string | string[];
  /** Penn Treebank tags; a trailing * matches a prefix ("VB*"). */
  tag?: string | string[];
  /** Universal part-of-speech classes (NOUN, VERB, AUX...). */
  pos?: Pos | Pos[];
  /** Lexicon ids (content/lexicons/): the token starts one of its entries, which may span several words. */
  class?: string | string[];
}

export interface TokenSpec extends TokenTest {
  /** The token must fail this test (or each test of a list). */
  not?: TokenTest | TokenTest[];
  /** "?" optional, "*" zero or more, "+" one or more (both at most `max`), "!" the next token must not match (consumes nothing). */
  op?: "?" | "*" | "+" | "!";
  /** Most tokens a repeated spec takes (default 4). */
  max?: number;
  /** Names the matched tokens for the rewrite template ({name}). */
  capture?: string;
  /** Where the token must stand. */
  at?: "sentence-start" | "clause-start";
}

export type TokenPattern = TokenSpec[];

export const TOKEN_TEST_KEYS = ["word", "lemma", "tag", "pos", "class"] as const;
export const TOKEN_SPEC_KEYS = [...TOKEN_TEST_KEYS, "not", "op", "max", "capture", "at"] as const;
export const DEFAULT_MAX_REPEAT = 4;
export type { Pos, Tag };
