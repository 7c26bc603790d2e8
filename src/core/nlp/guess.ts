// Tags for words the lexicon does not hold, from their shape and ending. The lexicon build
// leaves out words this guesses right, so the two must stay in step (a test rebuilds and compares).
import type { Tag } from "./tokens.ts";

// Endings and the tags they suggest, most telling first.
const ENDINGS: Array<[RegExp, Tag[]]> = [
  [/ing$/, ["VBG", "NN"]],
  [/(?:ied|[^e]ed|eed)$/, ["VBN", "VBD", "JJ"]],
  [/ed$/, ["VBN", "VBD", "JJ"]],
  [/ly$/, ["RB", "JJ"]],
  [/(?:ous|ful|ive|able|ible|ical|less|ary|ish|ic|ent|ant)$/, ["JJ"]],
  [/(?:ness|ment|tion|sion|ity|ance|ence|ship|ism|hood|dom|ure|age)$/, ["NN"]],
  [/(?:ist|er|or|ee|ian)$/, ["NN"]],
  [/(?:ize|ise|ify|ate)$/, ["VB", "VBP"]],
  [/(?:ies|[^su]s)$/, ["NNS", "VBZ"]],
  [/(?:ers|ors|ments|tions|ities)$/, ["NNS"]],
];

/** Likely tags for a word no list holds; `text` keeps its case. */
export function guessTags(text: string, lower: string, sentenceInitial: boolean): Tag[] {
  if (/^\p{N}/u.test(text)) return ["CD"];
  if (!/\p{L}/u.test(text)) return ["SYM"];
  // A capital inside a sentence marks a name; acronyms (ARR, MQL) too.
  if (/^\p{Lu}{2,}s?$/u.test(text)) return text.endsWith("s") && text.length > 2 ? ["NNPS"] : ["NNP"];
  if (!sentenceInitial && /^\p{Lu}/u.test(text)) return ["NNP"];
  if (lower.includes("-")) {
    // "opted-in", "best-in-class", "follow-up": the last part decides, but most are adjectives.
    const last = lower.slice(lower.lastIndexOf("-") + 1);
    if (/ing$|ed$/.test(last)) return ["JJ"];
    return /s$/.test(last) && !/ss$/.test(last) ? ["NNS", "JJ"] : ["JJ", "NN"];
  }
  for (const [ending, tags] of ENDINGS) if (ending.test(lower)) return tags;
  // A capitalised first word no list knows, with no telling ending, is most often a name ("Brightwave will…").
  if (sentenceInitial && /^\p{Lu}\p{Ll}/u.test(text)) return ["NNP", "NN"];
  return ["NN"];
}
