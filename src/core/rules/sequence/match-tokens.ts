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
  lengths(tokens: readonly Token[], i: number): readonly number[];
  op?: TokenSpec["op"];
  max: number;
  capture?: string;
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
// Shared results, so a test allocates nothing: matching runs on every sentence.
const NONE: readonly number[] = Object.freeze([]);
const ONE: readonly number[] = Object.freeze([1]);

function tagMatcher(tags: string[]): (tag: string) => boolean {
  const exact = new Set(tags.filter((t) => !t.endsWith("*")));
  const prefixes = tags.filter((t) => t.endsWith("*")).map((t) => t.slice(0, -1));
  return (tag) => exact.has(tag) || prefixes.some((p) => tag.startsWith(p));
}

/** Compiles the single-token tests; `class` gives the entry lengths that start at the token. */
function compileTest(test: TokenTest, classes: ReadonlyMap<string, WordClass>): (tokens: readonly Token[], i: number) => readonly number[] {
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
    if (!token) return NONE;
    if (wordSet && !wordSet.has(token.lower)) return NONE;
    if (lemmaSet && !lemmaSet.has(token.lemma)) return NONE;
    if (tagOk && !tagOk(token.tag)) return NONE;
    if (posSet && !posSet.has(token.pos)) return NONE;
    if (!hasClass) return ONE;
    if (wordClasses?.length === 1) return wordClasses[0]!.matchAt(tokens, i);
    const lengths = new Set<number>();
    for (const c of wordClasses ?? []) for (const n of c.matchAt(tokens, i)) lengths.add(n);
    return lengths.size === 0 ? NONE : [...lengths].sort((a, b) => b - a);
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
      if (at && !standsAt(tokens, i, at)) return NONE;
      for (const negative of negatives) if (negative(tokens, i).length > 0) return NONE;
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

const REPEAT_SLOTS = 10;

export class CompiledTokenPattern {
  private readonly specs: CompiledSpec[];

  constructor(pattern: TokenPattern, classes: ReadonlyMap<string, WordClass>) {
    this.specs = pattern.map((spec) => compileSpec(spec, classes));
  }

  /**
   * The first match starting at or after `from`, scanning left to right. Whether a state (spec,
   * token, repeat count) can reach the end does not depend on where the match started, so failed
   * states are remembered across starts: the whole scan costs specs x tokens x repeat bound.
   */
  firstMatch(tokens: readonly Token[], from = 0, accept?: (m: TokenMatch) => boolean): TokenMatch | undefined {
    let search: Search | undefined;
    const first = this.specs[0]!;
    const firstRequired = first.op === undefined || first.op === "+";
    for (let start = from; start < tokens.length; start++) {
      // Most patterns open with a required word: skip starts where it is absent, before any memory is set up.
      if (firstRequired && first.lengths(tokens, start).length === 0) continue;
      search ??= new Search(this.specs, tokens);
      const m = search.matchAt(start);
      if (m && (!accept || accept(m))) return m;
    }
    return undefined;
  }

  /** A match that starts exactly at token `start`, greedy, or undefined. */
  matchAt(tokens: readonly Token[], start: number): TokenMatch | undefined {
    return new Search(this.specs, tokens).matchAt(start);
  }
}

/** One scan of one pattern over one sentence's tokens, with its memory of failed states and tests. */
class Search {
  private readonly failed: Uint8Array;
  private readonly tested: Array<readonly number[] | undefined>;
  private readonly width: number;
  private path: Array<[spec: number, from: number, to: number]> = [];
  private end = -1;

  private readonly specs: readonly CompiledSpec[];
  private readonly tokens: readonly Token[];

  constructor(specs: readonly CompiledSpec[], tokens: readonly Token[]) {
    this.specs = specs;
    this.tokens = tokens;
    this.width = tokens.length + 1;
    this.failed = new Uint8Array(specs.length * this.width * REPEAT_SLOTS);
    this.tested = new Array(specs.length * this.width);
  }

  lengths(s: number, i: number): readonly number[] {
    const key = s * this.width + i;
    return (this.tested[key] ??= this.specs[s]!.lengths(this.tokens, i));
  }

  private go(s: number, i: number, count: number): boolean {
    const specs = this.specs;
    if (s === specs.length) {
      this.end = i;
      return true;
    }
    const key = (s * this.width + i) * REPEAT_SLOTS + Math.min(count, REPEAT_SLOTS - 1);
    if (this.failed[key]) return false;
    const spec = specs[s]!;
    let ok = false;
    if (spec.op === "!") {
      ok = this.lengths(s, i).length === 0 && this.go(s + 1, i, 0);
    } else {
      const repeats = spec.op === "*" || spec.op === "+";
      const canTakeMore = repeats ? count < spec.max : count === 0;
      if (canTakeMore && i < this.tokens.length) {
        for (const n of this.lengths(s, i)) {
          this.path.push([s, i, i + n]);
          if (repeats ? this.go(s, i + n, count + 1) : this.go(s + 1, i + n, 0)) {
            ok = true;
            break;
          }
          this.path.pop();
        }
      }
      const mayStop = repeats ? spec.op === "*" || count >= 1 : spec.op === "?";
      if (!ok && mayStop && this.go(s + 1, i, 0)) ok = true;
    }
    if (!ok) this.failed[key] = 1;
    return ok;
  }

  matchAt(start: number): TokenMatch | undefined {
    const specs = this.specs;
    this.path = [];
    this.end = -1;
    if (!this.go(0, start, 0) || this.end <= start) return undefined;
    const path = this.path;
    const captures = new Map<string, [number, number]>();
    for (const [s, from, to] of path) {
      const name = specs[s]!.capture;
      if (!name) continue;
      const seen = captures.get(name);
      captures.set(name, seen ? [Math.min(seen[0], from), Math.max(seen[1], to)] : [from, to]);
    }
    return { start, end: this.end, captures };
  }
}
