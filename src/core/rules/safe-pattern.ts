// Compiles rule patterns so that no pattern can hang the linter.
//
// A pattern runs on the native (backtracking) engine only when backtracking-cost.ts proves a small
// bound on the steps it can take over the longest text it is ever given. Any other pattern runs on
// RE2 (re2js), whose time is linear in the input. RE2 has no lookaround, so a pattern that needs
// lookaround and has no small bound is rejected with a PatternError that says what to change.
import regjsparser from "regjsparser";
import { RE2JS } from "re2js";
import { requiredLiterals } from "./required-literals.ts";
import { backtrackingBound } from "./backtracking-cost.ts";
import type { RegNode } from "./char-masks.ts";
import { PatternError } from "./pattern-error.ts";
import provenEngines from "../generated/pattern-engines.json" with { type: "json" };

export { PatternError };

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

/** Longest text a pattern is run on; longer sentences are matched in their first part only. */
export const MAX_MATCH_LENGTH = 2000;
/** Most backtracking steps (as bounded) a pattern may take on a MAX_MATCH_LENGTH text and still run natively. */
export const NATIVE_STEP_BUDGET = 1e9;
// Lookaround has no linear-time engine, so such a pattern runs natively up to a looser bound, and
// only if a short sentence (SHORT_TEXT characters) already stays cheap: that rules out nested and
// chained optional repeats, whose cost does not shrink with the text.
const LOOKAROUND_STEP_CEILING = 1e13;
const SHORT_TEXT = 40;
const SHORT_TEXT_BUDGET = 5e7;

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

/** The lookaround a pattern uses, named for an error message; undefined when it uses none. */
function lookaroundIn(node: RegNode): string | undefined {
  if (node.type === "group" && /^(?:negativeL|l)ookahead$/.test(node.behavior)) return "lookahead ((?= or (?!)";
  if (node.type === "group" && /^(?:negativeL|l)ookbehind$/.test(node.behavior)) return "lookbehind ((?<= or (?<!)";
  for (const child of (Array.isArray(node.body) ? node.body : []) as RegNode[]) {
    const found = lookaroundIn(child);
    if (found) return found;
  }
  return undefined;
}

function tooCostly(tree: RegNode, bound: number, reason: string): PatternError {
  const steps = Number.isFinite(bound) ? `about ${bound.toExponential(0)} steps` : "without any bound we can show";
  const feature = lookaroundIn(tree);
  const cannot = feature ? `it uses ${feature}` : reason;
  return new PatternError(
    `pattern could backtrack for too long (${steps} on a ${MAX_MATCH_LENGTH}-character sentence), and the ` +
      `linear-time engine RE2 cannot run it: ${cannot}. Make repeats that sit side by side or inside one another ` +
      `match different characters (write "\\w+ " rather than "\\w* ?", avoid "(a?){6}" and "(a{0,6}){0,6}")` +
      (feature ? `, or drop the ${feature.split(" ")[0]}.` : "."),
  );
}

function re2Pattern(source: string, body: string): CompiledPattern {
  let re: ReturnType<typeof RE2JS.compile>;
  try {
    re = RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new PatternError((error as Error).message);
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

type Engine = CompiledPattern["engine"];

// Built-in patterns' engines, decided at build time by the same analysis (scripts/build-pattern-engines.ts),
// so starting the linter does not pay for analysing hundreds of patterns; a test keeps the table current.
const BUILT_IN_ENGINES = provenEngines as Record<string, Engine>;
const decided = new Map<string, Engine>();

/** Parses a pattern as it will run, or throws PatternError saying why it cannot. */
function parsePattern(source: string): { body: string; tree: RegNode } {
  if (typeof source !== "string" || source.trim() === "") throw new PatternError("pattern is empty");
  if (source.length > 1000) throw new PatternError("pattern is longer than 1,000 characters");
  const body = widenSpaces(source);
  try {
    const tree = regjsparser.parse(body, "iu", { unicodePropertyEscape: true, namedGroups: true, lookbehind: true }) as RegNode;
    new RegExp(body, "giu");
    return { body, tree };
  } catch (error) {
    throw new PatternError(`not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Which engine a pattern may run on, from its step bound; throws PatternError when neither may. */
function decideEngine(tree: RegNode, body: string): Engine {
  const bound = backtrackingBound(tree, MAX_MATCH_LENGTH);
  if (bound <= NATIVE_STEP_BUDGET) return "native";
  try {
    RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
    return "re2";
  } catch (error) {
    const lookaroundIsBounded = bound <= LOOKAROUND_STEP_CEILING && backtrackingBound(tree, SHORT_TEXT) <= SHORT_TEXT_BUDGET;
    if (lookaroundIn(tree) && lookaroundIsBounded) return "native";
    throw tooCostly(tree, bound, (error as Error).message);
  }
}

/** The engine the analysis picks for `source`, ignoring the build-time table (for building and checking it). */
export function analysePatternEngine(source: string): Engine {
  const { tree, body } = parsePattern(source);
  return decideEngine(tree, body);
}

let recording: Set<string> | undefined;

/** The sources of every pattern compiled while `run` runs (for building the table). */
export function patternSourcesCompiledBy(run: () => void): Set<string> {
  const outer = recording;
  recording = new Set();
  try {
    run();
    return recording;
  } finally {
    recording = outer;
  }
}

/** Validates and compiles one rule pattern. Throws PatternError with a readable reason. */
export function compilePattern(source: string): CompiledPattern {
  const { tree, body } = parsePattern(source);
  const engine = BUILT_IN_ENGINES[source] ?? decided.get(source) ?? decideEngine(tree, body);
  decided.set(source, engine);
  recording?.add(source);
  return withPrefilter(engine === "native" ? nativePattern(source, body) : re2Pattern(source, body), requiredLiterals(tree));
}
