// Matches token patterns against a tagged sentence. Repeats are bounded and failed states are
// remembered, so a match costs at most specs x tokens x (repeat bound) steps: no pattern can hang.
import type { Token } from "../../nlp/tokens.ts";
import { DEFAULT_MAX_REPEAT, type TokenPattern, type TokenSpec, type TokenTest } from "./token-spec.ts";
import type { WordClass } from "./word-classes.ts";

/** One matched stretch of tokens: [start, end) token indexes, and the captured slots. */
export interface TokenMatch {
  start: number;
  end: number;
  captures: Map<string, [number, number]>;
}

interface CompiledSpec {
  /** Token counts this spec can take at `i` (empty when it does not match). */
  lengths(tokens: readonly Token[], i: number): number[];
  op?: TokenSpec["op"];
  max: number;
  capture?: string;
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

function tagMatcher(tags: string[]): (tag: string) => boolean {
  const exact = new Set(tags.filter((t) => !t.endsWith("*")));
  const prefixes = tags.filter((t) => t.endsWith("*")).map((t) => t.slice(0, -1));
  return (tag) => exact.has(tag) || prefixes.some((p) => tag.startsWith(p));
}

/** Compiles the single-token tests; `class` gives the entry lengths that start at the token. */
function compileTest(test: TokenTest, classes: ReadonlyMap<string, WordClass>): (tokens: readonly Token[], i: number) => number[] {
  const words = list(test.word)?.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const wordSet = words && new Set(words);
  const lemmaSet = list(test.lemma) && new Set(list(test.lemma)!.map((l) => l.toLowerCase()));
  const tagOk = list(test.tag) && tagMatcher(list(test.tag)!);
  const posSet = list(test.pos) && new Set(list(test.pos));
  // An unknown class never matches (the rulebook build reports it).
  const wordClasses = list(test.class)?.map((id) => classes.get(id)).filter((c): c is WordClass => c !== undefined);
  const hasClass = test.class !== undefined;
  return (tokens, i) => {
    const token = tokens[i];
    if (!token) return [];
    if (wordSet && !wordSet.has(token.lower)) return [];
    if (lemmaSet && !lemmaSet.has(token.lemma)) return [];
    if (tagOk && !tagOk(token.tag)) return [];
    if (posSet && !posSet.has(token.pos)) return [];
    if (!hasClass) return [1];
    const lengths = new Set<number>();
    for (const c of wordClasses ?? []) for (const n of c.matchAt(tokens, i)) lengths.add(n);
    return [...lengths].sort((a, b) => b - a);
  };
}

function compileSpec(spec: TokenSpec, classes: ReadonlyMap<string, WordClass>): CompiledSpec {
  const positive = compileTest(spec, classes);
  const negatives = (spec.not === undefined ? [] : Array.isArray(spec.not) ? spec.not : [spec.not]).map((t) => compileTest(t, classes));
  const at = spec.at;
  return {
    op: spec.op,
    max: spec.max ?? DEFAULT_MAX_REPEAT,
    capture: spec.capture,
    lengths(tokens, i) {
      if (at && !standsAt(tokens, i, at)) return [];
      if (negatives.some((negative) => negative(tokens, i).length > 0)) return [];
      return positive(tokens, i);
    },
  };
}

function standsAt(tokens: readonly Token[], i: number, at: "sentence-start" | "clause-start"): boolean {
  let j = i - 1;
  // Opening quotes, brackets and list numbers do not count.
  while (j >= 0 && (tokens[j]!.tag === "PUNCT" || tokens[j]!.tag === "CD" || tokens[j]!.tag === "LS")) {
    if (at === "clause-start" && tokens[j]!.clause !== tokens[i]!.clause) return true;
    j--;
  }
  if (j < 0) return true;
  return at === "clause-start" && tokens[j]!.clause !== tokens[i]!.clause;
}

export class CompiledTokenPattern {
  private readonly specs: CompiledSpec[];

  constructor(pattern: TokenPattern, classes: ReadonlyMap<string, WordClass>) {
    this.specs = pattern.map((spec) => compileSpec(spec, classes));
  }

  /** The first match starting at or after `from`, scanning left to right. */
  firstMatch(tokens: readonly Token[], from = 0, accept?: (m: TokenMatch) => boolean): TokenMatch | undefined {
    for (let start = from; start < tokens.length; start++) {
      const m = this.matchAt(tokens, start);
      if (m && (!accept || accept(m))) return m;
    }
    return undefined;
  }

  /** A match that starts exactly at token `start`, greedy, or undefined. */
  matchAt(tokens: readonly Token[], start: number): TokenMatch | undefined {
    const specs = this.specs;
    const failed = new Set<number>();
    const width = tokens.length + 1;
    const path: Array<[spec: number, from: number, to: number]> = [];
    let end = -1;
    const go = (s: number, i: number, count: number): boolean => {
      if (s === specs.length) {
        end = i;
        return true;
      }
      const key = (s * width + i) * (DEFAULT_MAX_REPEAT * 4 + 2) + Math.min(count, DEFAULT_MAX_REPEAT * 4 + 1);
      if (failed.has(key)) return false;
      const spec = specs[s]!;
      let ok = false;
      if (spec.op === "!") {
        ok = spec.lengths(tokens, i).length === 0 && go(s + 1, i, 0);
      } else {
        const repeats = spec.op === "*" || spec.op === "+";
        const canTakeMore = repeats ? count < spec.max : count === 0;
        if (canTakeMore && i < tokens.length) {
          for (const n of spec.lengths(tokens, i)) {
            path.push([s, i, i + n]);
            if (repeats ? go(s, i + n, count + 1) : go(s + 1, i + n, 0)) {
              ok = true;
              break;
            }
            path.pop();
          }
        }
        const mayStop = spec.op === "?" || spec.op === "*" || (spec.op === "+" && count >= 1) || (repeats && count >= 1);
        if (!ok && (repeats ? mayStop : spec.op === "?") && go(s + 1, i, 0)) ok = true;
      }
      if (!ok) failed.add(key);
      return ok;
    };
    if (!go(0, start, 0) || end <= start) return undefined;
    const captures = new Map<string, [number, number]>();
    for (const [s, from, to] of path) {
      const name = specs[s]!.capture;
      if (!name) continue;
      const seen = captures.get(name);
      captures.set(name, seen ? [Math.min(seen[0], from), Math.max(seen[1], to)] : [from, to]);
    }
    return { start, end, captures };
  }
}
