// Sorts characters into kinds (each ASCII letter, each ASCII punctuation mark, digits, white space,
// curly quotes, other letters, everything else) and says, as a bit mask over kinds, which kinds a
// single-character atom of a pattern can match. Atoms whose masks do not overlap never match the
// same character; backtracking-cost.ts relies on that.

/** A regjsparser AST node. */
export type RegNode = { type: string; [key: string]: any };

/** A set of kinds: kind k is bit `1n << k`. */
export type KindMask = bigint;

const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const CURLY_QUOTES = "‘’“”";
const DIGIT_KIND = 26;
const SPACE_KIND = 27;
const PUNCTUATION_KIND = 28;
const CONTROL_KIND = PUNCTUATION_KIND + PUNCTUATION.length;
const QUOTE_KIND = CONTROL_KIND + 1;
const OTHER_WORD_KIND = QUOTE_KIND + CURLY_QUOTES.length;
const OTHER_KIND = OTHER_WORD_KIND + 1;
/** How many kinds there are. */
export const KIND_COUNT = OTHER_KIND + 1;

const bit = (kind: number): KindMask => 1n << BigInt(kind);
/** Every kind of character. */
export const ANY_CHAR: KindMask = bit(KIND_COUNT) - 1n;
const LETTERS = bit(26) - 1n;
const DIGIT = bit(DIGIT_KIND);
const SPACE = bit(SPACE_KIND);
const UNDERSCORE = bit(PUNCTUATION_KIND + PUNCTUATION.indexOf("_"));
const OTHER_WORD = bit(OTHER_WORD_KIND);
const WORD = LETTERS | DIGIT | UNDERSCORE;
// Under the `iu` flags the Kelvin sign matches k and the long s matches s, and back.
const FOLDED_FROM_OTHER = bit(10) | bit(18);
const FOLDS_TO_ASCII: Record<number, KindMask> = { 0x212a: bit(10), 0x17f: bit(18) };

/** True when `mask` holds kind `kind`. */
export const hasKind = (mask: KindMask, kind: number): boolean => ((mask >> BigInt(kind)) & 1n) === 1n;

/** The kind of one character of text. */
function kindOf(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (/[a-z]/i.test(ch)) return ch.toLowerCase().charCodeAt(0) - 97;
  if (/[0-9]/.test(ch)) return DIGIT_KIND;
  if (/\s/u.test(ch)) return SPACE_KIND;
  if (PUNCTUATION.includes(ch)) return PUNCTUATION_KIND + PUNCTUATION.indexOf(ch);
  if (codePoint < 128) return CONTROL_KIND;
  if (CURLY_QUOTES.includes(ch)) return QUOTE_KIND + CURLY_QUOTES.indexOf(ch);
  return /[\p{L}\p{N}]/u.test(ch) ? OTHER_WORD_KIND : OTHER_KIND;
}

/** The kinds one literal character matches, case-insensitively. */
function valueMask(codePoint: number): KindMask {
  const kind = bit(kindOf(codePoint));
  if (kind & FOLDED_FROM_OTHER) return kind | OTHER_WORD;
  return kind | (FOLDS_TO_ASCII[codePoint] ?? 0n);
}

function rangeMask(min: number, max: number): KindMask {
  let mask = 0n;
  for (let cp = min; cp <= Math.min(max, 127); cp++) mask |= valueMask(cp);
  for (const quote of CURLY_QUOTES) if (min <= quote.charCodeAt(0) && quote.charCodeAt(0) <= max) mask |= valueMask(quote.charCodeAt(0));
  // Past ASCII, assume white space, any other character, and the two letters others fold to.
  if (max >= 128) mask |= SPACE | OTHER_WORD | bit(OTHER_KIND) | FOLDED_FROM_OTHER;
  return mask;
}

function escapeMask(value: string): KindMask {
  switch (value) {
    case "d": return DIGIT;
    case "D": return ANY_CHAR & ~DIGIT;
    case "s": return SPACE;
    case "S": return ANY_CHAR & ~SPACE;
    // \w also matches the Kelvin sign and long s under `iu`.
    case "w": return WORD | OTHER_WORD;
    case "W": return ANY_CHAR & ~WORD;
    default: return ANY_CHAR;
  }
}

const LETTER_OR_NUMBER_PROPERTY = /^(?:L|Letter|Lu|Ll|Lt|Lm|Lo|N|Number|Nd|Nl|No|Alphabetic|Alpha)$/;

function propertyMask(node: RegNode): KindMask {
  if (node.negative || !LETTER_OR_NUMBER_PROPERTY.test(node.value)) return ANY_CHAR;
  return LETTERS | DIGIT | OTHER_WORD;
}

function memberMask(member: RegNode): KindMask {
  switch (member.type) {
    case "value": return valueMask(member.codePoint);
    case "characterClassRange": return rangeMask(member.min.codePoint, member.max.codePoint);
    case "characterClassEscape": return escapeMask(member.value);
    case "unicodePropertyEscape": return propertyMask(member);
    default: return ANY_CHAR;
  }
}

/** Kinds a negated class leaves out entirely: letters and marks it lists, white space, digits. */
function excludedKinds(members: RegNode[]): KindMask {
  let excluded = 0n;
  const digits = new Set<number>();
  for (const m of members) {
    const [lo, hi] = m.type === "value" ? [m.codePoint, m.codePoint] : m.type === "characterClassRange" ? [m.min.codePoint, m.max.codePoint] : [1, 0];
    for (let cp = lo; cp <= Math.min(hi, 127); cp++) {
      const kind = kindOf(cp);
      if (kind === DIGIT_KIND) digits.add(cp);
      else if (kind !== CONTROL_KIND && kind !== SPACE_KIND) excluded |= bit(kind);
    }
    if (m.type === "value" && CURLY_QUOTES.includes(String.fromCodePoint(m.codePoint))) excluded |= bit(kindOf(m.codePoint));
    if (m.type === "characterClassEscape" && m.value === "s") excluded |= SPACE;
    if (m.type === "characterClassEscape" && m.value === "d") excluded |= DIGIT;
    if (m.type === "characterClassEscape" && m.value === "w") excluded |= WORD;
  }
  return digits.size === 10 ? excluded | DIGIT : excluded;
}

function classMask(node: RegNode): KindMask {
  const members = node.body as RegNode[];
  if (node.negative) return ANY_CHAR & ~excludedKinds(members);
  return members.reduce((mask, m) => mask | memberMask(m), 0n);
}

/** The kinds of character a single-character atom can match, or undefined if `node` is not one. */
export function atomMask(node: RegNode): KindMask | undefined {
  switch (node.type) {
    case "value": return valueMask(node.codePoint);
    case "characterClassEscape": return escapeMask(node.value);
    case "characterClass": return node.kind === "union" || node.kind === undefined ? classMask(node) : ANY_CHAR;
    case "dot": return ANY_CHAR;
    case "unicodePropertyEscape": return propertyMask(node);
    default: return undefined;
  }
}
