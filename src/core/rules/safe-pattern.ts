// Compiles rule patterns so that no pattern can hang the linter.
//
// A pattern runs on the native engine only when a static check shows its backtracking stays
// polynomial and small: no backreferences, no unbounded quantifier over a group, and no two
// unbounded quantifiers that could trade the same characters. Anything else runs on RE2
// (re2js), whose time is linear in the input. Sentences are also capped in length.
import regjsparser from "regjsparser";
import { RE2JS } from "re2js";
import { requiredLiterals } from "./required-literals.ts";

/** One match: where it is and its capture groups (index 0 is the whole match). */
export interface PatternMatch {
  start: number;
  end: number;
  groups: Array<string | undefined>;
}

export interface CompiledPattern {
  source: string;
  engine: "native" | "re2";
  /** Lowercase words of which every match contains one; the regex is skipped when none occurs. */
  literals?: string[];
  /** All non-overlapping, word-bounded matches in `text`. */
  matchAll(text: string): PatternMatch[];
  /** True when the pattern matches anywhere in `text` (word-bounded). */
  test(text: string): boolean;
}

/** A pattern that cannot be compiled; the message says why, in words a rule author can act on. */
export class PatternError extends Error {}

/** Longest text a pattern is run on; longer sentences are matched in their first part only. */
export const MAX_MATCH_LENGTH = 2000;
// Bounded repetition of a group is allowed up to this count.
const MAX_GROUP_REPEAT = 6;

// Which kinds of characters an atom can match: space, word characters, anything else.
const SPACE = 1;
const WORD = 2;
const OTHER = 4;
const ANY = SPACE | WORD | OTHER;

type RegNode = { type: string; [key: string]: any };

function charMask(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (/\s/u.test(ch)) return SPACE;
  if (/[\p{L}\p{N}_]/u.test(ch)) return WORD;
  return OTHER;
}

function escapeMask(value: string): number {
  switch (value) {
    case "s": return SPACE;
    case "S": return WORD | OTHER;
    case "w": case "d": return WORD;
    case "W": return SPACE | OTHER;
    default: return ANY;
  }
}

function classMask(node: RegNode): number {
  if (node.negative) {
    const onlySpace = node.body.every((n: RegNode) => n.type === "characterClassEscape" && n.value === "s");
    return onlySpace ? WORD | OTHER : ANY;
  }
  let mask = 0;
  for (const member of node.body as RegNode[]) {
    if (member.type === "value") mask |= charMask(member.codePoint);
    else if (member.type === "characterClassEscape") mask |= escapeMask(member.value);
    else if (member.type === "characterClassRange") mask |= charMask(member.min.codePoint) | charMask(member.max.codePoint);
    else if (member.type === "unicodePropertyEscape") mask |= member.negative ? ANY : WORD;
    else mask |= ANY;
  }
  return mask;
}

/** The character mask of a single-character atom, or undefined if the node is not one. */
function atomMask(node: RegNode): number | undefined {
  switch (node.type) {
    case "value": return charMask(node.codePoint);
    case "characterClassEscape": return escapeMask(node.value);
    case "characterClass": return classMask(node);
    case "dot": return ANY;
    case "unicodePropertyEscape": return node.negative ? ANY : WORD;
    default: return undefined;
  }
}

class Unsafe extends Error {}

/**
 * Walks a sequence tracking `pending`: the characters an earlier unbounded quantifier could still
 * take. A later unbounded quantifier that can take the same characters makes the match ambiguous.
 */
function walk(node: RegNode, pending: number): number {
  switch (node.type) {
    case "alternative": {
      for (const child of node.body as RegNode[]) pending = walk(child, pending);
      return pending;
    }
    case "disjunction": {
      let out = 0;
      for (const alt of node.body as RegNode[]) out |= walk(alt, pending);
      return out;
    }
    case "group": {
      if (node.behavior !== "normal" && node.behavior !== "ignore") {
        for (const child of node.body as RegNode[]) walk(child, 0);
        return pending;
      }
      for (const child of node.body as RegNode[]) pending = walk(child, pending);
      return pending;
    }
    case "quantifier": {
      const body = node.body[0] as RegNode;
      const unbounded = node.max === undefined || node.max > MAX_GROUP_REPEAT;
      const mask = atomMask(body);
      if (mask !== undefined) {
        if (!unbounded) return node.min > 0 && (mask & pending) === 0 ? 0 : pending;
        if (mask & pending) throw new Unsafe();
        // An optional run (\s*) may take nothing, so what was pending before is still pending.
        return node.min > 0 ? mask : mask | pending;
      }
      if (unbounded) throw new Unsafe();
      // A bounded repeat of a group: walk it twice so overlap between repetitions is caught;
      // when the group may be skipped, what was pending before it stays pending too.
      const taken = walk(body, walk(body, pending));
      return node.min > 0 ? taken : taken | pending;
    }
    case "reference":
      throw new PatternError("backreferences (\\1, \\k<name>) are not supported");
    case "anchor":
      return pending;
    default: {
      const mask = atomMask(node);
      if (mask === undefined) return pending;
      // A required character that the pending quantifier cannot take ends its reach.
      return (mask & pending) === 0 ? 0 : pending;
    }
  }
}

/** Literal spaces in a pattern match any run of white space (line breaks, markup gaps). */
export function widenSpaces(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    if (ch === " " && !inClass) {
      while (pattern[i + 1] === " ") i++;
      // Keep an explicit quantifier after the space working on the whole run.
      out += /[?*+{]/.test(pattern[i + 1] ?? "") ? "(?:\\s+)" : "\\s+";
      continue;
    }
    out += ch;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function bounded(text: string, start: number, end: number): boolean {
  if (end === start) return false;
  const before = text[start - 1];
  const after = text[end];
  const first = text[start]!;
  const last = text[end - 1]!;
  // Only a word character at the edge of a match needs a non-word neighbour.
  if (WORD_CHAR.test(first) && before !== undefined && WORD_CHAR.test(before)) return false;
  if (WORD_CHAR.test(last) && after !== undefined && WORD_CHAR.test(after)) return false;
  return true;
}

// Rules test the same sentence one after another, so one cached lowercase copy serves them all.
let lastText = "";
let lastLower = "";
function lower(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** Skips the regex when the text holds none of the pattern's required words. */
function withPrefilter(pattern: CompiledPattern, literals: string[] | undefined): CompiledPattern {
  if (!literals) return pattern;
  const mayMatch = (text: string) => {
    const haystack = lower(text);
    return literals.some((word) => haystack.includes(word));
  };
  return {
    ...pattern,
    literals,
    matchAll: (text) => (mayMatch(text) ? pattern.matchAll(text) : []),
    test: (text) => mayMatch(text) && pattern.test(text),
  };
}

// Unicode mode makes V8's matcher markedly slower, so it is used only by patterns that need it.
const NEEDS_UNICODE_MODE = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/;

function nativePattern(source: string, body: string): CompiledPattern {
  const re = new RegExp(body, NEEDS_UNICODE_MODE.test(body) ? "giu" : "gi");
  const matchAll = (input: string): PatternMatch[] => {
    const text = input.length > MAX_MATCH_LENGTH ? input.slice(0, MAX_MATCH_LENGTH) : input;
    const found: PatternMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex = start + 1;
        continue;
      }
      if (bounded(text, start, end)) found.push({ start, end, groups: Array.from(m) });
      else re.lastIndex = start + 1;
    }
    return found;
  };
  return { source, engine: "native", matchAll, test: (text) => matchAll(text).length > 0 };
}

function re2Pattern(source: string, body: string): CompiledPattern {
  let re: ReturnType<typeof RE2JS.compile>;
  try {
    re = RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new PatternError(`pattern is too complex to run safely and RE2 cannot run it: ${(error as Error).message}`);
  }
  const matchAll = (input: string): PatternMatch[] => {
    const text = input.length > MAX_MATCH_LENGTH ? input.slice(0, MAX_MATCH_LENGTH) : input;
    const found: PatternMatch[] = [];
    const m = re.matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      const start = m.start();
      const end = m.end();
      if (end > start && bounded(text, start, end)) {
        const groups: Array<string | undefined> = [];
        for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
        found.push({ start, end, groups });
        from = end;
      } else {
        from = start + 1;
      }
    }
    return found;
  };
  return { source, engine: "re2", matchAll, test: (text) => matchAll(text).length > 0 };
}

/** Validates and compiles one rule pattern. Throws PatternError with a readable reason. */
export function compilePattern(source: string): CompiledPattern {
  if (typeof source !== "string" || source.trim() === "") throw new PatternError("pattern is empty");
  if (source.length > 1000) throw new PatternError("pattern is longer than 1,000 characters");
  const body = widenSpaces(source);
  let tree: RegNode;
  try {
    tree = regjsparser.parse(body, "iu", { unicodePropertyEscape: true, namedGroups: true, lookbehind: true }) as RegNode;
    new RegExp(body, "giu");
  } catch (error) {
    throw new PatternError(`not a valid regular expression: ${(error as Error).message}`);
  }
  const literals = requiredLiterals(tree);
  try {
    walk(tree, 0);
    return withPrefilter(nativePattern(source, body), literals);
  } catch (error) {
    if (error instanceof PatternError) throw error;
    if (error instanceof Unsafe) return withPrefilter(re2Pattern(source, body), literals);
    throw error;
  }
}
