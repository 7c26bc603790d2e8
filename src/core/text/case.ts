// Rewrites keep the original's case: "Users must" becomes "You must", "USERS MUST" becomes "YOU MUST".
import { closedClass } from "../nlp/closed-class.ts";
import { lexiconTags } from "../nlp/lexicon.ts";

// Words capitalised only because they opened the sentence ("Your account has been closed").
const SENTENCE_OPENER = /^(?:The|This|That|These|Those|Such|Your|Our|Its|Their|All|Any|Each|Every|Some|A|An|It|They|You|We)\b/;

/**
 * True when the first word is capitalised only for its place: a function word, or a common word
 * (never a name in the lexicon) followed by a lower-case word or nothing ("Counter notices").
 */
function opensWithCapitalOnlyForPosition(value: string): boolean {
  if (SENTENCE_OPENER.test(value)) return true;
  const [, first, next] = /^(\p{Lu}\p{Ll}+)(?:\s+(\S+))?/u.exec(value) ?? [];
  if (!first || (next !== undefined && !/^\p{Ll}/u.test(next))) return false;
  const tags = lexiconTags(first.toLowerCase());
  return tags !== undefined && !tags.some((t) => t === "NNP" || t === "NNPS");
}

/**
 * Fills a replacement template: $1..$9 and ${n} are capture groups, $& is the whole match, $$ is "$".
 * A group moved away from the front ("we've closed $1") loses a sentence-opening capital on a
 * function word, so "Your account" becomes "your account"; names keep their capitals.
 */
export function fillTemplate(template: string, groups: Array<string | undefined>): string {
  const lead = template.length - template.trimStart().length;
  return template
    .replace(/\$(?:\$|&|\{(\d+)\}|(\d))/g, (token, braced: string | undefined, single: string | undefined, at: number) => {
      if (token === "$$") return "$";
      const value = (token === "$&" ? groups[0] : groups[Number(braced ?? single)]) ?? "";
      return at > lead && opensWithCapitalOnlyForPosition(value) ? value[0]!.toLowerCase() + value.slice(1) : value;
    })
    .replace(/ {2,}/g, " ")
    .trim();
}

const LETTER = /\p{L}/u;

const isWord = (lower: string) => closedClass(lower) !== undefined || lexiconTags(lower) !== undefined;

function capitaliseFirst(text: string): string {
  const i = text.search(LETTER);
  return i < 0 ? text : text.slice(0, i) + text[i]!.toUpperCase() + text.slice(i + 1);
}

/** Gives `replacement` the case pattern of `original`: all caps, or a leading capital. */
export function matchCase(original: string, replacement: string, opensSentence = true): string {
  // An acronym spelled out ("OKRs" to "goals") keeps the template's case, capitalised only to open a sentence.
  // "MUST" is a word in capitals, and stays shouted; "OKR" is not a word.
  const acronym = /^[\p{Lu}\p{N}]{2,}s?$/u.test(original) && !isWord(original.toLowerCase());
  if (acronym && /\p{Ll}/u.test(replacement)) {
    return opensSentence ? capitaliseFirst(replacement) : replacement;
  }
  const letters = original.match(/\p{L}/gu) ?? [];
  if (letters.length >= 2 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) {
    return replacement.toUpperCase();
  }
  const first = letters[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    const i = replacement.search(LETTER);
    if (i >= 0) return replacement.slice(0, i) + replacement[i]!.toUpperCase() + replacement.slice(i + 1);
  }
  return replacement;
}

/** True when `source[at]` opens a sentence, a line or a list item, where a capital belongs. */
export function opensSentenceAt(source: string, at: number): boolean {
  return /(?:^|[.!?:]["'”’)]*\s+|\n\s*(?:[-*+>]\s+|\d+[.)]\s+)?)$/.test(source.slice(Math.max(0, at - 40), at));
}
