// Tokens of one sentence: words (clitics split as in the Penn Treebank: "don't" is "do" + "n't"),
// numbers and punctuation, with offsets into the sentence text.

/** Penn Treebank tags, plus PUNCT for punctuation. */
export type Tag =
  | "CC" | "CD" | "DT" | "EX" | "FW" | "IN" | "JJ" | "JJR" | "JJS" | "LS" | "MD" | "NN" | "NNS" | "NNP" | "NNPS"
  | "PDT" | "POS" | "PRP" | "PRP$" | "RB" | "RBR" | "RBS" | "RP" | "SYM" | "TO" | "UH" | "VB" | "VBD" | "VBG"
  | "VBN" | "VBP" | "VBZ" | "WDT" | "WP" | "WP$" | "WRB" | "PUNCT";

export const TAGS: readonly Tag[] = [
  "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",
  "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "PUNCT",
];

/** Universal part-of-speech classes, derived from the tag (and the lemma for auxiliaries). */
export type Pos = "NOUN" | "PROPN" | "VERB" | "AUX" | "ADJ" | "ADV" | "DET" | "PRON" | "ADP" | "CCONJ" | "SCONJ" | "PART" | "NUM" | "PUNCT" | "SYM" | "INTJ" | "X";

export const POS_CLASSES: readonly Pos[] = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "INTJ", "X"];

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercase, with curly apostrophes made straight. */
  lower: string;
  /** Offsets into the sentence text: [start, end). */
  start: number;
  end: number;
  tag: Tag;
  pos: Pos;
  /** Dictionary form: "suspended" -> "suspend", "accounts" -> "account", "'re" -> "be". */
  lemma: string;
  /** Clause number within the sentence, from 0; commas before a new subject, semicolons and subordinators start clauses. */
  clause: number;
}

/** A token before tagging. */
export interface RawToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words (with inner apostrophes, hyphens and dotted abbreviations), numbers, then any other non-space.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S/gu;
// Clitics split off a word's end, longest first.
const CLITIC = /(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** Splits sentence text into tokens. Never throws; empty text gives no tokens. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const clitic = CLITIC.exec(word);
    if (clitic && clitic.index > 0) {
      const cut = clitic.index;
      tokens.push(raw(word.slice(0, cut), start));
      tokens.push(raw(word.slice(cut), start + cut));
    } else tokens.push(raw(word, start));
  }
  return tokens;
}

function raw(text: string, start: number): RawToken {
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length };
}
